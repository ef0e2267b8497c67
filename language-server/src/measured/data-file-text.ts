import { ChunkedText } from './chunked-text.js';

export type DataFileEncoding = 'utf-8' | 'gb18030';

export interface DataFileText {
    /** The file's text, without a byte order mark, in pieces stored as UTF-8: kept for as long as the file is bound. */
    text: ChunkedText;
    encoding: DataFileEncoding;
}

/**
 * A data file's text: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8,
 * else GB18030, what Excel on Chinese Windows saves.
 */
export function decodeDataFile(bytes: Uint8Array): DataFileText {
    const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
        return { text: ChunkedText.ofUtf8(bytes.subarray(byteOrderMark), true), encoding: 'utf-8' };
    } catch {
        return { text: ChunkedText.of(new TextDecoder('gb18030').decode(bytes)), encoding: 'gb18030' };
    }
}
