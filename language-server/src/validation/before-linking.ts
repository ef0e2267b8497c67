/**
 * Validation before linking: while a folder opens, each spec is checked as soon
 * as it is parsed, by the rule checks that read nothing but the spec itself.
 * A check that reaches for a reference or a workspace-wide fact is stopped by
 * `notLinkedYet` and its reports of that run are dropped, so what is published
 * early is exactly what the full check will report too.
 */

/** The validation category of the pass before linking (Langium's `ValidationOptions.categories`). */
export const beforeLinkingCategory = 'before-linking';

/** Thrown where a check would need the linked workspace. One instance: no stack is captured per throw. */
export const notLinkedYet: Error = Object.freeze(new Error('svc: the workspace is not linked yet'));
