import { TextDocument } from 'vscode-languageserver-textdocument';

/** A pseudo-random sequence that a failing case can be replayed from. */
export function randomFrom(seed: number): (below: number) => number {
    let state = seed;
    return below => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state % below;
    };
}

export interface PositionedChange {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    text: string;
}

/**
 * The plain string document: `text` with LSP's content changes applied in order, each one's
 * positions read by a document made afresh from the text the changes before it left (nothing
 * kept from one change to the next, so nothing in the reference can go stale).
 */
export function editedText(text: string, changes: readonly PositionedChange[]): string {
    for (const { range, text: inserted } of changes) {
        const document = TextDocument.create('file:///plain.csv', 'csv', 0, text);
        const [start, end] = [document.offsetAt(range.start), document.offsetAt(range.end)].sort((a, b) => a - b);
        text = text.slice(0, start) + inserted + text.slice(end);
    }
    return text;
}

/** A fresh document of `text`, to read positions and lines from. */
export function plainDocument(text: string): TextDocument {
    return TextDocument.create('file:///plain.csv', 'csv', 0, text);
}
