import * as vscode from 'vscode';
import * as assert from './assert.js';
import { before, describe, it } from './bdd.js';
import { runContext } from './run-context.js';
import { activateSvc, extensionId } from './workspace.js';

/*
 * The run says which extension host it expects, and this checks that it got
 * it: code-server runs an extension without `main` (only `browser`) in the
 * browser's web worker extension host, one with `main` in its Node.js one.
 */

const { host } = runContext().parameters;

interface Manifest {
    main?: string;
    browser?: string;
}

describe('extension host', () => {
    before(activateSvc);

    it(`the extension and the suite run in the ${host === 'web' ? 'web worker' : 'Node.js'} extension host`, async () => {
        const extension = vscode.extensions.getExtension(extensionId);
        assert.ok(extension?.isActive, `${extensionId} is active`);
        const manifest = extension.packageJSON as Manifest;
        assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'code-server: the workbench runs in a browser');
        if (host === 'web') {
            assert.equal(typeof process, 'undefined', 'no Node.js `process` here');
            assert.equal(globalThis.constructor.name, 'DedicatedWorkerGlobalScope');
            assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'the extension runs where the UI runs: in the browser');
            assert.deepEqual([manifest.main, typeof manifest.browser], [undefined, 'string'], 'a web-only manifest');
        } else {
            assert.equal(typeof process.versions.node, 'string', 'Node.js');
            assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace, 'the extension runs beside the workspace, in code-server\'s Node.js');
            assert.equal(typeof manifest.main, 'string');
        }
    });
});
