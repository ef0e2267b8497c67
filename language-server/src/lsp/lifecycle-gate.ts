import {
    Disposable, ErrorCodes, Message, type DataCallback, type MessageReader, type MessageWriter, type RequestMessage, type ResponseMessage
} from 'vscode-languageserver';
import type { Locale, Localized } from '#protocol/locale.js';

/**
 * The LSP lifecycle, enforced before any handler runs. Langium's handlers wait
 * for the workspace, so a request sent before `initialize` hung until some
 * `initialize` came; requests after `shutdown` were served; a second
 * `initialize` initialised again. The specification says: before
 * `initialize`, answer requests with ServerNotInitialized and drop
 * notifications but `exit`; after `shutdown`, answer requests with
 * InvalidRequest. Positions and ranges that are not whole numbers ≥ 0 are
 * refused as InvalidParams instead of reaching the features half-read.
 */
export class LifecycleGate {
    private state: 'new' | 'running' | 'shutting-down' = 'new';

    constructor(private readonly locale: () => Locale = () => 'en') {}

    /** Whether `shutdown` was received: the process then exits with 0 on `exit` or end of input. */
    get shutdownReceived(): boolean {
        return this.state === 'shutting-down';
    }

    /** `undefined`: pass the message on; otherwise the error answer to send instead (or `null`: drop it). */
    check(message: Message): ResponseMessage | null | undefined {
        if (Message.isRequest(message)) return this.checkRequest(message);
        if (Message.isNotification(message)) return this.state === 'running' || message.method === 'exit' ? undefined : null;
        return undefined;
    }

    private checkRequest(request: RequestMessage): ResponseMessage | undefined {
        if (this.state === 'new') {
            if (request.method !== 'initialize') return this.refuse(request, ErrorCodes.ServerNotInitialized, messages.notInitialized);
            this.state = 'running';
            return undefined;
        }
        if (this.state === 'shutting-down') return this.refuse(request, ErrorCodes.InvalidRequest, messages.shuttingDown);
        if (request.method === 'initialize') return this.refuse(request, ErrorCodes.InvalidRequest, messages.initializedTwice);
        if (request.method === 'shutdown') this.state = 'shutting-down';
        const field = invalidPositionField(request);
        return field ? this.refuse(request, ErrorCodes.InvalidParams, messages.invalidPosition, field) : undefined;
    }

    private refuse(request: RequestMessage, code: number, message: Localized<(method: string, field: string) => string>, field = ''): ResponseMessage {
        return { jsonrpc: '2.0', id: request.id, error: { code, message: message[this.locale()](request.method, field) } };
    }
}

const messages = {
    notInitialized: {
        en: (method: string) => `The server is not initialized: '${method}' was sent before 'initialize'.`,
        'zh-CN': (method: string) => `服务器尚未初始化：“${method}”在“initialize”之前发送。`
    },
    initializedTwice: {
        en: () => `The server is already initialized: 'initialize' may be sent only once.`,
        'zh-CN': () => '服务器已经初始化：“initialize”只能发送一次。'
    },
    shuttingDown: {
        en: (method: string) => `The server is shutting down: '${method}' was sent after 'shutdown'.`,
        'zh-CN': (method: string) => `服务器正在关闭：“${method}”在“shutdown”之后发送。`
    },
    invalidPosition: {
        en: (method: string, field: string) => `${method}: '${field}' is not a valid position or range (line and character are whole numbers from 0).`,
        'zh-CN': (method: string, field: string) => `${method}：“${field}”不是有效的位置或范围（行号和字符位置应为从 0 开始的整数）。`
    }
} satisfies Record<string, Localized<(method: string, field: string) => string>>;

/** Requests of `textDocument/…` that need a position. */
const positionRequests = new Set(['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/typeDefinition',
    'textDocument/declaration', 'textDocument/implementation', 'textDocument/references', 'textDocument/documentHighlight',
    'textDocument/rename', 'textDocument/prepareRename', 'textDocument/signatureHelp', 'textDocument/onTypeFormatting',
    'textDocument/prepareCallHierarchy', 'textDocument/prepareTypeHierarchy', 'textDocument/linkedEditingRange']);

/** The first parameter, `position` or `range`, that is present (or required) and malformed. */
function invalidPositionField(request: RequestMessage): string | undefined {
    const params = request.params as Record<string, unknown> | undefined;
    if (!request.method.startsWith('textDocument/') || typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
    if ((positionRequests.has(request.method) || 'position' in params) && !isPosition(params.position)) return 'position';
    if ('range' in params && params.range !== undefined && !isRange(params.range)) return 'range';
    return undefined;
}

function isPosition(value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const { line, character } = value as Record<string, unknown>;
    return isIndex(line) && isIndex(character);
}

function isRange(value: unknown): boolean {
    return typeof value === 'object' && value !== null && isPosition((value as Record<string, unknown>).start) && isPosition((value as Record<string, unknown>).end);
}

function isIndex(value: unknown): boolean {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** `reader`, with every message checked by `gate`; refused requests are answered through `writer`. */
export function gatedReader(reader: MessageReader, writer: MessageWriter, gate: LifecycleGate): MessageReader {
    return {
        onError: reader.onError,
        onClose: reader.onClose,
        onPartialMessage: reader.onPartialMessage,
        listen(callback: DataCallback): Disposable {
            return reader.listen(message => {
                const answer = gate.check(message);
                if (answer === undefined) callback(message);
                else if (answer !== null) void writer.write(answer);
            });
        },
        dispose: () => reader.dispose()
    };
}
