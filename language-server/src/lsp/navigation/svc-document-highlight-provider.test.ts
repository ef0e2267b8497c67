import { EmptyFileSystem } from 'langium';
import { expectHighlight } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { openWorkspace, uriOf } from '../../../../test/helpers/editor-workspace.js';

const services = () => createNodeSvcServices(EmptyFileSystem).Svc;

describe('document highlights', () => {
    test('every occurrence of a Chinese-named actor, from a reference', async () => {
        await expectHighlight(services())({
            text: 'service 开户 {\n  owner <|网点负责人|>\n  actor <|网点负责人|> "t" backstage\n  process P { step A by <|网点<|>负责人|> { next end } }\n}',
            index: 0
        });
    });

    test('only the member part of Service.Member, for the member', async () => {
        await expectHighlight(services())({
            text: 'service Bank {\n  standard <|Fa<|>st|> { }\n  kpi K { measures Bank.<|Fast|> }\n}\nkpi Other { measures Bank . /* x */ <|Fast|> }',
            index: 0
        });
    });

    test('the service, from the Service part of Service.Member: its name and every qualifier', async () => {
        await expectHighlight(services())({
            text: 'service <|Bank|> {\n  standard Fast { }\n  actor T "t" frontstage\n}\nkpi Other { measures <|Ba<|>nk|>.Fast owner <|Bank|>.T }',
            index: 0
        });
    });

    test('not an element of the same name in another service', async () => {
        await expectHighlight(services())({
            text: 'service A {\n  actor <|Clerk|> "a" frontstage\n  process P { step X by <|Cl<|>erk|> { next end } }\n}\nservice B {\n  actor Clerk "b" frontstage\n  process P { step X by Clerk { next end } }\n}',
            index: 0
        });
    });

    test('the declaration is the write, references are reads; a declaration in another file is not shown', async () => {
        const workspace = await openWorkspace({
            'library.svc': 'standard Fast { }',
            'spec.svc': 'service S {\n  standard Own { }\n  process P { step A { standard Own, Fast next end } step B { standard Fast next end } }\n}'
        });
        const highlights = async (fragment: string) => (await workspace.svc.lsp.DocumentHighlightProvider!.getDocumentHighlight(workspace.documents['spec.svc'],
            { textDocument: { uri: uriOf('spec.svc') }, position: workspace.position('spec.svc', fragment) }))!
            .map(highlight => ({ start: highlight.range.start, kind: highlight.kind }));
        const at = (fragment: string, occurrence: number, kind: DocumentHighlightKind) => ({ start: workspace.position('spec.svc', fragment, { occurrence }), kind });
        expect(await highlights('Own')).toEqual([at('Own', 0, DocumentHighlightKind.Write), at('Own', 1, DocumentHighlightKind.Read)]);
        expect(await highlights('Fast')).toEqual([at('Fast', 0, DocumentHighlightKind.Read), at('Fast', 1, DocumentHighlightKind.Read)]);
    });
});
