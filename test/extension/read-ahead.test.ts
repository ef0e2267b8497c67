import { describe, expect, test } from 'vitest';
import { maxSpecBytes, type DirectoryEntry, type ReadFileAnswer } from '#protocol/file-requests.js';
import { ReadAhead, type FileAnswers } from '../../extension/src/web/read-ahead.js';

/*
 * The web extension's read-ahead over an editor's file system made of a table
 * (what answer-file-requests.ts gives from workspace.fs); every request that
 * reaches that file system is recorded.
 */

type Node = { folder: string[] } | { text: string };

class TableFileSystem implements FileAnswers {
    readonly asked: string[] = [];

    constructor(readonly nodes: Record<string, Node>) {}

    async readDirectory(uri: string): Promise<DirectoryEntry[]> {
        this.asked.push(`list ${uri}`);
        const node = this.nodes[uri];
        if (!node || !('folder' in node)) throw new Error(`${uri}: no such folder`);
        return node.folder.map(name => {
            const child = `${uri}/${encodeURIComponent(name)}`;
            return { uri: child, kind: this.nodes[child] && 'folder' in this.nodes[child] ? 'directory' : 'file', symbolicLink: false };
        });
    }

    async readFile(uri: string, limit: number): Promise<ReadFileAnswer> {
        this.asked.push(`read ${uri} ${limit}`);
        const node = this.nodes[uri];
        if (!node) return { error: 'ENOENT', message: `${uri}: no such file` };
        if ('folder' in node) return { kind: 'directory', symbolicLink: false, size: 0, mtime: 1 };
        const size = new TextEncoder().encode(node.text).length;
        return { kind: 'file', symbolicLink: false, size, mtime: 2, ...size <= limit ? { base64: btoa(node.text) } : {} };
    }
}

const workspace = () => new TableFileSystem({
    'file:///ws': { folder: ['a.svc', 'svc.config.json', 'data', 'node_modules', '.git', 'out', 'notes.txt', '门诊'] },
    'file:///ws/a.svc': { text: 'actor A "A" customer\n' },
    'file:///ws/svc.config.json': { text: '{}' },
    'file:///ws/data': { folder: ['k.csv'] },
    'file:///ws/data/k.csv': { text: 'kpi,period,value\n' },
    'file:///ws/node_modules': { folder: ['x.svc'] },
    'file:///ws/.git': { folder: ['y.svc'] },
    'file:///ws/out': { folder: ['z.svc'] },
    'file:///ws/notes.txt': { text: 'notes' },
    [`file:///ws/${encodeURIComponent('门诊')}`]: { folder: ['b.svc'] },
    [`file:///ws/${encodeURIComponent('门诊')}/b.svc`]: { text: 'actor B "B" customer\n' }
});

/** Lets the read-ahead's requests and their answers run. */
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('reading ahead what the web server will ask for when the folder opens', () => {
    test('walks the folders the server walks and reads the specs and config files there, nothing else', async () => {
        const fileSystem = workspace();
        new ReadAhead(fileSystem).start(['file:///ws']);
        await settle();
        const clinic = `file:///ws/${encodeURIComponent('门诊')}`;
        expect(fileSystem.asked.sort()).toEqual([
            'list file:///ws', 'list file:///ws/data', `list ${clinic}`,
            `read ${clinic}/b.svc ${maxSpecBytes}`, `read file:///ws/a.svc ${maxSpecBytes}`, `read file:///ws/svc.config.json ${maxSpecBytes}`
        ].sort());
    });

    test('answers the server\'s first request for each from what was read, once; later ones ask the editor', async () => {
        const fileSystem = workspace();
        const readAhead = new ReadAhead(fileSystem);
        readAhead.start(['file:///ws']);
        await settle();
        const askedAhead = fileSystem.asked.length;
        expect((await readAhead.readDirectory('file:///ws')).map(entry => entry.uri)).toContain('file:///ws/a.svc');
        expect(await readAhead.readFile('file:///ws/a.svc', maxSpecBytes)).toMatchObject({ kind: 'file', base64: btoa('actor A "A" customer\n') });
        expect(fileSystem.asked.length).toBe(askedAhead);
        await readAhead.readFile('file:///ws/a.svc', maxSpecBytes);
        await readAhead.readFile('file:///ws/data/k.csv', 1000);
        expect(fileSystem.asked.slice(askedAhead)).toEqual([`read file:///ws/a.svc ${maxSpecBytes}`, 'read file:///ws/data/k.csv 1000']);
    });

    test('gives a file read ahead as the server\'s limit would: without its content when larger than that', async () => {
        const fileSystem = workspace();
        const readAhead = new ReadAhead(fileSystem);
        readAhead.start(['file:///ws']);
        await settle();
        expect(await readAhead.readFile('file:///ws/svc.config.json', 1)).toEqual({ kind: 'file', symbolicLink: false, size: 2, mtime: 2 });
    });

    test('a change drops what was read of the file, of what a folder held, and the listing of its folder', async () => {
        const fileSystem = workspace();
        const readAhead = new ReadAhead(fileSystem);
        readAhead.start(['file:///ws']);
        await settle();
        fileSystem.nodes['file:///ws/a.svc'] = { text: 'actor A2 "A2" customer\n' };
        readAhead.changed('file:///ws/a.svc');
        const clinic = `file:///ws/${encodeURIComponent('门诊')}`;
        readAhead.changed(clinic);
        const askedAhead = fileSystem.asked.length;
        expect(await readAhead.readFile('file:///ws/a.svc', maxSpecBytes)).toMatchObject({ base64: btoa('actor A2 "A2" customer\n') });
        await readAhead.readDirectory('file:///ws');
        await readAhead.readFile(`${clinic}/b.svc`, maxSpecBytes);
        await readAhead.readFile('file:///ws/svc.config.json', maxSpecBytes);
        expect(fileSystem.asked.slice(askedAhead)).toEqual([`read file:///ws/a.svc ${maxSpecBytes}`, 'list file:///ws', `read ${clinic}/b.svc ${maxSpecBytes}`]);
    });

    test('a name that is no valid escape stops nothing: the walk goes on beside it', async () => {
        const fileSystem = new TableFileSystem({
            'file:///ws': { folder: [] },
            'file:///ws/%E0%A4%A.svc': { text: 'x' },
            'file:///ws/b.svc': { text: 'actor B "B" customer\n' }
        });
        fileSystem.readDirectory = async uri => {
            fileSystem.asked.push(`list ${uri}`);
            return ['file:///ws/%E0%A4%A.svc', 'file:///ws/b.svc'].map(entry => ({ uri: entry, kind: 'file' as const, symbolicLink: false }));
        };
        new ReadAhead(fileSystem).start(['file:///ws']);
        await settle();
        expect(fileSystem.asked).toContain(`read file:///ws/b.svc ${maxSpecBytes}`);
    });

    test('a failure read ahead is the server\'s answer when it asks, and nobody\'s before', async () => {
        const fileSystem = workspace();
        const readAhead = new ReadAhead(fileSystem);
        readAhead.start(['file:///gone']);
        await settle();
        await expect(readAhead.readDirectory('file:///gone')).rejects.toThrow('no such folder');
    });

    test('after clear, everything is asked of the editor', async () => {
        const fileSystem = workspace();
        const readAhead = new ReadAhead(fileSystem);
        readAhead.start(['file:///ws']);
        await settle();
        readAhead.clear();
        const askedAhead = fileSystem.asked.length;
        await readAhead.readFile('file:///ws/a.svc', maxSpecBytes);
        expect(fileSystem.asked.slice(askedAhead)).toEqual([`read file:///ws/a.svc ${maxSpecBytes}`]);
    });
});
