import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createNodeSvcServices } from '../svc-node-services.js';

/** The folder `file:///ws`, listed with `listed`, whose files hold `files` (a listed file not among them is gone by the time it is read). */
class ListedFolder implements FileSystemProvider {
    readonly folder = URI.parse('file:///ws');

    constructor(readonly files: Map<string, string>, readonly listed: string[]) {}

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`ENOENT: no such file, open '${uri.fsPath}'`);
        return text;
    }
    readDirectorySync(uri: URI): FileSystemNode[] {
        return uri.toString() === this.folder.toString()
            ? this.listed.map(listed => ({ uri: URI.parse(listed), isFile: true, isDirectory: false }))
            : [];
    }
    statSync(uri: URI): FileSystemNode {
        return { uri, isFile: uri.toString() !== this.folder.toString(), isDirectory: uri.toString() === this.folder.toString() };
    }
    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString());
    }
    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }
    readFile = async (uri: URI) => this.readFileSync(uri);
    readDirectory = async (uri: URI) => this.readDirectorySync(uri);
    stat = async (uri: URI) => this.statSync(uri);
    exists = async (uri: URI) => this.existsSync(uri);
    readBinary = async (uri: URI) => this.readBinarySync(uri);
}

const guest = 'actor Guest "Guest" customer\n';

describe('opening a folder', () => {
    test('a spec that cannot be read any more is left out with a log line; the others load and are checked', async () => {
        const fileSystem = new ListedFolder(new Map([['file:///ws/kept.svc', guest]]), ['file:///ws/kept.svc', 'file:///ws/gone.svc']);
        const { shared } = createNodeSvcServices({ fileSystemProvider: () => fileSystem });
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: fileSystem.folder.toString(), name: 'ws' }]);
            expect(shared.workspace.LangiumDocuments.all.map(document => document.uri.path).toArray()).toEqual(['/ws/kept.svc']);
            expect(shared.workspace.LangiumDocuments.getDocument(URI.parse('file:///ws/kept.svc'))?.diagnostics).toBeDefined();
            expect(logged.mock.calls.map(call => String(call[0]))).toEqual(['svc: /ws/gone.svc could not be read and is left out:']);
        } finally {
            logged.mockRestore();
        }
    });

    test('every spec is read at once; they are still parsed and published one after the other, in the listing order', async () => {
        const fileSystem = new ListedFolder(new Map([['file:///ws/kept.svc', guest], ['file:///ws/second.svc', 'actor Host "Host" frontstage\n']]), ['file:///ws/kept.svc', 'file:///ws/second.svc']);
        const events: string[] = [];
        fileSystem.readFile = async (uri: URI) => {
            events.push(`read ${uri.path}`);
            // An editor's answer comes later: a loader that waits for it before asking for the next shows here.
            await new Promise(resolve => setTimeout(resolve, 5));
            return fileSystem.readFileSync(uri);
        };
        const { shared } = createNodeSvcServices({ fileSystemProvider: () => fileSystem });
        const addDocument = shared.workspace.LangiumDocuments.addDocument.bind(shared.workspace.LangiumDocuments);
        shared.workspace.LangiumDocuments.addDocument = document => {
            events.push(`parsed ${document.uri.path}`);
            addDocument(document);
        };
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: fileSystem.folder.toString(), name: 'ws' }]);
        expect(events).toEqual(['read /ws/kept.svc', 'read /ws/second.svc', 'parsed /ws/kept.svc', 'parsed /ws/second.svc']);
    });

    test('the walk goes into every folder but hidden ones, node_modules and out, and loads the specs only', async () => {
        const specs = ['file:///ws/a.svc', 'file:///ws/sub/b.svc', 'file:///ws/node_modules/c.svc', 'file:///ws/.git/d.svc', 'file:///ws/out/e.svc'];
        const fileSystem = new ListedFolder(new Map(specs.map(spec => [spec, guest])), []);
        const folders = ['file:///ws', 'file:///ws/sub', 'file:///ws/node_modules', 'file:///ws/.git', 'file:///ws/out'];
        fileSystem.readDirectory = async (folder: URI) => [...specs, 'file:///ws/notes.txt', ...folders]
            .filter(uri => uri.startsWith(`${folder.toString()}/`) && !uri.slice(folder.toString().length + 1).includes('/'))
            .map(uri => ({ uri: URI.parse(uri), isFile: !folders.includes(uri), isDirectory: folders.includes(uri) }));
        const { shared } = createNodeSvcServices({ fileSystemProvider: () => fileSystem });
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: fileSystem.folder.toString(), name: 'ws' }]);
        expect(shared.workspace.LangiumDocuments.all.map(document => document.uri.path).toArray().sort()).toEqual(['/ws/a.svc', '/ws/sub/b.svc']);
    });
});
