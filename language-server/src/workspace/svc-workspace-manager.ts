import { DefaultWorkspaceManager, UriUtils, type FileSystemNode, type LangiumDocument, type Stream, type URI, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, type Connection } from 'vscode-languageserver';
import type { Localized } from '#protocol/locale.js';
import { startupMarks } from '#protocol/startup-marks.js';
import { isWalkedEntry } from '#protocol/workspace-walk.js';
import type { SvcServices } from '../svc-module.js';
import type { SvcDocumentValidator } from '../validation/svc-document-validator.js';

const checkingTitle: Localized = { en: 'svc: checking the workspace', 'zh-CN': 'svc：正在检查工作区' };

/**
 * Opening a folder: each spec's own problems (syntax errors, and the rule checks
 * that need nothing outside the spec) are published as soon as it is parsed,
 * long before the whole workspace is linked and checked; the full diagnostics
 * then replace them. The whole first check shows as work-done progress, whose
 * end tells a client that every spec has its full diagnostics.
 */
export class SvcWorkspaceManager extends DefaultWorkspaceManager {
    private readonly connection: Connection | undefined;
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
        this.connection = shared.lsp.Connection;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        // A client without work-done progress gets a reporter that sends nothing; one that refuses the progress, none.
        const progress = this.connection?.window.createWorkDoneProgress().catch(() => undefined);
        void progress?.then(reporter => reporter?.begin(checkingTitle[this.svc().i18n.Locale.current]));
        try {
            await super.initializeWorkspace(folders, cancelToken);
        } finally {
            void progress?.then(reporter => reporter?.done());
        }
    }

    /**
     * One spec after the other, each checked and published before the next is parsed, so that
     * the first problems show while the rest still load. Every spec is read at once, ahead of
     * its turn: in a browser each read is a request to the editor (over the network on
     * vscode.dev), and one after the other they would add up. A spec that cannot be read
     * (deleted since the folder was listed, say) is left out with a log line: the others still load.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        // Read by the end-to-end web run, which splits the start into its steps (startup-marks.ts).
        performance.mark(startupMarks.specsListed);
        const reads = uris.map(uri => ({ uri, text: this.fileSystemProvider.readFile(uri) })).toArray();
        // Each read is awaited in its turn below; until then a failure must not count as unhandled.
        for (const { text } of reads) text.catch(() => undefined);
        for (const { uri, text } of reads) {
            const document = await text.then(content => this.langiumDocuments.getDocument(uri) ?? this.langiumDocuments.createDocument(uri, content, CancellationToken.None)).catch((error: unknown) => {
                console.error(`svc: ${uri.fsPath} could not be read and is left out:`, error instanceof Error ? error.message : error);
                return undefined;
            });
            if (!document) continue;
            collector(document);
            if (this.connection) await this.publishBeforeLinking(document, this.connection);
        }
        performance.mark(startupMarks.specsLoaded);
    }

    /** Langium's rules, written down where the web extension reads them too (it reads ahead what this walk will ask for). */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        return isWalkedEntry(UriUtils.basename(entry.uri), entry.isDirectory ? 'directory' : entry.isFile ? 'file' : 'other');
    }

    private async publishBeforeLinking(document: LangiumDocument, connection: Connection): Promise<void> {
        const validator = this.shared.ServiceRegistry.getServices(document.uri).validation.DocumentValidator as SvcDocumentValidator;
        const diagnostics = await validator.validateBeforeLinking(document);
        // A spec with nothing to say yet waits for its full diagnostics: an empty list would claim it has no problem.
        // Not awaited: the connection sends in order, so every early list still goes before the full ones.
        if (diagnostics.length > 0) void connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics });
    }

    private svc(): SvcServices {
        return this.shared.ServiceRegistry.all[0] as SvcServices;
    }
}
