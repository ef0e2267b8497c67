import { format } from 'node:util';
import {
    IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
    type Connection, type MessageReader, type MessageWriter
} from 'vscode-languageserver/node';
import { decodeMessage } from './long-string-messages.js';

export interface Transport {
    reader: MessageReader;
    writer: MessageWriter;
    /** Standard input and output carry the protocol. */
    stdio: boolean;
}

/**
 * The transport named on the command line (`--stdio`: the extension, other editors and the tests;
 * `--node-ipc`: any client that asks for it), built here rather than by vscode-languageserver
 * so that its reader can be wrapped (lsp/lifecycle-gate.ts). Sockets and
 * pipes: `undefined`, left to vscode-languageserver.
 */
export function transportFromArguments(argv: readonly string[]): Transport | undefined {
    if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    if (argv.includes('--stdio')) {
        // LSP's one charset is UTF-8; long texts (a data file opened) are read without a copy of the whole message.
        const contentTypeDecoder = { name: 'application/json', decode: (bytes: Uint8Array) => Promise.resolve(decodeMessage(bytes)) };
        return { reader: new StreamMessageReader(process.stdin, { contentTypeDecoder }), writer: new StreamMessageWriter(process.stdout), stdio: true };
    }
    return undefined;
}

/**
 * What vscode-languageserver does for a stdio transport it builds itself, and
 * skips for one it is given: standard output carries only the protocol
 * (console output goes to the client's log), and the process ends with its
 * input — with 0 after `shutdown`, as on `exit`.
 */
export function adoptStdio(connection: Connection, shutdownReceived: () => boolean): void {
    const toClient = (send: (message: string) => void) => (...args: unknown[]) => send(format(...args));
    console.log = toClient(message => connection.console.log(message));
    console.info = toClient(message => connection.console.info(message));
    console.debug = toClient(message => connection.console.debug(message));
    console.warn = toClient(message => connection.console.warn(message));
    console.error = toClient(message => connection.console.error(message));
    console.trace = toClient(message => connection.console.log(message));
    console.dir = toClient(message => connection.console.log(message));
    const end = () => process.exit(shutdownReceived() ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
}
