import { EmptyFileSystem } from 'langium';
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Location, LocationLink } from 'vscode-languageserver';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { openWorkspace, uriOf } from '../../../../test/helpers/editor-workspace.js';

const services = () => createNodeSvcServices(EmptyFileSystem).Svc;

describe('go to definition', () => {
    test('from a performer to the actor, Chinese names', async () => {
        await expectGoToDefinition(services())({
            text: 'service 开户 {\n  actor <|柜员|> "柜员" frontstage\n  process P { step 核验 by 柜<|>员 { next end } }\n}',
            index: 0, rangeIndex: 0
        });
    });

    test('from next to a step declared later, in another stage', async () => {
        await expectGoToDefinition(services())({
            text: 'service S { process P { stage A { step X { next <|>Y } } stage B { step <|Y|> { next end } } } }',
            index: 0, rangeIndex: 0
        });
    });

    test('from a step named by a keyword', async () => {
        await expectGoToDefinition(services())({
            text: 'service S { process P { step X { next <|>wait } step <|wait|> { next end } } }',
            index: 0, rangeIndex: 0
        });
    });

    test('across files, to a top-level standard and into a service through Service.Member', async () => {
        const library = 'standard Fast { }\nservice Bank {\n  actor Teller "t" frontstage\n}';
        const spec = 'service Audit { process P { step Check by Bank.Teller { standard Fast next end } } }';
        const workspace = await openWorkspace({ 'library.svc': library, 'audit.svc': spec });
        const definition = (fragment: string, at: number) => workspace.svc.lsp.DefinitionProvider!.getDefinition(
            workspace.documents['audit.svc'], { textDocument: { uri: uriOf('audit.svc') }, position: workspace.position('audit.svc', fragment, { at }) }) as LocationLink[];
        const target = (link: LocationLink) => ({ uri: link.targetUri, start: link.targetSelectionRange.start });

        expect((await definition('Fast', 1)).map(target)).toEqual([{ uri: uriOf('library.svc'), start: workspace.position('library.svc', 'Fast') }]);
        expect((await definition('Bank.Teller', 7)).map(target)).toEqual([{ uri: uriOf('library.svc'), start: workspace.position('library.svc', 'Teller') }]);
    });

    test('from the service part of Service.Member to the service', async () => {
        await expectGoToDefinition(services())({
            text: 'service <|Bank|> {\n  standard Fast { }\n}\nkpi K { measures Ba<|>nk.Fast }',
            index: 0, rangeIndex: 0
        });
    });
});

describe('find references', () => {
    test('a standard used by a step, a process and a KPI, with and without its declaration', async () => {
        const text = 'service S {\n  standard <|Fast|> { }\n  kpi K { measures <|Fast|> }\n  process P { standard <|Fa<|>st|> step A { standard <|Fast|> next end } }\n}';
        await expectFindReferences(services())({ text, includeDeclaration: true });
        await expectFindReferences(services())({
            text: 'service S {\n  standard F<|>ast { }\n  kpi K { measures <|Fast|> }\n  process P { standard <|Fast|> step A { standard <|Fast|> next end } }\n}',
            includeDeclaration: false
        });
    });

    test('a Chinese-named actor from its declaration and from a reference', async () => {
        await expectFindReferences(services())({
            text: 'service 开户 {\n  owner <|网点负责人|>\n  actor <|网点<|>负责人|> "网点负责人" backstage\n  standard 快速 { owner <|网点负<|>责人|> }\n}',
            includeDeclaration: true
        });
    });

    test('across files, including Service.Member references', async () => {
        const bank = 'service Bank {\n  standard Fast { }\n  kpi Speed { measures Fast }\n}';
        const audit = 'kpi Reuse { measures Bank.Fast }\nservice Audit { process P { step X { standard Bank.Fast next end } } }';
        const workspace = await openWorkspace({ 'bank.svc': bank, 'audit.svc': audit });
        const locations = await workspace.svc.lsp.ReferencesProvider!.findReferences(workspace.documents['bank.svc'], {
            textDocument: { uri: uriOf('bank.svc') }, position: workspace.position('bank.svc', 'Fast'), context: { includeDeclaration: true }
        }) as Location[];
        const found = locations.map(location => ({ file: location.uri.split('/').pop(), start: location.range.start, end: location.range.end.character }));
        const place = (file: string, fragment: string, occurrence = 0) => {
            const start = workspace.position(file, fragment, { occurrence });
            return { file, start, end: start.character + fragment.length };
        };
        // Langium's default: a reference's range is the whole `Bank.Fast`.
        expect(found).toHaveLength(4);
        expect(found).toEqual(expect.arrayContaining([
            place('bank.svc', 'Fast'), place('bank.svc', 'Fast', 1), place('audit.svc', 'Bank.Fast'), place('audit.svc', 'Bank.Fast', 1)
        ]));
    });
});
