import { describe, expect, test } from 'vitest';
import { servedUrl } from '../../extension/src/web/served-url.js';

const own = '/ext/svc-0.1.0/out/extension/extension-web.cjs';
const server = '/ext/svc-0.1.0/out/language-server/server-web.js';

describe('the URL the browser fetched the extension\'s code from, pointed at the server\'s script', () => {
    test('code-server\'s remote resource URL: the path parameter changes, the token stays', () => {
        const fetched = `http://127.0.0.1:8080/stable-abc/vscode-remote-resource?path=${encodeURIComponent(own)}&tkn=secret`;
        const url = new URL(servedUrl(fetched, own, server)!);
        expect(url.origin + url.pathname).toBe('http://127.0.0.1:8080/stable-abc/vscode-remote-resource');
        expect(url.searchParams.get('path')).toBe(server);
        expect(url.searchParams.get('tkn')).toBe('secret');
    });

    test('any other URL gives none: another file, another extension, no URL at all', () => {
        expect(servedUrl(`http://h/vscode-remote-resource?path=${encodeURIComponent('/ext/other/out/extension/extension-web.cjs')}`, own, server)).toBeUndefined();
        expect(servedUrl(`http://h/static/out/vs/workbench/api/worker/extensionHostWorkerMain.js`, own, server)).toBeUndefined();
        expect(servedUrl('not a URL', own, server)).toBeUndefined();
    });
});
