/*
 * The assertions of the suite, strict like node:assert/strict and with its
 * names: node:assert does not bundle for the web worker extension host, and
 * both hosts run the same test files.
 */

export class AssertionError extends Error {
    override name = 'AssertionError';
}

/** JSON with Maps and Sets spelled out, for messages. */
function show(value: unknown): string {
    return JSON.stringify(value, (_key, item: unknown) => item instanceof Map ? { Map: [...item] } : item instanceof Set ? { Set: [...item] } : item) ?? String(value);
}

function fail(message: string | undefined, what: string, actual: unknown, expected?: unknown): never {
    const detail = arguments.length > 3 ? `\n  actual:   ${show(actual)}\n  expected: ${show(expected)}` : `: ${show(actual)}`;
    throw new AssertionError(`${message ?? what}${detail}`);
}

/** Deep strict equality: same prototypes, same own enumerable keys, Maps and Sets by content, primitives by Object.is. */
function same(a: unknown, b: unknown): boolean {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([key, value]) => b.has(key) && same(value, b.get(key)));
    if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every(value => b.has(value));
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length
        && keys.every(key => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function ok(value: unknown, message?: string): asserts value {
    if (!value) fail(message, 'expected a truthy value', value);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
    if (!Object.is(actual, expected)) fail(message, 'expected the same value', actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
    if (Object.is(actual, expected)) fail(message, 'expected a different value', actual);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
    if (!same(actual, expected)) fail(message, 'expected deeply equal values', actual, expected);
}

export function match(text: string, pattern: RegExp, message?: string): void {
    if (!pattern.test(text)) fail(message, `expected a match of ${pattern}`, text.length > 300 ? `${text.slice(0, 300)}…` : text);
}
