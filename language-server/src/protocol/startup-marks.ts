/*
 * Where the web build's start spends its time: User Timing marks (`performance.mark`)
 * in the extension host's worker and in the language server's. The end-to-end run
 * reads them from both workers to split "the folder opened → its first diagnostics"
 * into the editor's part and the extension's (docs/e2e.md).
 */
export const startupMarks = {
    /** The extension's `activate` was called (extension host worker). */
    activated: 'svc:activated',
    /** The language server's worker was created (extension host worker). */
    serverWorkerCreated: 'svc:server-worker-created',
    /** The server's script has run and listens (server worker). */
    serverListening: 'svc:server-listening',
    /** The first build of the workspace's specs was validated; its diagnostics go out next (server worker). */
    firstValidated: 'svc:first-validated'
} as const;
