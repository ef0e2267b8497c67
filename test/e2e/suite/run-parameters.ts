/**
 * What a suite run needs to know, from its runner: the code-server test host
 * reads it from a file beside the workspace folder (a web worker has no
 * process.env), @vscode/test-electron's entry from the environment.
 * Paths are absolute paths of the machine that holds the workspace.
 */
export interface RunParameters {
    /** The extension host the run expects: Node's, or the browser's web worker. */
    host: 'node' | 'web';
    /** `svc check . --format json` of the workspace, run by the driver. */
    expectedDiagnostics: string;
    /** A folder outside the workspace the tests may write into (exports). */
    scratch: string;
    /** Runs only the tests whose full title contains it (while working on one of them). */
    grep?: string;
}
