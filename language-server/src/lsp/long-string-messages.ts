import type { Message } from 'vscode-languageserver/node';
import { ChunkedText } from '../measured/chunked-text.js';
import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';
import { isDataFileUri } from './data-files/data-file-uri.js';

/** A message this long may carry a whole data file; shorter ones are parsed as they are. */
const largeMessageBytes = 1 << 20;
/** A string literal this long is kept in the message's bytes until it is placed. */
const longStringBytes = 1 << 16;

const quote = 0x22, backslash = 0x5c;
const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Reads a JSON-RPC message as vscode-jsonrpc's JSON decoder does, but without
 * making the whole message one string: a `didOpen` of a 20 MB data file was
 * a 38 MB string of JSON, then the 38 MB text parsed out of it, then the
 * server's copy of it. Its long string literals are cut out before parsing;
 * the text of a data file the editor opens or replaces becomes a ChunkedText
 * over the message's bytes (decoded piece by piece when read), every other
 * long string a string again.
 */
export function decodeMessage(bytes: Uint8Array): Message {
    const spans = bytes.length < largeMessageBytes ? [] : longStringsOf(bytes);
    if (spans.length === 0) return JSON.parse(utf8.decode(bytes)) as Message;
    const marker = `\u0000${crypto.randomUUID()}:`;
    const parts: Uint8Array[] = [];
    let from = 0;
    spans.forEach(([start, end], index) => {
        parts.push(bytes.subarray(from, start), encoder.encode(JSON.stringify(`${marker}${index}`).slice(1, -1)));
        from = end;
    });
    parts.push(bytes.subarray(from));
    const message = JSON.parse(parts.map(part => utf8.decode(part)).join('')) as Message;
    const texts = spans.map(([start, end]) => ChunkedText.ofJsonEscaped(bytes.subarray(start, end)));
    const kept = dataFileTextPaths(message);
    const placed = (value: unknown, path: string): unknown => {
        if (typeof value === 'string') {
            if (!value.startsWith(marker)) return value;
            const text = texts[Number(value.slice(marker.length))];
            return kept.includes(path) ? text : text.toString();
        }
        if (Array.isArray(value)) return value.map((item, index) => placed(item, `${path}/${index}`));
        if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, placed(item, `${path}/${key}`)]));
        return value;
    };
    return placed(message, '') as Message;
}

/** The contents (between the quotes) of the string literals of `bytes` that are at least `longStringBytes` long. */
function longStringsOf(bytes: Uint8Array): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (let open = bytes.indexOf(quote); open !== -1; open = bytes.indexOf(quote, open + 1)) {
        const close = closingQuote(bytes, open + 1);
        // Not JSON: parsed whole, for the error JSON.parse gives.
        if (close === -1) return [];
        if (close - open - 1 >= longStringBytes) spans.push([open + 1, close]);
        open = close;
    }
    return spans;
}

/** The quote that ends a string literal whose contents start at `from`: the first not escaped by a backslash. */
function closingQuote(bytes: Uint8Array, from: number): number {
    for (let at = bytes.indexOf(quote, from); at !== -1; at = bytes.indexOf(quote, at + 1)) {
        let backslashes = 0;
        while (bytes[at - 1 - backslashes] === backslash && at - 1 - backslashes >= from) backslashes++;
        if (backslashes % 2 === 0) return at;
    }
    return -1;
}

/**
 * Where a message holds a whole data file's text, kept as a ChunkedText: the text of a data file's
 * `didOpen`, and that of each change of its `didChange` that replaces the whole text (no range).
 */
function dataFileTextPaths(message: Message): string[] {
    const { method, params } = message as { method?: string; params?: { textDocument?: { uri?: unknown }; contentChanges?: unknown } };
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string' || !isDataFileUri(nodeWorkspaceFiles, uri)) return [];
    if (method === 'textDocument/didOpen') return ['/params/textDocument/text'];
    if (method !== 'textDocument/didChange' || !Array.isArray(params!.contentChanges)) return [];
    return params!.contentChanges.flatMap((change: { range?: unknown }, index) => change.range === undefined ? [`/params/contentChanges/${index}/text`] : []);
}
