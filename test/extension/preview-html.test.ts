import { describe, expect, it } from 'vitest';
import { createNonce, previewHtml, previewResourceFolders } from '../../extension/src/preview/preview-html.js';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const input = {
    cspSource,
    scriptUri: `${cspSource}/ext/out/extension/preview.js`,
    styleUri: `${cspSource}/ext/extension/media/preview.css`,
    locale: 'en' as const
};

function cspOf(html: string): string {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
    expect(csp).toBeDefined();
    return csp!.replace(/&#39;/g, "'");
}

function directives(csp: string): Map<string, string[]> {
    return new Map(csp.split(';').map(part => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('preview HTML', () => {
    it('allows scripts and style elements by nonce only, nothing remote, no eval', () => {
        const html = previewHtml(input);
        const csp = directives(cspOf(html));
        const nonce = csp.get('script-src')?.[0]?.match(/^'nonce-(.+)'$/)?.[1];
        expect(nonce).toBeDefined();
        expect(csp.get('default-src')).toEqual(["'none'"]);
        expect(csp.get('script-src')).toEqual([`'nonce-${nonce}'`]);
        expect(csp.get('style-src')).toEqual([cspSource, `'nonce-${nonce}'`]);
        expect(csp.get('img-src')).toEqual([cspSource, 'data:']);
        expect(csp.get('font-src')).toEqual([cspSource]);
        expect(csp.has('connect-src')).toBe(false);
        const all = [...csp.values()].flat().join(' ');
        expect(all).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:\/\/(?!file\+\.vscode-resource)/);
    });

    it('puts the nonce on every script, and every script and stylesheet comes from the extension', () => {
        const html = previewHtml(input);
        const nonce = cspOf(html).match(/'nonce-([^']+)'/)?.[1];
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(match => match[0]);
        expect(scripts).toHaveLength(1);
        for (const script of scripts) {
            expect(script).toContain(`nonce="${nonce}"`);
            expect(script).toContain(`src="${input.scriptUri}"`);
        }
        // No inline script bodies and no inline event handlers.
        expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
        expect(html).not.toMatch(/\son[a-z]+=/i);
        expect(html).not.toMatch(/\sstyle=/i);
        const links = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map(match => match[1]);
        expect(links).toEqual([input.styleUri, input.scriptUri]);
    });

    it('uses a fresh 128-bit nonce for every page', () => {
        const nonces = new Set(Array.from({ length: 50 }, () => cspOf(previewHtml(input)).match(/'nonce-([^']+)'/)![1]));
        expect(nonces.size).toBe(50);
        expect(Buffer.from(createNonce(), 'base64')).toHaveLength(16);
    });

    it('escapes what it is given', () => {
        const html = previewHtml({ ...input, scriptUri: 'x" onload="alert(1)', cspSource: 'a"b' });
        expect(html).not.toContain('x" onload');
        expect(html).toContain('x&quot; onload=&quot;alert(1)');
        expect(html).toContain('a&quot;b');
        expect(html).not.toContain('a"b');
    });

    it('writes its toolbar in the display language', () => {
        expect(previewHtml({ ...input, locale: 'zh-CN' })).toMatch(/<html lang="zh-CN">[\s\S]*服务蓝图[\s\S]*导出…/);
        expect(previewHtml(input)).toMatch(/<html lang="en">[\s\S]*Service blueprint[\s\S]*Export…/);
    });

    it('lets the webview load only the bundle folder and the media folder', () => {
        expect([...previewResourceFolders]).toEqual(['out/extension', 'extension/media']);
        const html = previewHtml(input);
        for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) {
            expect(previewResourceFolders.some(folder => url.startsWith(`${cspSource}/ext/${folder}/`))).toBe(true);
        }
    });
});
