import { AstUtils, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { diagnose, sortDiagnostics, toTestDiagnostic, type TestDiagnostic } from '../../../test/helpers/diagnose.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { notLinkedYet } from './before-linking.js';
import { RuleContext } from './rule-context.js';
import type { SvcDocumentValidator } from './svc-document-validator.js';

// Two specs: what each says of itself (an empty KPI, a name twice in one service, a moment of
// truth without standard, a syntax error) and what needs the other file (a standard measured
// there, a standard nobody measures, a top-level name declared in both, a reference into it).
const specs = {
    'branch.svc': `
service Branch {
  actor Teller "teller" frontstage
  standard WaitMax15 "wait" { target <= 15 min }
  standard Greet30s "greet" { target <= 30 s }
  kpi Empty "empty" { }
  process Main {
    step Greet by Teller { moment next Queue }
    step Queue by Teller { moment standard WaitMax15 next Serve }
    step Serve by Teller { standard Greet30s next end }
    step Serve by Teller { next end }
  }
}
standard Shared "shared" { target <= 5 min }
`,
    'kpis.svc': `
kpi AvgWait "average wait" { measures Branch.WaitMax15, Branch.Nowhere }
standard Shared "shared again" { target <= 5 min }
`,
    'broken.svc': `
service Broken {
  actor Clerk "clerk" frontstage
  process Main { step Open by Clerk { next end }
`
};

function loadWorkspace(): { documents: Array<{ name: string; document: LangiumDocument }>; validator: SvcDocumentValidator; build: () => Promise<void> } {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    const documents = Object.entries(specs).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { name, document };
    });
    const build = () => shared.workspace.DocumentBuilder.build(documents.map(entry => entry.document), { validation: true });
    return { documents, validator: Svc.validation.DocumentValidator as SvcDocumentValidator, build };
}

async function beforeLinking(workspace: ReturnType<typeof loadWorkspace>): Promise<TestDiagnostic[]> {
    const found: TestDiagnostic[] = [];
    for (const { name, document } of workspace.documents) {
        found.push(...(await workspace.validator.validateBeforeLinking(document)).map(diagnostic => toTestDiagnostic(name, diagnostic)));
    }
    return sortDiagnostics(found);
}

const key = (diagnostic: TestDiagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.rule} ${diagnostic.message}`;

describe('validation before linking', () => {
    test('reports what a spec says of itself, each diagnostic one the full check reports too', async () => {
        const early = await beforeLinking(loadWorkspace());
        const full = await diagnose(specs);
        expect(early.map(key).filter(found => !full.map(key).includes(found))).toEqual([]);
        const earlyRules = early.map(diagnostic => `${diagnostic.file} ${diagnostic.rule}`);
        expect(earlyRules).toEqual(expect.arrayContaining([
            'branch.svc kpi-incomplete', 'branch.svc moment-unmeasured', 'branch.svc duplicate-name', 'broken.svc syntax-error'
        ]));
        expect(earlyRules.filter(found => found === 'branch.svc duplicate-name')).toHaveLength(2);
        // What needs the other specs waits for the full check.
        const later = full.filter(diagnostic => !early.map(key).includes(key(diagnostic))).map(diagnostic => `${diagnostic.file} ${diagnostic.rule}`);
        expect(later).toEqual(expect.arrayContaining([
            'branch.svc standard-unmeasured', 'branch.svc duplicate-name', 'kpis.svc duplicate-name', 'kpis.svc unresolved-reference'
        ]));
        expect(earlyRules.filter(found => /standard-unmeasured|unresolved-reference/.test(found))).toEqual([]);
    });

    test('resolves no reference, so the full check that follows is the same as without it', async () => {
        const workspace = loadWorkspace();
        await beforeLinking(workspace);
        const resolved = workspace.documents.flatMap(({ document }) => AstUtils.streamAst(document.parseResult.value)
            .flatMap(node => AstUtils.streamReferences(node))
            .filter(({ reference }) => (reference as { _ref?: unknown })._ref !== undefined)
            .map(({ reference }) => reference.$refText).toArray());
        expect(resolved).toEqual([]);
        await workspace.build();
        const full = sortDiagnostics(workspace.documents.flatMap(({ name, document }) => (document.diagnostics ?? []).map(diagnostic => toTestDiagnostic(name, diagnostic))));
        expect(full).toEqual(await diagnose(specs));
    });

    test('a rule context without the linked workspace stops a check that asks it', () => {
        expect(() => new RuleContext(undefined).workspace).toThrow(notLinkedYet);
    });
});
