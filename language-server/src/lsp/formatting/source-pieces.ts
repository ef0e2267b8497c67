import { CstUtils, GrammarAST, type LangiumDocument } from 'langium';

/** Whitespace between two pieces of the source; the formatter only ever rewrites these. */
export interface Gap {
    offset: number;
    text: string;
    lineBreaks: number;
}

/** A token or a comment, kept verbatim. */
export interface Piece {
    text: string;
    kind: 'token' | 'line-comment' | 'block-comment';
    /** A keyword at which an item of a block or of the file begins. */
    itemStart: boolean;
    /** The whitespace between the previous piece (or the start of the file) and this one. */
    before: Gap;
    /** 0-based source lines on which the piece starts and ends. */
    startLine: number;
    endLine: number;
}

export interface SourcePieces {
    pieces: Piece[];
    /** The whitespace after the last piece. */
    after: Gap;
    /** The line break the file uses (that of its first line). */
    eol: '\n' | '\r\n';
}

const lineBreak = /\r\n|\r|\n/g;

/**
 * The document as pieces and the whitespace between them, or undefined when it
 * has syntax errors or anything outside the pieces is not whitespace: then the
 * formatter leaves the text alone, so it can never lose a character.
 */
export function sourcePieces(document: LangiumDocument, itemStarts: ReadonlySet<GrammarAST.Keyword>): SourcePieces | undefined {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || !root) return undefined;
    const text = document.textDocument.getText();
    const leaves = CstUtils.flattenCst(root).filter(leaf => leaf.length > 0).toArray().sort((a, b) => a.offset - b.offset);
    const pieces: Piece[] = [];
    let offset = 0;
    let line = 0;
    const gapUpTo = (end: number): Gap | undefined => {
        const gapText = text.slice(offset, end);
        if (end < offset || /\S/.test(gapText)) return undefined;
        const gap = { offset, text: gapText, lineBreaks: countLineBreaks(gapText) };
        line += gap.lineBreaks;
        return gap;
    };
    for (const leaf of leaves) {
        const before = gapUpTo(leaf.offset);
        if (!before) return undefined;
        const startLine = line;
        line += countLineBreaks(leaf.text);
        pieces.push({
            text: leaf.text,
            kind: !leaf.hidden ? 'token' : leaf.text.startsWith('//') ? 'line-comment' : 'block-comment',
            itemStart: !leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource) && itemStarts.has(leaf.grammarSource),
            before, startLine, endLine: line
        });
        offset = leaf.end;
    }
    const after = gapUpTo(text.length);
    if (!after) return undefined;
    return { pieces, after, eol: /\r\n|\r|\n/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n' };
}

function countLineBreaks(text: string): number {
    return text.match(lineBreak)?.length ?? 0;
}
