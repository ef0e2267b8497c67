/**
 * One piece of a large text, stored as UTF-8 bytes: a data file of Chinese
 * notes is a two-byte string in V8, nearly twice its size on disk. The piece
 * knows what the text reader asks without decoding (its length in UTF-16
 * units, its line starts); its text is decoded when read.
 */
export class TextPiece {
    private constructor(
        /** The text itself (kept so only when it cannot round-trip through UTF-8), or its bytes. */
        private readonly stored: string | Uint8Array,
        /** The bytes are the inside of a JSON string literal (escapes and all), as a message brought them. */
        private readonly jsonEscaped: boolean,
        /** In UTF-16 code units, as a string's length. */
        readonly length: number,
        /** Line starts after a line break inside the piece: one for each LF and each CR not followed by LF. */
        readonly lineStarts: number,
        /** The text holds U+FFFD, what a decoder puts where bytes were not of its encoding. */
        readonly hasReplacementCharacter: boolean
    ) {}

    /** `text` as a piece: packed to UTF-8, unless it holds a lone surrogate (which UTF-8 cannot carry). */
    static of(text: string): TextPiece {
        return TextPiece.holding(text.isWellFormed() ? encoder.encode(text) : text, false, text);
    }

    /** UTF-8 bytes as a piece (they are kept, not copied); `fatal`: invalid UTF-8 throws, as TextDecoder's fatal mode. */
    static ofUtf8(bytes: Uint8Array, fatal: boolean): TextPiece {
        return TextPiece.holding(bytes, false, (fatal ? strictDecoder : decoder).decode(bytes));
    }

    /** The inside of a JSON string literal (valid, whole escapes; kept, not copied) as a piece of the string it stands for. */
    static ofJsonEscaped(bytes: Uint8Array): TextPiece {
        return TextPiece.holding(bytes, true, decodeJsonEscaped(bytes));
    }

    /** A piece storing `stored`, whose decoded text is `text` (what it knows is read from that text once). */
    private static holding(stored: string | Uint8Array, jsonEscaped: boolean, text: string): TextPiece {
        return new TextPiece(stored, jsonEscaped, text.length, countLineStarts(text), text.includes(replacementCharacter));
    }

    text(): string {
        const { stored } = this;
        if (typeof stored === 'string') return stored;
        return this.jsonEscaped ? decodeJsonEscaped(stored) : decoder.decode(stored);
    }
}

const replacementCharacter = '\uFFFD';
const lineFeed = 0x0a;
const encoder = new TextEncoder();
// A U+FEFF inside a text is a character: only the file's first one is a byte order mark, dropped before.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeJsonEscaped(bytes: Uint8Array): string {
    return JSON.parse(`"${decoder.decode(bytes)}"`) as string;
}

/** The line starts after a line break in `text`: one for each LF and each CR not followed by LF. */
function countLineStarts(text: string): number {
    let count = 0;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
    for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
        if (text.charCodeAt(index + 1) !== lineFeed) count++;
    }
    return count;
}
