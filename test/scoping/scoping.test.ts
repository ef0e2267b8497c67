import { AstUtils, EmptyFileSystem, URI, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    isActor, isKpi, isProcess, isService, isStandard, isStep, isSystem,
    type Model, type Step
} from '../../language-server/src/generated/ast.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { diagnose, lineOf, type TestDiagnostic } from '../helpers/diagnose.js';

/**
 * LANGUAGE.md, "Elements": top-level elements are visible in every `.svc` file
 * of the workspace by name; members of a service are visible inside it by
 * name, and elsewhere as `Service.Member`.
 */

/** Builds in-memory files as one workspace and returns their ASTs. */
async function workspace(files: Record<string, string>): Promise<Record<string, Model>> {
    const { shared } = createNodeSvcServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`memory:///workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return [name, document] as const;
    });
    await shared.workspace.DocumentBuilder.build(documents.map(([, document]) => document), { validation: false });
    for (const [name, document] of documents) {
        const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors];
        expect(errors.map(error => error.message), `syntax errors in ${name}`).toEqual([]);
    }
    return Object.fromEntries(documents.map(([name, document]) => [name, document.parseResult.value]));
}

/** The node of the given type and name, searched in all files. */
function find<T extends AstNode & { name: string }>(models: Record<string, Model>, guard: (node: unknown) => node is T, name: string, inService?: string): T {
    const found = Object.values(models)
        .flatMap(model => AstUtils.streamAst(model).filter(guard).toArray())
        .filter(node => node.name === name)
        .filter(node => inService === undefined
            ? true
            : AstUtils.getContainerOfType(node, isService)?.name === inService);
    if (found.length !== 1) throw new Error(`expected exactly one ${name}${inService ? ` in ${inService}` : ''}, found ${found.length}`);
    return found[0];
}

const unresolved = (diagnostics: TestDiagnostic[]) => diagnostics.filter(diagnostic => diagnostic.rule === 'unresolved-reference');
const unresolvedSummary = (diagnostics: TestDiagnostic[]) => unresolved(diagnostics).map(diagnostic => `${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`);

describe('members are visible anywhere in their service', () => {
    const spec = `service S {
  owner Boss
  process P {
    stage One {
      step A "a" by Clerk {
        standard Later
        next B
      }
    }
    stage Two {
      step B "b" by Clerk { fail "x" recover A next end }
    }
  }
  standard Later "declared after its use" { owner Boss target <= 5 min }
  kpi K { measures Later owner Boss }
  capacity C { serves B standard Later }
  feedback F { feeds K }
  improvement I { addresses K, Later owner Clerk }
  actor Clerk "c" frontstage
  actor Boss "b" backstage
}`;

    test('no unresolved reference', async () => {
        expect(unresolvedSummary(await diagnose(spec))).toEqual([]);
    });

    test('a step references a standard declared after it', async () => {
        const models = await workspace({ 'spec.svc': spec });
        expect(find(models, isStep, 'A').standards[0].ref).toBe(find(models, isStandard, 'Later'));
    });

    test('next to a step in another stage', async () => {
        const models = await workspace({ 'spec.svc': spec });
        expect(find(models, isStep, 'A').next[0].target?.ref).toBe(find(models, isStep, 'B'));
        expect(find(models, isStep, 'B').fails[0].recover?.ref).toBe(find(models, isStep, 'A'));
    });

    test('owner references an actor declared later, in the service, a standard, a KPI and an improvement', async () => {
        const models = await workspace({ 'spec.svc': spec });
        const boss = find(models, isActor, 'Boss');
        expect(find(models, isService, 'S').owner?.ref).toBe(boss);
        expect(find(models, isStandard, 'Later').owner?.ref).toBe(boss);
        expect(find(models, isKpi, 'K').owner?.ref).toBe(boss);
        expect(find(models, isStep, 'A').performer?.ref).toBe(find(models, isActor, 'Clerk'));
    });

    test('a next naming a step of another process of the same service resolves', async () => {
        const text = `service S {
  process P1 { step A { next B } }
  process P2 { step B { next end } }
}`;
        const models = await workspace({ 'spec.svc': text });
        expect(find(models, isStep, 'A').next[0].target?.ref).toBe(find(models, isStep, 'B'));
        const diagnostics = await diagnose(text);
        expect(unresolvedSummary(diagnostics)).toEqual([]);
        expect(diagnostics.filter(diagnostic => diagnostic.rule === 'next-outside-process').map(diagnostic => diagnostic.line))
            .toEqual([lineOf(text, 'next B')]);
    });

    test('a process-level standard references a standard declared after the process', async () => {
        const text = 'service S { process P { standard Lead step A { next end } } standard Lead { bounds lead-time } }';
        const models = await workspace({ 'spec.svc': text });
        expect(find(models, isProcess, 'P').standards[0].ref).toBe(find(models, isStandard, 'Lead'));
    });
});

describe('top-level elements are visible in every file', () => {
    const library = `actor Concierge "礼宾员" frontstage
system PMS "酒店管理系统" support
standard Smile "微笑服务" { owner Concierge }
kpi SmileRate "微笑率" { measures Smile owner PMS }`;
    const hotel = `service Hotel {
  owner Concierge
  process P {
    step Greet by Concierge { standard Smile next Book }
    step Book by PMS { next end }
  }
  kpi Local { measures Smile }
  feedback F { feeds SmileRate }
  improvement I { addresses Smile, SmileRate owner PMS }
}
kpi AlsoTopLevel { measures Smile }`;

    test('no unresolved reference across files', async () => {
        expect(unresolvedSummary(await diagnose({ 'library.svc': library, 'hotel.svc': hotel }))).toEqual([]);
    });

    test('references resolve to the elements of the other file', async () => {
        const models = await workspace({ 'library.svc': library, 'hotel.svc': hotel });
        const concierge = find(models, isActor, 'Concierge');
        const smile = find(models, isStandard, 'Smile');
        expect(concierge.$container).toBe(models['library.svc']);
        expect(find(models, isService, 'Hotel').owner?.ref).toBe(concierge);
        expect(find(models, isStep, 'Greet').performer?.ref).toBe(concierge);
        expect(find(models, isStep, 'Greet').standards[0].ref).toBe(smile);
        expect(find(models, isStep, 'Book').performer?.ref).toBe(find(models, isSystem, 'PMS'));
        expect(find(models, isKpi, 'AlsoTopLevel').measures[0].ref).toBe(smile);
        expect(find(models, isKpi, 'Local').measures[0].ref).toBe(smile);
    });

    test('the same library seen from a third file', async () => {
        const third = 'service Spa { process P { step A by Concierge { standard Smile next end } } }';
        const models = await workspace({ 'library.svc': library, 'hotel.svc': hotel, 'spa.svc': third });
        expect(find(models, isStep, 'A').performer?.ref).toBe(find(models, isActor, 'Concierge'));
    });
});

describe('Service.Member', () => {
    const bank = `service Bank {
  actor Teller "柜员" frontstage
  standard Fast { target <= 5 min }
  kpi Speed { measures Fast }
  process Main {
    stage Handle { step Verify by Teller { next end } }
  }
}`;

    test('from another file, for an actor, a standard, a KPI and a step inside a stage', async () => {
        const other = `kpi Reuse { measures Bank.Fast owner Bank.Teller }
service Audit {
  process P { step Check by Bank.Teller { standard Bank.Fast next end } }
  capacity C { serves Bank.Verify }
  feedback F { feeds Bank.Speed }
}`;
        const diagnostics = await diagnose({ 'bank.svc': bank, 'other.svc': other });
        expect(unresolvedSummary(diagnostics)).toEqual([]);
        const models = await workspace({ 'bank.svc': bank, 'other.svc': other });
        expect(find(models, isKpi, 'Reuse').measures[0].ref).toBe(find(models, isStandard, 'Fast'));
        expect(find(models, isKpi, 'Reuse').owner?.ref).toBe(find(models, isActor, 'Teller'));
        expect(find(models, isStep, 'Check').performer?.ref).toBe(find(models, isActor, 'Teller'));
    });

    test('inside the same service', async () => {
        const text = `service Bank {
  actor Teller "柜员" frontstage
  standard Fast { owner Bank.Teller }
  process P { step A by Bank.Teller { standard Bank.Fast next Bank.B } step B { next end } }
}`;
        expect(unresolvedSummary(await diagnose(text))).toEqual([]);
        const models = await workspace({ 'spec.svc': text });
        expect(find(models, isStep, 'A').performer?.ref).toBe(find(models, isActor, 'Teller'));
        expect(find(models, isStep, 'A').standards[0].ref).toBe(find(models, isStandard, 'Fast'));
        expect(find(models, isStep, 'A').next[0].target?.ref).toBe(find(models, isStep, 'B'));
        expect(find(models, isStandard, 'Fast').owner?.ref).toBe(find(models, isActor, 'Teller'));
    });

    test('with CJK names', async () => {
        const text = 'service 银行 { actor 柜员 "柜员" frontstage }\nkpi 速度 { owner 银行.柜员 }';
        expect(unresolvedSummary(await diagnose(text))).toEqual([]);
    });

    test('a qualified name with the wrong service is unresolved', async () => {
        const text = 'service Bank { actor Teller "t" frontstage }\nservice Shop { }\nkpi K { owner Shop.Teller }';
        const diagnostics = unresolved(await diagnose(text));
        expect(diagnostics.map(diagnostic => diagnostic.line)).toEqual([3]);
        expect(diagnostics[0].message).toContain('Shop.Teller');
        expect(diagnostics[0].severity).toBe('error');
    });
});

describe('a member of one service is not visible by plain name elsewhere', () => {
    test('inside another service of the same file', async () => {
        const text = `service A {
  actor Teller "t" frontstage
  standard Fast { }
}
service B {
  process P {
    step X by Teller { standard Fast next end }
  }
}`;
        const diagnostics = unresolved(await diagnose(text));
        expect(diagnostics.map(diagnostic => diagnostic.line)).toEqual([7, 7]);
        expect(diagnostics.some(diagnostic => diagnostic.message.includes("'Teller'"))).toBe(true);
        expect(diagnostics.some(diagnostic => diagnostic.message.includes("'Fast'"))).toBe(true);
        expect(diagnostics.every(diagnostic => diagnostic.severity === 'error')).toBe(true);
        const models = await workspace({ 'spec.svc': text });
        expect(find(models, isStep, 'X').performer?.ref).toBeUndefined();
    });

    test('inside a service of another file', async () => {
        const a = 'service A {\n  actor Teller "t" frontstage\n}';
        const b = 'service B {\n  process P {\n    step X by Teller { next end }\n  }\n}';
        const diagnostics = unresolved(await diagnose({ 'a.svc': a, 'b.svc': b }));
        expect(diagnostics.map(diagnostic => `${diagnostic.file}:${diagnostic.line}`)).toEqual(['b.svc:3']);
        expect(diagnostics[0].message).toContain('Teller');
    });

    test('from a top-level element', async () => {
        const text = 'service A {\n  standard Fast { }\n}\nkpi K { measures Fast }';
        const diagnostics = unresolved(await diagnose(text));
        expect(diagnostics.map(diagnostic => diagnostic.line)).toEqual([4]);
        expect(diagnostics[0].message).toContain('Fast');
    });

    test('a step of another service is not a next target by plain name', async () => {
        const text = 'service A {\n  process P { step Done { next end } }\n}\nservice B {\n  process Q { step Start { next Done } }\n}';
        const diagnostics = unresolved(await diagnose(text));
        expect(diagnostics.map(diagnostic => diagnostic.line)).toEqual([5]);
        expect(diagnostics[0].message).toContain('Done');
    });
});

describe('references only resolve to elements of the right type', () => {
    const cases: Array<[string, string, string]> = [
        ['by a standard', 'step X by Fast { next end }', 'Fast'],
        ['by a step', 'step X by Y { next end } step Y { next end }', 'Y'],
        ['measures a KPI', 'step X { next end } } kpi Other { measures Speed } process Q {', 'Speed'],
        ['next an actor', 'step X { next Teller }', 'Teller'],
        ['recover a standard', 'step X { fail "f" recover Fast next end }', 'Fast'],
        ['standard a KPI', 'step X { standard Speed next end }', 'Speed'],
        ['standard an actor', 'step X { standard Teller next end }', 'Teller'],
        ['next a stage', 'stage G { step X { next G } }', 'G'],
        ['next a process', 'step X { next P }', 'P'],
        ['by a process', 'step X by P { next end }', 'P']
    ];

    test.each(cases)('%s is unresolved', async (_label, body, name) => {
        const text = `service S {
  actor Teller "t" frontstage
  standard Fast { }
  kpi Speed { measures Fast }
  process P {
    ${body}
  }
}`;
        const diagnostics = unresolved(await diagnose(text));
        expect(diagnostics.map(diagnostic => diagnostic.line)).toEqual([6]);
        expect(diagnostics[0].message).toContain(`'${name}'`);
    });

    test.each([
        ['owner a standard', 'standard T { owner Fast }', 'Fast'],
        ['owner a KPI', 'kpi K2 { owner Speed }', 'Speed'],
        ['feeds a standard', 'feedback F { feeds Fast }', 'Fast'],
        ['serves a standard', 'capacity C { serves Fast }', 'Fast'],
        ['capacity standard a KPI', 'capacity C { standard Speed }', 'Speed'],
        ['addresses an actor', 'improvement I { addresses Teller }', 'Teller'],
        ['addresses a step', 'improvement I { addresses Step1 }', 'Step1'],
        ['service owner a KPI', 'owner Speed', 'Speed']
    ])('%s is unresolved', async (_label, member, name) => {
        const text = `service S {
  actor Teller "t" frontstage
  standard Fast { }
  kpi Speed { measures Fast }
  process P { step Step1 { next end } }
  ${member}
}`;
        const diagnostics = unresolved(await diagnose(text));
        expect(diagnostics.map(diagnostic => diagnostic.line)).toEqual([6]);
        expect(diagnostics[0].message).toContain(`'${name}'`);
    });

    test('a name that names both a wrong-typed member and a right-typed top-level element resolves to the latter', async () => {
        // Inside S, `Smile` names a KPI; the standard `Smile` is top-level. `standard Smile` wants a standard.
        const text = 'standard Smile { }\nservice S {\n  kpi Smile { }\n  process P { step A { standard Smile next end } }\n}';
        const models = await workspace({ 'spec.svc': text });
        expect(find(models, isStep, 'A').standards[0].ref).toBe(find(models, isStandard, 'Smile'));
    });
});

describe('same member name in two services', () => {
    test('each service resolves the name to its own member', async () => {
        const text = `service A {
  actor Clerk "A's clerk" frontstage
  process P { step X by Clerk { next Y } step Y { next end } }
}
service B {
  actor Clerk "B's clerk" frontstage
  process P { step X by Clerk { next Y } step Y { next end } }
}`;
        expect(unresolvedSummary(await diagnose(text))).toEqual([]);
        const models = await workspace({ 'spec.svc': text });
        for (const name of ['A', 'B']) {
            const x = find(models, isStep, 'X', name);
            expect(x.performer?.ref).toBe(find(models, isActor, 'Clerk', name));
            expect(x.next[0].target?.ref).toBe(find(models, isStep, 'Y', name));
        }
    });
});

describe('shadowing', () => {
    const library = 'actor Greeter "library greeter" customer\nstandard Fast { target <= 10 min }';
    const spec = `service S {
  actor Greeter "own greeter" frontstage
  standard Fast { target <= 2 min }
  process P { step A by Greeter { standard Fast next end } }
}
service Other {
  process Q { step B by Greeter { standard Fast next end } }
}`;

    test('a service member shadows a top-level element of the same name', async () => {
        const models = await workspace({ 'library.svc': library, 'spec.svc': spec });
        const a: Step = find(models, isStep, 'A');
        expect(a.performer?.ref).toBe(find(models, isActor, 'Greeter', 'S'));
        expect(a.performer?.ref?.title).toBe('own greeter');
        expect(a.standards[0].ref).toBe(find(models, isStandard, 'Fast', 'S'));
        expect(a.standards[0].ref?.target?.quantity.value).toBe(2);
    });

    test('another service without that member still sees the top-level element', async () => {
        const models = await workspace({ 'library.svc': library, 'spec.svc': spec });
        const b: Step = find(models, isStep, 'B');
        expect(b.performer?.ref?.title).toBe('library greeter');
        expect(b.performer?.ref?.$container).toBe(models['library.svc']);
        expect(b.standards[0].ref?.target?.quantity.value).toBe(10);
    });

    test('shadowing in the same file as the top-level element', async () => {
        const text = 'actor Greeter "top" customer\nservice S {\n  actor Greeter "member" frontstage\n  process P { step A by Greeter { next end } }\n}';
        const models = await workspace({ 'spec.svc': text });
        expect(find(models, isStep, 'A').performer?.ref?.title).toBe('member');
        expect(unresolvedSummary(await diagnose(text))).toEqual([]);
    });
});
