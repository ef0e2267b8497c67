/**
 * A stand-in for the parts of the `vscode` API that the preview and the
 * exports use, for driving them in Node (`vi.mock('vscode', …)`). It records
 * what the extension does (messages to the webview, dialogs, writes) and lets
 * a test answer as the user or the webview would.
 */
import { posix } from 'node:path';

type Listener<T> = (value: T) => unknown;

class Emitter<T> {
    private listeners: Array<Listener<T>> = [];
    readonly event = (listener: Listener<T>) => {
        this.listeners.push(listener);
        return { dispose: () => { this.listeners = this.listeners.filter(candidate => candidate !== listener); } };
    };
    fire(value: T): void {
        for (const listener of [...this.listeners]) listener(value);
    }
}

export class Uri {
    private constructor(readonly scheme: string, readonly path: string) {}
    static file(path: string): Uri {
        return new Uri('file', path);
    }
    static joinPath(base: Uri, ...segments: string[]): Uri {
        return new Uri(base.scheme, posix.join(base.path, ...segments));
    }
    get fsPath(): string {
        return this.path;
    }
    toString(): string {
        return `${this.scheme}://${this.path}`;
    }
}

export class Position {
    constructor(readonly line: number, readonly character: number) {}
}

export class Range {
    constructor(readonly start: Position, readonly end: Position) {}
}

export class CancellationTokenSource {
    private cancelled = false;
    readonly token: { readonly isCancellationRequested: boolean; onCancellationRequested: () => { dispose(): void } };
    constructor() {
        const isCancelled = () => this.cancelled;
        this.token = { get isCancellationRequested() { return isCancelled(); }, onCancellationRequested: () => ({ dispose() {} }) };
    }
    cancel(): void {
        this.cancelled = true;
    }
    dispose(): void {}
}

export const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2 } as const;
export const ColorThemeKind = { Light: 1, Dark: 2, HighContrast: 3, HighContrastLight: 4 } as const;
export const TextEditorRevealType = { InCenterIfOutsideViewport: 2 } as const;
export const ProgressLocation = { Window: 10, Notification: 15 } as const;

export class FakePanel {
    readonly posted: unknown[] = [];
    readonly received = new Emitter<unknown>();
    readonly disposed = new Emitter<void>();
    readonly viewState = new Emitter<{ webviewPanel: FakePanel }>();
    revealed: Array<{ column: number | undefined; preserveFocus: boolean }> = [];
    active = true;
    viewColumn = ViewColumn.Two as number;
    readonly webview = {
        html: '',
        cspSource: 'https://fake.vscode-resource',
        asWebviewUri: (uri: Uri) => `https://fake.vscode-resource${uri.path}`,
        postMessage: async (message: unknown) => { this.posted.push(structuredClone(message)); return true; },
        onDidReceiveMessage: this.received.event
    };
    readonly onDidDispose = this.disposed.event;
    readonly onDidChangeViewState = this.viewState.event;
    /** The extension sets it (a locked preview's title differs). */
    constructor(readonly viewType: string, public title: string, readonly options: Record<string, unknown>) {}
    reveal(column: number | undefined, preserveFocus: boolean): void {
        this.revealed.push({ column, preserveFocus });
    }
    dispose(): void {
        this.disposed.fire();
    }
    /** What the webview script would post. */
    fromWebview(message: unknown): void {
        this.received.fire(message);
    }
    messagesOfType(type: string): Array<Record<string, unknown>> {
        return this.posted.filter(message => (message as { type: string }).type === type) as Array<Record<string, unknown>>;
    }
}

/** The editor events the extension listens to; a test fires them as VS Code would. */
export const events = {
    textChanged: new Emitter<{ document: { uri: Uri }; contentChanges: unknown[] }>(),
    diagnosticsChanged: new Emitter<{ uris: Uri[] }>(),
    /** A file changed, was created or deleted on disk: the file system watchers of `glob` report it. */
    fileChanged: new Emitter<{ glob: string; kind: 'change' | 'create' | 'delete'; uri: Uri }>()
};

function fileSystemWatcher(glob: string) {
    const on = (kind: 'change' | 'create' | 'delete') => (listener: Listener<Uri>) =>
        events.fileChanged.event(change => { if (change.glob === glob && change.kind === kind) listener(change.uri); });
    return { onDidChange: on('change'), onDidCreate: on('create'), onDidDelete: on('delete'), dispose: () => undefined };
}

/** What a test sets up and then inspects. */
export const fake = {
    panels: [] as FakePanel[],
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    executed: [] as unknown[][],
    files: new Map<string, Uint8Array>(),
    warnings: [] as Array<{ message: string; options: unknown; items: string[] }>,
    errors: [] as string[],
    infos: [] as string[],
    shown: [] as Array<{ uri: Uri; options: Record<string, unknown> }>,
    /** The answer of the next modal warning (the label of the button, or undefined for Cancel). */
    warningAnswer: undefined as string | undefined,
    saveDialogAnswer: undefined as Uri | undefined,
    saveDialogs: [] as Array<Record<string, unknown>>,
    configuration: {} as Record<string, unknown>,
    themeKind: ColorThemeKind.Light as number,
    visibleTextEditors: [] as unknown[],
    activeTextEditor: undefined as unknown,
    reset(): void {
        this.panels.length = 0;
        this.commands.clear();
        this.executed.length = 0;
        this.files.clear();
        this.warnings.length = 0;
        this.errors.length = 0;
        this.infos.length = 0;
        this.shown.length = 0;
        this.saveDialogs.length = 0;
        this.warningAnswer = undefined;
        this.saveDialogAnswer = undefined;
        this.configuration = {};
        this.themeKind = ColorThemeKind.Light;
        this.visibleTextEditors = [];
        this.activeTextEditor = undefined;
    }
};

function format(message: string, args: unknown[]): string {
    return message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]));
}

export const vscode = {
    Uri, Position, Range, CancellationTokenSource, ViewColumn, ColorThemeKind, TextEditorRevealType, ProgressLocation,
    env: { language: 'en' },
    l10n: { t: (message: string, ...args: unknown[]) => format(message, args) },
    window: {
        get activeColorTheme() { return { kind: fake.themeKind }; },
        get visibleTextEditors() { return fake.visibleTextEditors; },
        get activeTextEditor() { return fake.activeTextEditor; },
        createWebviewPanel: (viewType: string, title: string, _show: unknown, options: Record<string, unknown>) => {
            const panel = new FakePanel(viewType, title, options);
            fake.panels.push(panel);
            return panel;
        },
        showTextDocument: async (uri: Uri, options: Record<string, unknown>) => {
            fake.shown.push({ uri, options });
            return { revealRange: () => undefined };
        },
        showWarningMessage: async (message: string, options?: unknown, ...items: string[]) => {
            fake.warnings.push({ message, options, items });
            return typeof options === 'object' && options && 'modal' in options ? fake.warningAnswer : undefined;
        },
        showErrorMessage: async (message: string) => { fake.errors.push(message); return undefined; },
        showInformationMessage: async (message: string) => { fake.infos.push(message); return undefined; },
        showSaveDialog: async (options: Record<string, unknown>) => { fake.saveDialogs.push(options); return fake.saveDialogAnswer; },
        withProgress: async <T>(_options: unknown, task: () => Promise<T>) => task()
    },
    workspace: {
        onDidChangeTextDocument: events.textChanged.event,
        createFileSystemWatcher: fileSystemWatcher,
        getConfiguration: (section: string) => ({
            get: <T>(key: string, fallback: T) => (fake.configuration[`${section}.${key}`] as T | undefined) ?? fallback
        }),
        fs: {
            stat: async (uri: Uri) => {
                if (!fake.files.has(uri.path)) throw new Error(`not found: ${uri.path}`);
                return { type: 1 };
            },
            writeFile: async (uri: Uri, bytes: Uint8Array) => { fake.files.set(uri.path, bytes); }
        }
    },
    languages: {
        onDidChangeDiagnostics: events.diagnosticsChanged.event
    },
    commands: {
        registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
            fake.commands.set(id, handler);
            return { dispose: () => fake.commands.delete(id) };
        },
        executeCommand: async (id: string, ...args: unknown[]) => {
            fake.executed.push([id, ...args]);
            return fake.commands.get(id)?.(...args);
        }
    }
};
