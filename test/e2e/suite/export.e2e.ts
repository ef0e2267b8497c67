import * as vscode from 'vscode';
import * as assert from './assert.js';
import { after, before, describe, it } from './bdd.js';
import { exists, machineFile, readBytes, readText, writeText } from './files.js';
import { drawnPreview, stepCount } from './preview.js';
import { runContext } from './run-context.js';
import { activateSvc, openEditor, revertAllAndClose } from './workspace.js';

const spec = 'examples/healthcare/outpatient-visit.svc';
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What each export must hold: the spec draws one blueprint, so one file per format. */
const formats: Array<{ format: string; file: string; check: (bytes: Uint8Array) => void }> = [
    { format: 'svg', file: 'visit.svg', check: bytes => assert.match(text(bytes), /^(<\?xml[^>]*>\s*)?<svg[\s\S]*采血[\s\S]*<\/svg>\s*$/) },
    { format: 'png', file: 'visit.png', check: bytes => assert.ok(pngSignature.every((byte, index) => bytes[index] === byte) && bytes.length > 10_000, `a PNG image of ${bytes.length} bytes`) },
    { format: 'mermaid', file: 'visit.mmd', check: bytes => assert.match(text(bytes), /^[\w-]+ [\s\S]*采血/) },
    { format: 'markdown', file: 'visit.md', check: bytes => assert.match(text(bytes), /```mermaid[\s\S]*采血/) },
    { format: 'html', file: 'visit.html', check: bytes => assert.match(text(bytes), /^<!DOCTYPE html>[\s\S]*<svg[\s\S]*采血/i) }
];

describe('export commands', () => {
    // Outside the workspace, on its file system: file: in Node's extension host, vscode-remote: in the web worker.
    const folder = machineFile(`${runContext().parameters.scratch}/exports`);
    let specUri: vscode.Uri;

    before(async function () {
        this.timeout(90_000);
        await activateSvc();
        await vscode.workspace.fs.createDirectory(folder);
        const editor = await openEditor(spec);
        specUri = editor.document.uri;
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await drawnPreview(specUri, state => state.rendered!.nodes === stepCount(editor.document.getText()));
    });
    after(async () => {
        await revertAllAndClose();
        await vscode.workspace.fs.delete(folder, { recursive: true });
    });

    for (const { format, file, check } of formats) {
        it(`svc.export.${format} writes ${file} to the given target`, async () => {
            const target = vscode.Uri.joinPath(folder, file);
            const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>(`svc.export.${format}`, specUri, target);
            assert.deepEqual(written?.map(uri => uri.toString()), [target.toString()]);
            check(await readBytes(target));
        });
    }

    it('svc.export.docx writes visit.docx, a Word document', async () => {
        const target = vscode.Uri.joinPath(folder, 'visit.docx');
        const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('svc.export.docx', specUri, target);
        assert.deepEqual(written?.map(uri => uri.toString()), [target.toString()]);
        const bytes = await readBytes(target);
        assert.ok(zipSignature.every((byte, index) => bytes[index] === byte) && bytes.length > 5_000, `a .docx (zip) of ${bytes.length} bytes`);
    });

    // Printing a PDF takes a local Chromium: the desktop's extension has one, the browser's says it needs the desktop (web-ui-checks.ts sees the notice).
    if (runContext().parameters.host === 'node') {
        it('svc.export.pdf writes visit.pdf, printed by the installed Chromium', async () => {
            const target = vscode.Uri.joinPath(folder, 'visit.pdf');
            const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('svc.export.pdf', specUri, target);
            assert.deepEqual(written?.map(uri => uri.toString()), [target.toString()]);
            assert.match(text((await readBytes(target)).subarray(0, 8)), /^%PDF-\d/);
        });
    } else {
        it('svc.export.pdf writes nothing in the browser (a PDF needs the desktop app)', async () => {
            const target = vscode.Uri.joinPath(folder, 'visit.pdf');
            const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('svc.export.pdf', specUri, target);
            assert.equal(written, undefined);
            assert.equal(await exists(target), false, 'no visit.pdf');
        });
    }

    it('never replaces an existing file given as the target', async () => {
        const target = vscode.Uri.joinPath(folder, 'existing.mmd');
        await writeText(target, 'keep me');
        const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('svc.export.mermaid', specUri, target);
        assert.equal(written, undefined);
        assert.equal(await readText(target), 'keep me');
    });
});
