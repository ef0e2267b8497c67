/*
 * Where the web build's start spends its time: User Timing marks (`performance.mark`)
 * in the extension host's worker and in the language server's. The end-to-end run
 * reads them from both workers to split "the folder opened → its first diagnostics"
 * into the editor's part and the extension's (docs/e2e.md).
 */
export const startupMarks = {
    /** The extension's `activate` was called (extension host worker). */
    activated: 'svc:activated',
    /** The language server's worker was created (extension host worker); its detail says how it got its script (server-worker.ts). */
    serverWorkerCreated: 'svc:server-worker-created',
    /** The server's script has run and listens (server worker). */
    serverListening: 'svc:server-listening',
    /** The client's `initialize` request reached the server (server worker). */
    initializeReceived: 'svc:initialize-received',
    /** The workspace's folders were walked: the specs are known, none read yet (server worker). */
    specsListed: 'svc:specs-listed',
    /** Every spec was read and parsed, its own problems published (server worker). */
    specsLoaded: 'svc:specs-loaded',
    /** The first build of the workspace's specs was validated; its diagnostics go out next (server worker). */
    firstValidated: 'svc:first-validated',
    /** The first diagnostics of a spec (a list, empty for a spec without problems) reached VS Code through the client (extension host worker). */
    firstDiagnosticsReceived: 'svc:first-diagnostics-received'
} as const;
