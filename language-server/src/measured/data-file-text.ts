export type DataFileEncoding = 'utf-8' | 'gb18030';

export interface DataFileText {
    /** The file's text, without a byte order mark. */
    text: string;
    encoding: DataFileEncoding;
}

/**
 * A data file's text: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8,
 * else GB18030, what Excel on Chinese Windows saves.
 */
export function decodeDataFile(bytes: Uint8Array): DataFileText {
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
        return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
    }
}
