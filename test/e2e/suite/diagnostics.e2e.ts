import * as vscode from 'vscode';
import * as assert from './assert.js';
import { after, before, describe, it } from './bdd.js';
import { reportCount } from './diagnostics-log.js';
import { cliExpectations, editorDiagnostics, markerExpectations, type Expected } from './expectations.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, relativePath, revertAllAndClose, workspaceFile } from './workspace.js';

const expected = cliExpectations();

/** Waits until the editor shows `wanted` for the file (later reports may still arrive), then compares. */
async function settledDiagnostics(uri: vscode.Uri, wanted: readonly Expected[]): Promise<Expected[]> {
    const same = () => JSON.stringify(editorDiagnostics(uri)) === JSON.stringify(wanted);
    await waitFor(`the diagnostics of ${relativePath(uri)}`, () => same() || undefined, 15_000).catch(() => undefined);
    return editorDiagnostics(uri);
}

describe('diagnostics', () => {
    before(async function () {
        this.timeout(120_000);
        await activateSvc();
        // The server checks the whole workspace at start and reports on every file, clean ones too.
        const files = await vscode.workspace.findFiles('**/*.svc');
        await waitFor('a diagnostics report for every .svc file of the workspace', () => files.every(uri => reportCount(uri) > 0) || undefined, 90_000,
            () => `no report yet for ${files.filter(uri => reportCount(uri) === 0).map(relativePath).join(', ')}`);
    });
    after(revertAllAndClose);

    it('are reported for the same files that svc check reads', async () => {
        const files = (await vscode.workspace.findFiles('**/*.svc')).map(relativePath).sort();
        assert.deepEqual(files, [...expected.keys()].filter(file => file.endsWith('.svc')).sort());
        // Besides the specs, svc check lists the data files they bind: each is a file of the workspace.
        const dataFiles = [...expected.keys()].filter(file => !file.endsWith('.svc'));
        assert.ok(dataFiles.some(file => file.startsWith('fixtures/measured/')), `the data files: ${dataFiles.join(', ')}`);
        assert.deepEqual((await vscode.workspace.findFiles('**/*.csv')).map(relativePath).filter(file => dataFiles.includes(file)).sort(), dataFiles.sort());
        assert.ok(files.some(file => file.startsWith('examples/')) && files.some(file => file.startsWith('fixtures/')), 'the workspace holds the examples and the fixtures');
    });

    for (const [file, wanted] of expected) {
        it(`${file} opens with the diagnostics of svc check (${wanted.length})`, async () => {
            const editor = await openEditor(file);
            assert.deepEqual(await settledDiagnostics(editor.document.uri, wanted), wanted);
        });
    }

    for (const file of [...expected.keys()].filter(name => name.startsWith('fixtures/problems/'))) {
        it(`${file} has exactly the diagnostics its // expect: markers state`, async () => {
            const editor = await openEditor(file);
            const markers = markerExpectations(editor.document.getText());
            assert.ok(markers.length > 0, 'a problems fixture states what it expects');
            const shown = (await settledDiagnostics(workspaceFile(file), expected.get(file) ?? [])).map(({ line, code }) => ({ line, code }));
            assert.deepEqual(shown, markers, 'the editor');
            assert.deepEqual((expected.get(file) ?? []).map(({ line, code }) => ({ line, code })), markers, 'svc check');
        });
    }
});
