import type { LangiumDocument } from 'langium';

/** One level of the canonical indentation. */
export const indentStep = '  ';

/** Stands for text the consultant still has to write; the same in every language. */
export const placeholderText = '…';

export function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

export function indentationOf(document: LangiumDocument, line: number): string {
    return /^[ \t]*/.exec(lineText(document, line))![0];
}

/** Whether only whitespace stands before `character` on `line`. */
export function startsLine(document: LangiumDocument, line: number, character: number): boolean {
    return lineText(document, line).slice(0, character).trim() === '';
}

/** A string literal of the language. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/[\\"]/g, character => `\\${character}`)}"`;
}
