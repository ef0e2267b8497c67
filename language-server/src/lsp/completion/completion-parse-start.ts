import type { LangiumDocument } from 'langium';
import type { Model } from '../../generated/ast.js';

/**
 * Where the completion parser can start reading instead of the top of the
 * file: at the top-level element that holds the cursor. A file is a plain
 * list of top-level elements, so when everything before that element parsed
 * without error the parser is "between elements" there, whatever came before
 * — and completing in a 5,000-line file need not re-read it all.
 */
export function completionParseStart(document: LangiumDocument, offset: number): number {
    let start = 0;
    for (const element of (document.parseResult.value as Model).elements ?? []) {
        const elementStart = element.$cstNode?.offset;
        if (elementStart === undefined || elementStart > offset) break;
        start = elementStart;
    }
    return start > 0 && !hasErrorBefore(document, start) ? start : 0;
}

function hasErrorBefore(document: LangiumDocument, offset: number): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    // An error at the end of the file is reported on a token without position (offset -1 or NaN): it precedes nothing.
    const before = (errorOffset: number) => errorOffset >= 0 && errorOffset < offset;
    return lexerErrors.some(error => before(error.offset)) || parserErrors.some(error => before(error.token.startOffset));
}
