import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Model, Standard } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import type { SvcIndexManager } from './svc-index-manager.js';

const uri = (name: string) => URI.parse(`file:///ws/${name}`);

async function workspace(files: Record<string, string>) {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents);
    const index = shared.workspace.IndexManager as SvcIndexManager;
    // Without a file system, an edit is a deletion, then the new text under the same URI.
    const edit = async (name: string, text: string) => {
        await shared.workspace.DocumentBuilder.update([], [uri(name)]);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
    };
    const remove = (name: string) => shared.workspace.DocumentBuilder.update([], [uri(name)]);
    const standard = (name: string): Standard => {
        const document: LangiumDocument = shared.workspace.LangiumDocuments.getDocument(uri(name))!;
        return (document.parseResult.value as Model).elements[0] as Standard;
    };
    const referrers = (target: Standard) => index.findAllReferences(target, Svc.workspace.AstNodeLocator.getAstNodePath(target))
        .map(reference => reference.sourceUri.path).toArray().sort();
    return { index, edit, remove, standard, referrers };
}

describe('the index of references by target', () => {
    test('finds the references of every file, and forgets those an edit or a deletion removes', async () => {
        const kpi = (name: string) => `kpi ${name} { measures Fast }`;
        const ws = await workspace({ 'std.svc': 'standard Fast { }', 'a.svc': kpi('A'), 'b.svc': kpi('B') });
        expect(ws.referrers(ws.standard('std.svc'))).toEqual(['/ws/a.svc', '/ws/b.svc']);

        await ws.edit('a.svc', 'kpi A { }');
        expect(ws.referrers(ws.standard('std.svc'))).toEqual(['/ws/b.svc']);

        await ws.remove('b.svc');
        expect(ws.referrers(ws.standard('std.svc'))).toEqual([]);
    });
});

describe('the index of documents by exported name', () => {
    test('answers which documents share a name, before and after an edit', async () => {
        const ws = await workspace({ 'a.svc': 'standard Fast { }', 'b.svc': 'standard Fast { }', 'c.svc': 'standard Slow { }' });
        expect([...ws.index.documentsSharingNames(uri('a.svc').toString())]).toEqual([uri('b.svc').toString()]);

        await ws.edit('b.svc', 'standard Slow { }');
        expect([...ws.index.documentsSharingNames(uri('a.svc').toString())]).toEqual([]);
        expect([...ws.index.documentsSharingNames(uri('c.svc').toString())]).toEqual([uri('b.svc').toString()]);

        await ws.remove('c.svc');
        expect([...ws.index.documentsSharingNames(uri('b.svc').toString())]).toEqual([]);
    });
});

describe('the marks of references held by KPIs', () => {
    test('tells a KPI (top-level or in a service) from a step, a process or an improvement naming the same standard', async () => {
        const ws = await workspace({
            'std.svc': 'standard Fast { }',
            'uses.svc': `service S {
                kpi Inner { measures Fast }
                process P { standard Fast step A { standard Fast next end } }
                improvement I { addresses Fast }
            }
            kpi Outer { measures Fast }`
        });
        const target = ws.standard('std.svc');
        const fromKpis = (standard: Standard) => ws.index.findAllReferences(standard, '/elements@0')
            .map(reference => [reference.sourcePath, ws.index.isKpiReference(reference)] as const).toArray().sort();
        expect(fromKpis(target)).toEqual([
            ['/elements@0/members@0', true],
            ['/elements@0/members@1', false],
            ['/elements@0/members@1/contents@0', false],
            ['/elements@0/members@2', false],
            ['/elements@1', true]
        ]);

        await ws.edit('uses.svc', 'service S { process P { standard Fast } }');
        expect(fromKpis(ws.standard('std.svc'))).toEqual([['/elements@0/members@0', false]]);
    });
});

describe('the count of exports by name', () => {
    test('counts every element exporting a name, in one file or several, and follows edits and deletions', async () => {
        const ws = await workspace({ 'a.svc': 'standard Fast { }\nkpi Fast { }', 'b.svc': 'actor Fast frontstage', 'c.svc': 'service S { standard Fast { } }' });
        expect(ws.index.exportCount('Fast')).toBe(3);
        expect(ws.index.exportCount('S.Fast')).toBe(1);

        await ws.edit('a.svc', 'standard Slow { }');
        expect([ws.index.exportCount('Fast'), ws.index.exportCount('Slow')]).toEqual([1, 1]);

        await ws.remove('b.svc');
        expect(ws.index.exportCount('Fast')).toBe(0);
    });
});
