import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { drawnPreview, stepCount } from './preview.js';
import { activateSvc, openEditor, revertAllAndClose } from './workspace.js';

const spec = 'examples/healthcare/outpatient-visit.svc';
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What each export must hold: the spec draws one blueprint, so one file per format. */
const formats: Array<{ format: string; file: string; check: (bytes: Buffer) => void }> = [
    { format: 'svg', file: 'visit.svg', check: bytes => assert.match(bytes.toString('utf-8'), /^(<\?xml[^>]*>\s*)?<svg[\s\S]*采血[\s\S]*<\/svg>\s*$/) },
    { format: 'png', file: 'visit.png', check: bytes => assert.ok(bytes.subarray(0, 8).equals(pngSignature) && bytes.length > 10_000, `a PNG image of ${bytes.length} bytes`) },
    { format: 'mermaid', file: 'visit.mmd', check: bytes => assert.match(bytes.toString('utf-8'), /^[\w-]+ [\s\S]*采血/) },
    { format: 'markdown', file: 'visit.md', check: bytes => assert.match(bytes.toString('utf-8'), /```mermaid[\s\S]*采血/) },
    { format: 'html', file: 'visit.html', check: bytes => assert.match(bytes.toString('utf-8'), /^<!DOCTYPE html>[\s\S]*<svg[\s\S]*采血/i) }
];

describe('export commands', () => {
    let folder: string;
    let specUri: vscode.Uri;

    before(async function () {
        this.timeout(90_000);
        await activateSvc();
        folder = mkdtempSync(path.join(tmpdir(), 'svc-e2e-export-'));
        const editor = await openEditor(spec);
        specUri = editor.document.uri;
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await drawnPreview(specUri, state => state.rendered!.nodes === stepCount(editor.document.getText()));
    });
    after(async () => {
        await revertAllAndClose();
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    for (const { format, file, check } of formats) {
        it(`svc.export.${format} writes ${file} to the given target`, async () => {
            const target = vscode.Uri.file(path.join(folder, file));
            const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>(`svc.export.${format}`, specUri, target);
            assert.deepEqual(written?.map(uri => uri.fsPath), [target.fsPath]);
            check(readFileSync(target.fsPath));
        });
    }

    it('never replaces an existing file given as the target', async () => {
        const target = path.join(folder, 'existing.mmd');
        writeFileSync(target, 'keep me');
        const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('svc.export.mermaid', specUri, vscode.Uri.file(target));
        assert.equal(written, undefined);
        assert.equal(readFileSync(target, 'utf-8'), 'keep me');
    });
});
