import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '#protocol/base64.js';
import { readDirectoryRequest, readFileRequest, type FileRequestParams } from '#protocol/file-requests.js';
import { dataFileProblems, maxDataFileBytes } from '../measured/data-file-problems.js';
import { readDataFile, resolveDataFile } from '../measured/data-file-access.js';
import { EditorWorkspaceFiles } from './editor-workspace-files.js';

/*
 * The web build's files, over an editor that answers `svc/fs/*` from a table
 * of paths (what the extension answers from workspace.fs). The server itself,
 * in a browser worker against the command line: test/lsp/web-worker-server.browser.test.ts.
 */

type Entry = { kind: 'file'; text: string; symbolicLink?: boolean; size?: number } | { kind: 'directory'; names: string[] } | { error: string };

function editor(entries: Record<string, Entry>) {
    const asked: Array<[string, string]> = [];
    const ask = async (method: string, { uri, limit = 0 }: FileRequestParams) => {
        const path = URI.parse(uri).path;
        asked.push([method, path]);
        const entry = entries[path];
        if (method === readDirectoryRequest) {
            if (!entry || !('names' in entry)) throw new Error(`${path}: no folder`);
            return entry.names.map(name => ({ uri: `file://${path}/${name}`, kind: 'names' in (entries[`${path}/${name}`] ?? {}) ? 'directory' : 'file', symbolicLink: false }));
        }
        if (method !== readFileRequest) throw new Error(method);
        if (!entry) return { error: 'ENOENT', message: `${path}: no such file` };
        if ('error' in entry) return { error: entry.error, message: `${path}: ${entry.error}` };
        if (entry.kind === 'directory') return { kind: 'directory', symbolicLink: false, size: 0, mtime: 1 };
        const bytes = new TextEncoder().encode(entry.text);
        const size = entry.size ?? bytes.length;
        return { kind: 'file', symbolicLink: entry.symbolicLink ?? false, size, mtime: 2, ...size <= limit ? { base64: toBase64(bytes) } : {} };
    };
    const files = new EditorWorkspaceFiles(ask);
    files.setHome(URI.parse('file:///ws'));
    return { files, asked };
}

describe('the editor\'s files in the web worker', () => {
    it('names files of the first workspace folder\'s file system only', () => {
        const { files } = editor({});
        expect(files.pathOf(URI.parse('file:///ws/a.svc'))).toBe('/ws/a.svc');
        expect(files.pathOf(URI.parse('untitled:Untitled-1'))).toBeUndefined();
        expect(files.pathOf(URI.parse('vscode-vfs://github/x/y.svc'))).toBeUndefined();
        expect(files.uriOf('/ws/data/k.csv').toString()).toBe('file:///ws/data/k.csv');
    });

    it('reads a loaded data file as the disk would give it, and asks only once', async () => {
        const { files, asked } = editor({ '/ws/data/k.csv': { kind: 'file', text: 'kpi,period,value\n' } });
        await files.load(['/ws/data/k.csv']);
        await files.load(['/ws/data/k.csv']);
        expect(asked).toEqual([[readFileRequest, '/ws/data/k.csv']]);
        expect(resolveDataFile(files, '/ws/s.svc', 'data/k.csv', '/ws')).toEqual({ ok: true, value: '/ws/data/k.csv' });
        const read = readDataFile(files, '/ws/data/k.csv');
        expect(read.ok && new TextDecoder().decode(read.value)).toBe('kpi,period,value\n');
    });

    it('refuses what the disk would refuse: missing, folder, too large, unreadable; and symbolic links', async () => {
        const { files } = editor({
            '/ws/data': { kind: 'directory', names: [] },
            '/ws/big.csv': { kind: 'file', text: 'x', size: maxDataFileBytes + 1 },
            '/ws/locked.csv': { error: 'EACCES' },
            '/ws/link.csv': { kind: 'file', text: 'x', symbolicLink: true }
        });
        await files.load(['/ws/gone.csv', '/ws/data', '/ws/big.csv', '/ws/locked.csv', '/ws/link.csv']);
        const resolve = (path: string) => resolveDataFile(files, '/ws/s.svc', path, '/ws');
        expect(resolve('gone.csv')).toEqual(dataFileProblems.missing('gone.csv'));
        expect(resolve('data')).toEqual(dataFileProblems.folder('data'));
        expect(resolve('big.csv')).toEqual(dataFileProblems.tooLarge('big.csv', maxDataFileBytes + 1));
        expect(resolve('locked.csv')).toEqual(dataFileProblems.unreadable('locked.csv'));
        expect(resolve('link.csv')).toEqual(dataFileProblems.linkNotFollowed('link.csv'));
        expect(readDataFile(files, '/ws/big.csv')).toEqual(dataFileProblems.tooLarge('/ws/big.csv'));
    });

    it('counts a path never loaded as missing, and loads it with the next load', async () => {
        const { files } = editor({ '/ws/late.csv': { kind: 'file', text: 'a' } });
        expect(files.exists('/ws/late.csv')).toBe(false);
        expect(await files.load([])).toEqual(['/ws/late.csv']);
        expect(files.exists('/ws/late.csv')).toBe(true);
    });

    it('reads a file again once forgotten, and everything under a forgotten folder', async () => {
        const entries: Record<string, Entry> = { '/ws/d/a.csv': { kind: 'file', text: 'a' }, '/ws/d2.csv': { kind: 'file', text: 'b' } };
        const { files } = editor(entries);
        await files.load(['/ws/d/a.csv', '/ws/d2.csv']);
        const stamp = files.stat('/ws/d/a.csv').stamp;
        entries['/ws/d/a.csv'] = { kind: 'file', text: 'a longer text' };
        files.forget('/ws/d');
        expect(files.exists('/ws/d2.csv')).toBe(true);
        expect(await files.load(['/ws/d/a.csv'])).toEqual(['/ws/d/a.csv']);
        expect(files.stat('/ws/d/a.csv').stamp).not.toBe(stamp);
    });

    it('knows from a folder\'s listing whether it holds a config file, and reads the one it holds', async () => {
        const { files, asked } = editor({
            '/ws': { kind: 'directory', names: ['svc.config.json', 'sub'] },
            '/ws/svc.config.json': { kind: 'file', text: '{}' },
            '/ws/sub': { kind: 'directory', names: ['a.svc'] }
        });
        await files.specs.readDirectory(URI.parse('file:///ws'));
        await files.specs.readDirectory(URI.parse('file:///ws/sub'));
        expect(files.exists('/ws/svc.config.json')).toBe(true);
        expect(files.exists('/ws/sub/svc.config.json')).toBe(false);
        expect(asked.filter(([method]) => method === readFileRequest)).toEqual([[readFileRequest, '/ws/svc.config.json']]);
    });

    it('gives Langium the specs through the editor, and refuses synchronous reads', async () => {
        const { files } = editor({ '/ws/a.svc': { kind: 'file', text: 'service A "甲" {}' } });
        expect(await files.specs.readFile(URI.parse('file:///ws/a.svc'))).toBe('service A "甲" {}');
        expect(await files.specs.exists(URI.parse('file:///ws/b.svc'))).toBe(false);
        expect(() => files.specs.readFileSync(URI.parse('file:///ws/a.svc'))).toThrow(/no synchronous reads/);
    });

    it('takes an editor\'s failed answer for an unreadable file, and a malformed one too', async () => {
        const files = new EditorWorkspaceFiles(async () => ({ kind: 'file', size: 'large' }));
        files.setHome(URI.parse('file:///ws'));
        await files.load(['/ws/odd.csv']);
        const read = readDataFile(files, '/ws/odd.csv');
        expect(read.ok).toBe(false);
    });
});
