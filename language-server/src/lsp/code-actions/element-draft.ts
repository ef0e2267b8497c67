import type { CodeStyle } from './code-style.js';
import { stringLiteral } from './text-layout.js';

/** A new element as a fix means it, laid out later in the style of the file it goes to. */
export interface ElementDraft {
    keyword: string;
    name: string;
    title?: string;
    /** What follows the title on the element's line: `by Teller`, a lane. */
    tail?: string;
    /** The block's properties, in the order LANGUAGE.md lists them; an actor or a system has no block. */
    properties?: readonly string[];
}

/** The element's lines: one in a one-line file, else one property per line (indented relative to the element). */
export function elementLines(draft: ElementDraft, style: CodeStyle): string[] {
    const head = [draft.keyword, draft.name, draft.title === undefined ? '' : stringLiteral(draft.title), draft.tail ?? '']
        .filter(part => part !== '').join(' ');
    if (!draft.properties) return [head];
    if (style.oneLine) return [`${head} { ${[...draft.properties, ''].join(' ')}}`];
    return [`${head} {`, ...draft.properties.map(property => style.indent + property), '}'];
}
