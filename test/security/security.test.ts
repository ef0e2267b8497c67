import { posix } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BlueprintDocument } from '#protocol/blueprint-schema.js';
import { registerExportCommands } from '../../extension/src/export/export-commands.js';
import { defaultExportFileName, fileNamePart, numberedFileNames, withExportExtension } from '../../extension/src/export/export-naming.js';
import { previewHtml } from '../../extension/src/preview/preview-html.js';
import { PreviewManager } from '../../extension/src/preview/preview-manager.js';
import { exportFormats, previewViews } from '#protocol/preview-messages.js';
import { parseWebviewMessage } from '../../extension/src/preview/webview-messages.js';
import { blueprintOf, twoServices } from '../extension/blueprint-fixture.js';
import { fake, Uri, ViewColumn, type FakePanel } from '../extension/fake-vscode.js';
import { activeContent, elementsOf } from './html-safety.js';

vi.mock('vscode', async () => (await import('../extension/fake-vscode.js')).vscode);

/*
 * Issue 7, item 3 — the preview and export security checklist, in one place:
 *   1. the webview's Content-Security-Policy: scripts by nonce only, nothing remote;
 *   2. localResourceRoots: the extension's own bundle and media folders only;
 *   3. every message from the webview validated; anything unexpected ignored;
 *   4. export file names confined to the chosen folder.
 * Overwriting (5) and report escaping (6) are in cli-overwrite.test.ts and report-escaping.test.ts here.
 */

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const page = () => previewHtml({
    cspSource,
    scriptUri: `${cspSource}/ext/out/extension/preview.js`,
    styleUri: `${cspSource}/ext/extension/media/preview.css`,
    locale: 'en'
});

/** The policy as a browser reads it: from the parsed `<meta http-equiv>`, directive names lower-cased, each once. */
function cspOf(html: string): Map<string, string[]> {
    const metas = elementsOf(html).filter(element => element.tagName === 'meta' && element.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(metas).toHaveLength(1);
    const directives = new Map<string, string[]>();
    for (const part of metas[0].attrs.get('content')!.split(';').map(text => text.trim()).filter(Boolean)) {
        const [name, ...values] = part.split(/\s+/);
        expect(directives.has(name.toLowerCase()), `duplicate ${name}`).toBe(false);
        directives.set(name.toLowerCase(), values);
    }
    return directives;
}

describe('1. the preview Content-Security-Policy', () => {
    it('denies everything by default and names every directive it relaxes', () => {
        const csp = cspOf(page());
        expect(csp.get('default-src')).toEqual(["'none'"]);
        expect([...csp.keys()].sort()).toEqual(['base-uri', 'default-src', 'font-src', 'form-action', 'img-src', 'script-src', 'style-src']);
        expect(csp.get('base-uri')).toEqual(["'none'"]);
        expect(csp.get('form-action')).toEqual(["'none'"]);
    });

    it('runs scripts by nonce only: no unsafe-inline, no eval, no host, no wildcard, no data:', () => {
        const csp = cspOf(page());
        const scriptSources = csp.get('script-src')!;
        expect(scriptSources).toHaveLength(1);
        // 128 random bits, base64.
        expect(scriptSources[0]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
        expect(csp.has('script-src-elem') || csp.has('script-src-attr') || csp.has('worker-src')).toBe(false);
    });

    it('allows nothing remote anywhere: only the webview resource origin, nonces, and data: for images', () => {
        const csp = cspOf(page());
        for (const [directive, sources] of csp) {
            for (const source of sources) {
                const allowed = source === "'none'" || source === cspSource || /^'nonce-[^']+'$/.test(source) || (directive === 'img-src' && source === 'data:');
                expect(allowed, `${directive} ${source}`).toBe(true);
            }
        }
        expect([...csp.values()].flat().join(' ')).not.toMatch(/unsafe-|\*|https?:\/\/(?!file\+\.vscode-resource)|blob:|filesystem:/);
    });

    it('puts the nonce on every script element, and no script is inline', () => {
        const html = page();
        const nonce = cspOf(html).get('script-src')![0].slice("'nonce-".length, -1);
        const scripts = elementsOf(html).filter(element => element.tagName === 'script');
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) {
            expect(script.attrs.get('nonce')).toBe(nonce);
            expect(script.attrs.get('src')).toBe(`${cspSource}/ext/out/extension/preview.js`);
        }
        expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
        expect(activeContent(html, new Set(['script', 'link']))).toEqual([]);
    });

    it('draws a fresh nonce for every page', () => {
        const nonceOf = (html: string) => cspOf(html).get('script-src')![0];
        expect(nonceOf(page())).not.toBe(nonceOf(page()));
    });
});

/** The language client: answers svc/blueprint with the model. */
let model: BlueprintDocument;
const client = {
    code2ProtocolConverter: { asUri: (uri: Uri) => uri.toString() },
    sendRequest: async () => model
} as unknown as BaseLanguageClient;
const extensionUri = Uri.file('/ext');
const specUri = Uri.file('/work/spec.svc');
let manager: PreviewManager;

async function openPreview(): Promise<FakePanel> {
    manager.open(specUri as never, ViewColumn.Beside);
    const panel = fake.panels[fake.panels.length - 1];
    await new Promise(resolve => setTimeout(resolve, 0));
    panel.fromWebview({ type: 'ready' });
    await vi.waitFor(() => expect(panel.messagesOfType('update').length).toBeGreaterThan(0));
    return panel;
}

beforeAll(async () => {
    model = { ...await blueprintOf(twoServices), uri: 'file:///work/spec.svc' };
});
beforeEach(() => {
    fake.reset();
    manager = new PreviewManager(extensionUri as never, client);
});
afterEach(() => manager.dispose());

describe('2. localResourceRoots', () => {
    it('are exactly the extension\'s bundle and media folders, and the page loads nothing else', async () => {
        const panel = await openPreview();
        const roots = (panel.options.localResourceRoots as Uri[]).map(uri => uri.path);
        expect(roots).toEqual(['/ext/out/extension', '/ext/extension/media']);
        const loaded = elementsOf(panel.webview.html).flatMap(element => ['src', 'href'].map(name => element.attrs.get(name)).filter(url => url !== undefined));
        expect(loaded.length).toBe(2);
        for (const url of loaded) expect(roots.some(root => url!.startsWith(`https://fake.vscode-resource${root}/`)), url).toBe(true);
    });
});

const tooLong = 'x'.repeat(1_000_001);
/** Where a drawing sits on screen, as the webview reports it with every `rendered`. */
const drawnView = { scale: 0.5, part: 0, parts: 2, drawing: { left: 12, top: 12, right: 300, bottom: 200 }, viewport: { width: 400, height: 600 } };
/** Messages a compromised webview could post; none may do anything. */
const hostileMessages: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a type that is not a string', { type: 5 }],
    ['a type of another case', { type: 'READY' }],
    ['an extra key', { type: 'ready', command: 'x' }],
    ['a path key', { type: 'export', format: 'svg', path: '/etc/passwd' }],
    ['__proto__', JSON.parse('{"type":"ready","__proto__":{"polluted":true}}')],
    ['nested __proto__', JSON.parse('{"type":"exportImages","requestId":1,"format":"svg","images":[{"title":"t","data":"<svg/>","__proto__":{"polluted":true}}]}')],
    ['constructor.prototype', JSON.parse('{"type":"selectService","service":"S","constructor":{"prototype":{"polluted":true}}}')],
    ['a step id that is an object', { type: 'reveal', stepId: { toString: 'Register' } }],
    ['counts as strings', { type: 'rendered', renderKey: 'k', diagrams: '2', pending: 0, nodes: 0, failed: 0, view: drawnView }],
    ['NaN and Infinity', { type: 'rendered', renderKey: 'k', diagrams: NaN, pending: 0, nodes: Infinity, failed: 0, view: drawnView }],
    ['a huge step id', { type: 'reveal', stepId: tooLong }],
    ['a huge render key', { type: 'rendered', renderKey: tooLong, diagrams: 1, pending: 0, nodes: 1, failed: 0, view: drawnView }],
    ['a huge failure message', { type: 'exportFailed', requestId: 1, message: tooLong }],
    ['too many images', { type: 'exportImages', requestId: 1, format: 'svg', images: Array.from({ length: 501 }, () => ({ title: 't', data: '' })) }],
    ['a view with ..', { type: 'selectView', view: '../blueprint' }],
    ['an export format that is a path', { type: 'export', format: '../../etc/passwd' }],
    ['an image format that is a path', { type: 'exportImages', requestId: 1, format: '../x.svg', images: [] }],
    ['a negative request id', { type: 'exportFailed', requestId: -1, message: 'x' }]
];

describe('3. messages from the webview', () => {
    it.each(hostileMessages)('rejects %s without throwing', (_, message) => {
        expect(() => parseWebviewMessage(message)).not.toThrow();
        expect(parseWebviewMessage(message)).toBeUndefined();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('the panel ignores all of them, and valid-looking ones that name paths do nothing either', async () => {
        const panel = await openPreview();
        const posted = panel.posted.length;
        for (const [, message] of hostileMessages) expect(() => panel.fromWebview(message)).not.toThrow();
        // Well-formed, but pointing nowhere: an unknown step, an answer nobody asked for.
        panel.fromWebview({ type: 'reveal', stepId: '../../etc/passwd' });
        panel.fromWebview({ type: 'exportImages', requestId: 7, format: 'svg', images: [{ title: '../../x', data: '<svg/>' }] });
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(panel.posted.length).toBe(posted);
        expect(fake.shown).toEqual([]);
        expect(fake.executed).toEqual([]);
        expect(fake.files.size).toBe(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('names no path anywhere: exports are chosen by the host\'s dialog, never by the webview', () => {
        for (const format of exportFormats) expect(parseWebviewMessage({ type: 'export', format, path: '/tmp/x' })).toBeUndefined();
        expect(previewViews.every(view => !view.includes('/'))).toBe(true);
    });
});

const hostileNames = [
    '../../etc/passwd', '..', '.', '...', '/etc/passwd', 'C:\\Windows\\System32\\x', '\\\\server\\share', 'a\u0000b', 'tab\tnew\nline',
    'CON', 'con', 'NUL', 'Aux', 'PRN', 'COM1', 'lpt9', 'name.', ' spaced ', '', 'x'.repeat(300), '服务/退款', '退货退款', '受理:申请*?'
];
const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

describe('4. export file names', () => {
    const folder = '/chosen/folder';

    it.each(hostileNames)('a name derived from %j stays one file in the chosen folder', name => {
        const part = fileNamePart(name);
        expect(part).not.toMatch(/[/\\\u0000-\u001f<>:"|?*]/);
        expect(part).not.toMatch(/^\.|\.$/);
        expect(part).not.toMatch(windowsReserved);
        expect(Array.from(part).length).toBeLessThanOrEqual(64);
        for (const format of exportFormats) {
            const file = defaultExportFileName(`${name}.svc`, name, 'blueprint', format);
            expect(posix.dirname(posix.resolve(folder, file))).toBe(folder);
            expect(file).not.toMatch(windowsReserved);
            for (const numbered of numberedFileNames(withExportExtension(file, format), 3)) expect(posix.dirname(posix.resolve(folder, numbered))).toBe(folder);
        }
    });

    it('keeps Chinese names readable', () => {
        expect(fileNamePart('退货退款')).toBe('退货退款');
        expect(defaultExportFileName('退货.svc', '退货/退款', 'flow', 'png')).toBe('退货.退货_退款.flow.png');
    });

    it('writes every file of a split export beside the file chosen, and nowhere else', async () => {
        for (const disposable of registerExportCommands(manager, undefined)) void disposable;
        const panel = await openPreview();
        panel.fromWebview({ type: 'rendered', renderKey: panel.messagesOfType('update').at(-1)!.renderKey, diagrams: 2, pending: 0, nodes: 3, failed: 0, view: drawnView });
        const written = await fake.commands.get('svc.export.mermaid')!(specUri, Uri.file('/out/chosen')) as Uri[];
        expect(written.length).toBeGreaterThan(1);
        expect([...fake.files.keys()].every(path => posix.dirname(path) === '/out')).toBe(true);
    });
});
