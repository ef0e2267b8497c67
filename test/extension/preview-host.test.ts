import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BlueprintDocument } from '#protocol/blueprint-schema.js';
import { registerExportCommands } from '../../extension/src/export/export-commands.js';
import { printPdf } from '../../extension/src/export/print-pdf.js';
import { PreviewManager } from '../../extension/src/preview/preview-manager.js';
import { blueprintOf, measuredExample, slowAnswerRow, twoServices } from './blueprint-fixture.js';
import { fake, Uri, ViewColumn, ColorThemeKind, vscode as vscodeFake, type FakePanel } from './fake-vscode.js';

vi.mock('vscode', async () => (await import('./fake-vscode.js')).vscode);

/*
 * The extension-host side of the preview and the exports, driven through a
 * stand-in for the VS Code API and a scripted language client.
 */

const extensionUri = Uri.file('/ext');
const specUri = Uri.file('/work/spec.svc');
const safeSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10"/></svg>';
const pngBase64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');

let model: BlueprintDocument;
/** The telecom example with a standard not met. */
let measuredModel: BlueprintDocument;
let answers: unknown[];
let requests: Array<{ method: string; params: unknown }>;
let manager: PreviewManager;

const client = {
    code2ProtocolConverter: { asUri: (uri: Uri) => uri.toString() },
    sendRequest: async (method: string, params: unknown) => {
        requests.push({ method, params });
        const answer = answers.length > 1 ? answers.shift() : answers[0];
        if (answer instanceof Error) throw answer;
        return answer;
    }
} as unknown as BaseLanguageClient;

function lastOf(panel: FakePanel, type: string): Record<string, unknown> {
    const messages = panel.messagesOfType(type);
    expect(messages.length, `no ${type} message`).toBeGreaterThan(0);
    return messages[messages.length - 1];
}

/** Opens a preview and lets its webview say `ready` once the first model arrived. */
async function openPreview(): Promise<FakePanel> {
    manager.open(specUri as never, ViewColumn.Beside);
    const panel = fake.panels[fake.panels.length - 1];
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
    await new Promise(resolve => setTimeout(resolve, 0));
    panel.fromWebview({ type: 'ready' });
    return panel;
}

/** What the webview would answer once it has drawn the current update. */
function rendered(panel: FakePanel): void {
    const view = { scale: 0.5, part: 0, parts: 2, drawing: { left: 12, top: 12, right: 300, bottom: 200 }, viewport: { width: 400, height: 600 } };
    panel.fromWebview({ type: 'rendered', renderKey: lastOf(panel, 'update').renderKey, diagrams: 2, pending: 0, nodes: 3, failed: 0, view });
}

beforeAll(async () => {
    model = { ...await blueprintOf(twoServices), uri: 'file:///work/spec.svc' };
    measuredModel = { ...await measuredExample(slowAnswerRow), uri: 'file:///work/spec.svc' };
});

beforeEach(() => {
    fake.reset();
    answers = [model];
    requests = [];
    manager = new PreviewManager(extensionUri as never, client);
});

afterEach(() => {
    manager.dispose();
    vi.useRealTimers();
});

describe('the preview panel', () => {
    it('is a locked-down webview that loads only from the extension', async () => {
        const panel = await openPreview();
        expect(panel.viewType).toBe('svc.preview');
        expect(panel.title).toBe('Blueprint: spec.svc');
        expect(panel.options.enableScripts).toBe(true);
        expect((panel.options.localResourceRoots as Uri[]).map(uri => uri.path)).toEqual(['/ext/out/extension', '/ext/extension/media']);
        expect(panel.webview.html).toContain('script-src &#39;nonce-');
        expect(panel.webview.html).toContain('src="https://fake.vscode-resource/ext/out/extension/preview.js"');
    });

    it('asks the language server for the blueprint and posts its diagrams once the webview is ready', async () => {
        const panel = await openPreview();
        expect(requests[0]).toEqual({ method: 'svc/blueprint', params: { uri: 'file:///work/spec.svc' } });
        const update = lastOf(panel, 'update');
        expect(update).toMatchObject({ view: 'blueprint', service: 'Counter', stale: false, notice: null, theme: 'light' });
        expect((update.diagrams as unknown[]).length).toBeGreaterThan(0);
    });

    it('posts nothing before the webview is ready, and everything again when it reloads', async () => {
        manager.open(specUri as never, ViewColumn.Beside);
        const panel = fake.panels[0];
        await vi.waitFor(() => expect(requests.length).toBe(1));
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(panel.posted).toEqual([]);
        panel.fromWebview({ type: 'ready' });
        panel.fromWebview({ type: 'ready' });
        expect(panel.messagesOfType('update')).toHaveLength(2);
    });

    it('refreshes at once when the server has validated, once per burst of diagnostics events', async () => {
        await openPreview();
        vi.useFakeTimers();
        const preview = manager.previewFor(specUri as never)!;
        requests.length = 0;
        preview.refreshNow();
        preview.refreshNow();
        preview.refreshNow();
        await vi.advanceTimersByTimeAsync(0);
        expect(requests).toHaveLength(1);
    });

    it('falls back to refreshing 300 ms after the last edit when no diagnostics follow', async () => {
        const panel = await openPreview();
        vi.useFakeTimers();
        const preview = manager.previewFor(specUri as never)!;
        requests.length = 0;
        for (let index = 0; index < 10; index++) {
            preview.scheduleRefresh();
            await vi.advanceTimersByTimeAsync(100);
        }
        expect(requests).toHaveLength(0);
        await vi.advanceTimersByTimeAsync(200);
        expect(requests).toHaveLength(1);
        // The same model again: the webview already has it, nothing is posted.
        const posted = panel.posted.length;
        await vi.advanceTimersByTimeAsync(0);
        expect(panel.posted.length).toBe(posted);
    });

    it('lets the diagnostics event replace the pending edit fallback', async () => {
        await openPreview();
        vi.useFakeTimers();
        const preview = manager.previewFor(specUri as never)!;
        requests.length = 0;
        preview.scheduleRefresh();
        preview.refreshNow();
        await vi.advanceTimersByTimeAsync(1000);
        expect(requests).toHaveLength(1);
    });

    it('keeps the last valid diagrams under the banner while the spec has syntax errors', async () => {
        const panel = await openPreview();
        const good = lastOf(panel, 'update');
        answers = [{ ...model, syntaxErrors: 2, services: [] }];
        vi.useFakeTimers();
        manager.previewFor(specUri as never)!.refreshNow();
        await vi.advanceTimersByTimeAsync(0);
        const stale = lastOf(panel, 'update');
        expect(stale).toMatchObject({ stale: true, renderKey: good.renderKey, service: 'Counter' });
        answers = [model];
        manager.previewFor(specUri as never)!.refreshNow();
        await vi.advanceTimersByTimeAsync(0);
        expect(lastOf(panel, 'update')).toMatchObject({ stale: false, renderKey: good.renderKey });
    });

    it('says so when the server fails or answers something unexpected, and keeps the diagrams', async () => {
        const panel = await openPreview();
        const good = lastOf(panel, 'update');
        vi.useFakeTimers();
        answers = [{ version: 2, services: 'all' }];
        manager.previewFor(specUri as never)!.refreshNow();
        await vi.advanceTimersByTimeAsync(0);
        expect(lastOf(panel, 'update')).toMatchObject({
            renderKey: good.renderKey,
            notice: 'The language server answered with an unexpected blueprint: version: Invalid input: expected 1; uri: Invalid input: expected string, received undefined; documentVersion: Invalid input: expected number, received undefined'
        });
        answers = [new Error('server crashed')];
        manager.previewFor(specUri as never)!.refreshNow();
        await vi.advanceTimersByTimeAsync(0);
        expect(lastOf(panel, 'update').notice).toBe('The language server could not provide the blueprint: server crashed');
    });

    it('tells the user when the file has no service', async () => {
        answers = [{ ...model, services: [] }];
        const panel = await openPreview();
        expect(lastOf(panel, 'update')).toMatchObject({ diagrams: [], notice: 'This file defines no service yet.' });
    });

    it('ignores anything unexpected from the webview', async () => {
        const panel = await openPreview();
        const posted = panel.posted.length;
        for (const message of [
            undefined, 'reveal', { type: 'runCommand', command: 'x' }, { type: 'reveal', stepId: 'Register', extra: 1 },
            { type: 'selectView', view: 'gantt' }, { type: 'setMeasuredOverlay', enabled: 'no' }, { type: 'export', format: 'exe' }, { type: 'exportImages', requestId: 99, format: 'svg', images: [] }
        ]) panel.fromWebview(message);
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(panel.posted.length).toBe(posted);
        expect(fake.shown).toEqual([]);
        expect(fake.executed).toEqual([]);
    });

    it('shows a clicked step in the editor', async () => {
        const panel = await openPreview();
        panel.fromWebview({ type: 'reveal', stepId: 'Register' });
        await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
        expect(fake.shown[0].uri.path).toBe('/work/spec.svc');
        expect(fake.shown[0].options.selection).toMatchObject({ start: { line: 5, character: 4 } });
        panel.fromWebview({ type: 'reveal', stepId: 'NoSuchStep' });
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(fake.shown).toHaveLength(1);
    });

    it('highlights the step under the cursor, once per change', async () => {
        const panel = await openPreview();
        const preview = manager.previewFor(specUri as never)!;
        preview.followCursor({ line: 6, character: 2 });
        preview.followCursor({ line: 5, character: 9 });
        preview.followCursor({ line: 1, character: 0 });
        expect(panel.messagesOfType('highlight').slice(-2)).toEqual([{ type: 'highlight', stepId: 'Register' }, { type: 'highlight', stepId: null }]);
    });

    it('follows the pickers and the colour theme', async () => {
        const panel = await openPreview();
        const first = lastOf(panel, 'update');
        panel.fromWebview({ type: 'selectService', service: 'Phone' });
        expect(lastOf(panel, 'update')).toMatchObject({ service: 'Phone', process: null });
        panel.fromWebview({ type: 'selectView', view: 'flow' });
        expect(lastOf(panel, 'update').view).toBe('flow');
        fake.themeKind = ColorThemeKind.HighContrast;
        manager.previewFor(specUri as never)!.redraw();
        const contrast = lastOf(panel, 'update');
        expect(contrast.theme).toBe('high-contrast');
        expect(contrast.renderKey).not.toBe(first.renderKey);
    });

    it('follows the settings: first view, fixed theme, and a locale that reloads the page in that language', async () => {
        fake.configuration = { 'svc.preview.defaultView': 'standards', 'svc.preview.theme': 'dark' };
        const panel = await openPreview();
        expect(lastOf(panel, 'update')).toMatchObject({ view: 'standards', theme: 'dark' });
        expect(panel.webview.html).toContain('<html lang="en"');
        fake.configuration['svc.locale'] = 'zh-CN';
        manager.previewFor(specUri as never)!.relocalize();
        expect(panel.webview.html).toContain('<html lang="zh-CN"');
        await vi.waitFor(() => expect(requests.length).toBe(2));
        panel.fromWebview({ type: 'ready' });
        expect((lastOf(panel, 'update').diagrams as Array<{ text: string }>)[0].text).toContain('此流程未引用任何标准');
    });

    it('switches to the performance view of the service', async () => {
        answers = [measuredModel];
        const panel = await openPreview();
        panel.fromWebview({ type: 'selectView', view: 'performance' });
        const update = lastOf(panel, 'update');
        expect(update).toMatchObject({ view: 'performance', service: 'BroadbandInstall', processes: [], measuredOverlay: null });
        expect((update.diagrams as Array<{ view: string }>).every(diagram => diagram.view === 'performance')).toBe(true);
        expect(manager.renderStates()[0].view).toBe('performance');
    });

    it('takes the measured overlay from the setting until the toolbar toggle decides for this panel', async () => {
        answers = [measuredModel];
        fake.configuration['svc.preview.measuredOverlay'] = false;
        const panel = await openPreview();
        const preview = manager.previewFor(specUri as never)!;
        const off = lastOf(panel, 'update');
        expect(off.measuredOverlay).toBe(false);
        fake.configuration['svc.preview.measuredOverlay'] = true;
        preview.redraw();
        const on = lastOf(panel, 'update');
        expect(on.measuredOverlay).toBe(true);
        expect(on.renderKey).not.toBe(off.renderKey);
        panel.fromWebview({ type: 'setMeasuredOverlay', enabled: false });
        expect(lastOf(panel, 'update')).toMatchObject({ measuredOverlay: false, renderKey: off.renderKey });
        // The setting changes again: the panel keeps its own choice.
        fake.configuration['svc.preview.measuredOverlay'] = true;
        preview.redraw();
        expect(lastOf(panel, 'update').measuredOverlay).toBe(false);
        expect(manager.renderStates()[0].measuredOverlay).toBe(false);
    });

    it('shows the service a code lens asks for', async () => {
        const panel = await openPreview();
        manager.open(specUri as never, ViewColumn.Beside).showService('Phone');
        expect(lastOf(panel, 'update')).toMatchObject({ service: 'Phone', process: null });
        expect(fake.panels).toHaveLength(1);
    });

    it('records what the webview drew, for end-to-end tests', async () => {
        const panel = await openPreview();
        rendered(panel);
        expect(manager.renderStates()).toEqual([{
            uri: 'file:///work/spec.svc', title: 'Blueprint: spec.svc', locked: false, view: 'blueprint', service: 'Counter', measuredOverlay: true, stale: false,
            rendered: { renderKey: lastOf(panel, 'update').renderKey, diagrams: 2, pending: 0, nodes: 3, failed: 0, view: expect.objectContaining({ scale: 0.5, parts: 2 }) }
        }]);
    });

    it('runs the export command of a toolbar button for its spec', async () => {
        const panel = await openPreview();
        panel.fromWebview({ type: 'export', format: 'png' });
        expect(fake.executed[0]).toEqual(['svc.export.png', specUri]);
    });
});

describe('exports', () => {
    beforeEach(() => {
        for (const disposable of registerExportCommands(manager, printPdf)) void disposable;
    });

    async function run(format: string, target?: Uri): Promise<void> {
        await fake.commands.get(`svc.export.${format}`)!(specUri, target);
    }

    /** Runs an export that needs images, answering the webview's part with `images`. */
    async function runWithImages(panel: FakePanel, format: 'svg' | 'png' | 'html', target: Uri, images: Array<{ title: string; data: string }>): Promise<void> {
        const before = panel.messagesOfType('exportImages').length;
        const running = run(format, target);
        await vi.waitFor(() => expect(panel.messagesOfType('exportImages').length).toBe(before + 1));
        const request = lastOf(panel, 'exportImages');
        expect(request.theme).toBe('light');
        expect(request.scale).toBe(2);
        panel.fromWebview({ type: 'exportImages', requestId: request.requestId, format: request.format, images });
        await running;
    }

    const text = (path: string) => new TextDecoder().decode(fake.files.get(path));

    it('proposes <spec>.<service>.<view>.<ext> beside the spec, and writes nothing when the dialog is cancelled', async () => {
        const panel = await openPreview();
        rendered(panel);
        await run('svg');
        expect((fake.saveDialogs[0].defaultUri as Uri).path).toBe('/work/spec.Counter.blueprint.svg');
        expect(fake.saveDialogs[0].filters).toEqual({ 'SVG image': ['svg'] });
        expect(fake.files.size).toBe(0);
        await run('html');
        expect((fake.saveDialogs[1].defaultUri as Uri).path).toBe('/work/spec.Counter.report.html');
    });

    it('writes the Mermaid source of each diagram, numbered, adding the extension', async () => {
        const panel = await openPreview();
        rendered(panel);
        await run('mermaid', Uri.file('/out/counter'));
        const diagrams = lastOf(panel, 'update').diagrams as Array<{ text: string }>;
        expect(text('/out/counter.mmd')).toBe(`${diagrams[0].text.trimEnd()}\n`);
        expect(text('/out/counter-2.mmd')).toBe(`${diagrams[1].text.trimEnd()}\n`);
        expect(fake.infos[0]).toBe('Exported counter.mmd, counter-2.mmd');
    });

    it('asks before replacing a file chosen in the dialog, and writes only on "Replace"', async () => {
        const panel = await openPreview();
        rendered(panel);
        fake.files.set('/out/a-2.svg', new Uint8Array([1]));
        fake.saveDialogAnswer = Uri.file('/out/a.svg');
        await run('svg');
        expect(fake.warnings[0]).toMatchObject({ message: 'a-2.svg already exists. Replace it?', options: { modal: true }, items: ['Replace'] });
        expect(fake.files.has('/out/a.svg')).toBe(false);
        expect(panel.messagesOfType('exportImages')).toHaveLength(0);

        fake.warningAnswer = 'Replace';
        const running = run('svg');
        await vi.waitFor(() => expect(panel.messagesOfType('exportImages')).toHaveLength(1));
        panel.fromWebview({ type: 'exportImages', requestId: lastOf(panel, 'exportImages').requestId, format: 'svg', images: [{ title: 'a', data: safeSvg }, { title: 'b', data: safeSvg }] });
        await running;
        expect(text('/out/a.svg')).toBe(safeSvg);
        expect(text('/out/a-2.svg')).toBe(safeSvg);
    });

    it('exports to a given file without any dialog, and returns the files it wrote', async () => {
        const panel = await openPreview();
        rendered(panel);
        const written = await fake.commands.get('svc.export.mermaid')!(specUri, Uri.file('/out/scripted.mmd')) as Uri[];
        expect(written.map(uri => uri.path)).toEqual(['/out/scripted.mmd', '/out/scripted-2.mmd']);
        expect(fake.saveDialogs).toEqual([]);
        expect(fake.files.has('/out/scripted-2.mmd')).toBe(true);
    });

    it('never replaces an existing file when the target was given, asking nobody', async () => {
        const panel = await openPreview();
        rendered(panel);
        fake.files.set('/out/kept-2.mmd', new Uint8Array([1]));
        fake.warningAnswer = 'Replace';
        const written = await fake.commands.get('svc.export.mermaid')!(specUri, Uri.file('/out/kept.mmd'));
        expect(written).toBeUndefined();
        expect(fake.warnings).toEqual([]);
        expect(fake.errors[0]).toBe('Export failed: kept-2.mmd already exists; an export to a given file never replaces it.');
        expect(fake.files.has('/out/kept.mmd')).toBe(false);
        expect(fake.files.get('/out/kept-2.mmd')).toEqual(new Uint8Array([1]));
    });

    it('does not wait for the notice to be dismissed when the target was given', async () => {
        const panel = await openPreview();
        rendered(panel);
        const showInformationMessage = vi.spyOn(vscodeFake.window, 'showInformationMessage').mockReturnValue(new Promise(() => undefined));
        const written = await fake.commands.get('svc.export.mermaid')!(specUri, Uri.file('/out/quiet.mmd')) as Uri[];
        expect(written).toHaveLength(2);
        expect(showInformationMessage).toHaveBeenCalledWith('Exported quiet.mmd, quiet-2.mmd');
        showInformationMessage.mockRestore();
    });

    it('never overwrites the spec itself (a spec saved as notes.md, say)', async () => {
        const notes = Uri.file('/work/notes.md');
        manager.open(notes as never, ViewColumn.Beside);
        const panel = fake.panels[0];
        await vi.waitFor(() => expect(requests.length).toBe(1));
        await new Promise(resolve => setTimeout(resolve, 0));
        panel.fromWebview({ type: 'ready' });
        rendered(panel);
        fake.files.set('/work/notes.md', new Uint8Array([1]));
        fake.warningAnswer = 'Replace';
        await fake.commands.get('svc.export.markdown')!(notes, Uri.file('/work/notes.md'));
        expect(fake.errors[0]).toMatch(/never replaces the specification itself/);
        expect(fake.warnings).toEqual([]);
        expect(fake.files.get('/work/notes.md')).toEqual(new Uint8Array([1]));
    });

    it('says that a PDF needs the desktop app where nothing can print one (the web build), before any dialog', async () => {
        fake.commands.clear();
        for (const disposable of registerExportCommands(manager, undefined)) void disposable;
        await openPreview();
        const written = await fake.commands.get('svc.export.pdf')!(specUri);
        expect(written).toBeUndefined();
        expect(fake.errors).toEqual(['Export failed: Exporting a PDF needs VS Code on the desktop, which prints it with a browser installed there. Here, export the HTML report and print it from the browser.']);
        expect(fake.saveDialogs).toEqual([]);
        expect(fake.files.size).toBe(0);
    });

    it('refuses an SVG with active content and a PNG that is not one', async () => {
        const panel = await openPreview();
        rendered(panel);
        await runWithImages(panel, 'svg', Uri.file('/out/x.svg'), [{ title: 'a', data: '<svg><script>alert(1)</script></svg>' }, { title: 'b', data: safeSvg }]);
        expect(fake.errors[0]).toMatch(/not safe to save/);
        await runWithImages(panel, 'png', Uri.file('/out/x.png'), [{ title: 'a', data: Buffer.from('GIF89a').toString('base64') }, { title: 'b', data: pngBase64 }]);
        expect(fake.errors[1]).toMatch(/invalid PNG/);
        expect(fake.files.size).toBe(0);
    });

    it('writes PNG bytes as the webview drew them', async () => {
        const panel = await openPreview();
        rendered(panel);
        await runWithImages(panel, 'png', Uri.file('/out/p.png'), [{ title: 'a', data: pngBase64 }, { title: 'b', data: pngBase64 }]);
        expect(Buffer.from(fake.files.get('/out/p.png')!).toString('base64')).toBe(pngBase64);
    });

    it('writes the Markdown report with Mermaid blocks, and the HTML report with the drawn SVGs', async () => {
        const panel = await openPreview();
        rendered(panel);
        await run('markdown', Uri.file('/out/report.md'));
        expect(text('/out/report.md')).toContain('```mermaid');
        const blueprintCount = (lastOf(panel, 'update').diagrams as unknown[]).length;
        await runWithImages(panel, 'html', Uri.file('/out/report.html'), Array.from({ length: blueprintCount }, (_, index) => ({ title: `d${index}`, data: safeSvg })));
        expect(text('/out/report.html')).toMatch(/^<!DOCTYPE html>[\s\S]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10"/i);
    });

    it('draws the blueprint of an export and a report as the panel shows it: the overlay toggled off stays off', async () => {
        answers = [measuredModel];
        const panel = await openPreview();
        const blueprints = () => (lastOf(panel, 'update').diagrams as Array<{ text: string }>).map(diagram => diagram.text.trimEnd());
        const overlaid = blueprints();
        expect(overlaid.join('\n')).toContain('45 s');
        panel.fromWebview({ type: 'setMeasuredOverlay', enabled: false });
        rendered(panel);
        const clean = blueprints();
        expect(clean.join('\n')).not.toContain('45 s');
        await run('mermaid', Uri.file('/out/clean.mmd'));
        expect(text('/out/clean.mmd')).toBe(`${clean[0]}\n`);
        await run('markdown', Uri.file('/out/clean.md'));
        for (const diagram of clean) expect(text('/out/clean.md')).toContain(diagram);
        expect(overlaid.some(diagram => !text('/out/clean.md').includes(diagram))).toBe(true);
        panel.fromWebview({ type: 'setMeasuredOverlay', enabled: true });
        rendered(panel);
        await run('markdown', Uri.file('/out/overlaid.md'));
        for (const diagram of overlaid) expect(text('/out/overlaid.md')).toContain(diagram);
    });

    it('gives the reports of a measured service the performance charts, whatever the view on screen', async () => {
        answers = [measuredModel];
        const panel = await openPreview();
        const blueprintCount = (lastOf(panel, 'update').diagrams as unknown[]).length;
        panel.fromWebview({ type: 'selectView', view: 'flow' });
        rendered(panel);
        const charts = manager.previewFor(specUri as never)!.diagrams('performance');
        expect(charts.length).toBeGreaterThan(6);
        await run('markdown', Uri.file('/out/measured.md'));
        for (const chart of charts) expect(text('/out/measured.md')).toContain(chart.text.trimEnd());
        const running = run('html', Uri.file('/out/measured.html'));
        await vi.waitFor(() => expect(panel.messagesOfType('exportImages')).toHaveLength(1));
        const request = lastOf(panel, 'exportImages');
        const views = (request.diagrams as Array<{ view: string }>).map(diagram => diagram.view);
        expect(views).toEqual([...Array<string>(blueprintCount).fill('blueprint'), ...Array<string>(charts.length).fill('performance')]);
        const chartSvg = safeSvg.replace('<rect', '<text>chart</text><rect');
        panel.fromWebview({ type: 'exportImages', requestId: request.requestId, format: 'svg', images: views.map((view, index) => ({ title: `d${index}`, data: view === 'performance' ? chartSvg : safeSvg })) });
        await running;
        const html = text('/out/measured.html');
        const section = html.slice(html.indexOf('<section id="performance"'));
        expect(section.split('<text>chart</text>').length - 1).toBe(charts.length);
    });

    it('uses the editor\'s colours when the setting asks for them', async () => {
        fake.configuration['svc.export.theme'] = 'editor';
        fake.themeKind = ColorThemeKind.Dark;
        const panel = await openPreview();
        rendered(panel);
        const running = run('svg', Uri.file('/out/d.svg'));
        await vi.waitFor(() => expect(panel.messagesOfType('exportImages')).toHaveLength(1));
        expect(lastOf(panel, 'exportImages').theme).toBe('dark');
        panel.fromWebview({ type: 'exportFailed', requestId: lastOf(panel, 'exportImages').requestId, message: 'canvas too large' });
        await running;
        expect(fake.errors[0]).toBe('Export failed: canvas too large');
    });
});

describe('one preview that follows the editor, and a lock', () => {
    const otherUri = Uri.file('/work/other.svc');
    const editorOf = (uri: Uri, languageId = 'svc') => ({ document: { uri: uri as never, languageId }, selection: { active: { line: 0, character: 0 } } });
    const requestedUris = () => requests.map(request => (request.params as { uri: string }).uri);

    it('follows the active .svc editor in the same panel, and Open Preview reuses it', async () => {
        const panel = await openPreview();
        const firstScene = lastOf(panel, 'update').scene;
        manager.followEditor(editorOf(otherUri));
        await vi.waitFor(() => expect(requestedUris().at(-1)).toBe('file:///work/other.svc'));
        expect(fake.panels).toHaveLength(1);
        expect(panel.title).toBe('Blueprint: other.svc');
        await vi.waitFor(() => expect(lastOf(panel, 'update').scene).not.toBe(firstScene));
        expect(String(lastOf(panel, 'update').scene)).toContain('file:///work/other.svc');
        // Other files (a CSV, the output panel) leave it alone.
        const asked = requests.length;
        manager.followEditor(editorOf(Uri.file('/work/data/kpi.csv'), 'csv'));
        manager.followEditor(undefined);
        expect(requests).toHaveLength(asked);
        expect(panel.title).toBe('Blueprint: other.svc');
        // Ctrl+K V on the first file again: the same panel, back on it, revealed beside.
        manager.open(specUri as never, ViewColumn.Beside);
        expect(fake.panels).toHaveLength(1);
        expect(panel.title).toBe('Blueprint: spec.svc');
        expect(panel.revealed.at(-1)).toEqual({ column: ViewColumn.Beside, preserveFocus: true });
        expect(manager.renderStates().map(state => state.uri)).toEqual(['file:///work/spec.svc']);
    });

    it('a locked preview stays on its file; Open Preview of another file opens one that follows', async () => {
        const locked = await openPreview();
        expect(manager.toggleLock()).toBe(manager.previewFor(specUri as never));
        expect(locked.title).toBe('[Blueprint] spec.svc');
        const asked = requests.length;
        manager.followEditor(editorOf(otherUri));
        expect(requests).toHaveLength(asked);
        expect(locked.title).toBe('[Blueprint] spec.svc');

        manager.open(otherUri as never, ViewColumn.Beside);
        expect(fake.panels).toHaveLength(2);
        const following = fake.panels[1];
        expect(following.title).toBe('Blueprint: other.svc');
        // Open Preview of the locked file shows the locked preview, it opens no third one.
        manager.open(specUri as never, ViewColumn.Beside);
        expect(fake.panels).toHaveLength(2);
        expect(locked.revealed).toHaveLength(1);
        expect(following.title).toBe('Blueprint: other.svc');
        // Both show the spec once its editor is active; commands about the spec use the locked one.
        manager.followEditor(editorOf(specUri));
        expect(following.title).toBe('Blueprint: spec.svc');
        expect(manager.previewsOf(specUri as never)).toHaveLength(2);
        expect(manager.previewFor(specUri as never)?.panel).toBe(locked);
        expect(manager.renderStates().map(state => [state.title, state.locked])).toEqual([['[Blueprint] spec.svc', true], ['Blueprint: spec.svc', false]]);
    });

    it('toggles the lock of the focused preview; unlocked, it follows the active editor at once', async () => {
        const panel = await openPreview();
        manager.toggleLock();
        fake.activeTextEditor = editorOf(otherUri);
        panel.active = true;
        panel.viewState.fire({ webviewPanel: panel });
        manager.toggleLock();
        expect(panel.title).toBe('Blueprint: other.svc');
        expect(manager.previewFor(otherUri as never)?.locked).toBe(false);
    });

    it('has nothing to lock without a preview', () => {
        expect(manager.toggleLock()).toBeUndefined();
    });
});
