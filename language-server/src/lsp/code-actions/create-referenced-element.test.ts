import { describe, expect, test } from 'vitest';
import { diagnose, lineOf } from '../../../../test/helpers/diagnose.js';
import { applyFix, expectFixedWithoutNewDiagnostics, expectSound, offeredFixes, titles, type Applied } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'unresolved-reference';

const unresolved = (applied: Applied) => applied.diagnostics.filter(diagnostic => diagnostic.rule === rule).map(diagnostic => diagnostic.message);

describe('quick fix for unresolved-reference', () => {
    const spec = `
service Bank {
  owner Manager
  actor Manager "网点负责人" backstage
  standard Accurate {
    dimension reliability
    target >= 99 %
    method audit
    frequency monthly
    owner Manager
  }
  process Main {
    standard OpenIn20
    step Take by Customer {
      wait 12 min
      standard WaitMax15
      next Greet
    }
    step Greet by Manager {
      fail "no seat" recover Seat
      next end
    }
  }
}
`;

    test('a performer becomes an actor among the actors; the lane is chosen, frontstage preferred for a step', async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'by Customer') });
        expect(titles(offer)).toEqual([
            "Create actor 'Customer' in lane customer", "Create actor 'Customer' in lane frontstage",
            "Create actor 'Customer' in lane backstage", "Create actor 'Customer' in lane support",
            "Disable 'unresolved-reference' for this line"
        ]);
        expect(offer.actions.find(action => action.isPreferred)?.title).toBe("Create actor 'Customer' in lane frontstage");
        const applied = await applyFix(offer, "Create actor 'Customer' in lane customer");
        expect(applied.text).toContain('  actor Manager "网点负责人" backstage\n  actor Customer "…" customer\n  standard Accurate {');
        expect(unresolved(applied)).not.toContainEqual(expect.stringContaining("'Customer'"));
    });

    test("a step's standard becomes a complete wait standard that the step's wait meets", async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'standard WaitMax15') });
        expect(titles(offer)[0]).toBe("Create standard 'WaitMax15' and the KPI measuring it");
        const applied = await applyFix(offer, "Create standard 'WaitMax15' and the KPI measuring it");
        expect(applied.text).toContain(`    owner Manager
  }
  standard WaitMax15 "…" {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 12 min
    method system-log
    frequency monthly
    owner Manager
  }
  kpi K_WaitMax15 "WaitMax15指标" {
    measures WaitMax15
    formula "…"
    unit min
    direction lower
    target 12
    period monthly
    source "…"
    owner Manager
  }
  process Main {`);
        expect(unresolved(applied)).not.toContainEqual(expect.stringContaining("'WaitMax15'"));
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
        for (const gone of ['standard-incomplete', 'wait-without-standard', 'step-exceeds-standard']) {
            expect(applied.diagnostics.map(diagnostic => diagnostic.rule)).not.toContain(gone);
        }
    });

    test("a process's standard bounds its lead time as designed", async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'standard OpenIn20') });
        const applied = await applyFix(offer, "Create standard 'OpenIn20' and the KPI measuring it");
        expect(applied.text).toContain('  standard OpenIn20 "…" {\n    dimension responsiveness\n    kind hard\n    bounds lead-time\n    target <= 12 min\n');
        expect(applied.diagnostics.map(diagnostic => diagnostic.rule)).not.toContain('lead-time-exceeds-standard');
    });

    test('a next target becomes a step right after the step that names it', async () => {
        const forward = spec.replace('      next Greet\n', '      next Pay\n');
        const offer = await offeredFixes(forward, { rule, line: lineOf(forward, 'next Pay') });
        const applied = await applyFix(offer, "Create step 'Pay'");
        expect(applied.text).toContain('      next Pay\n    }\n    step Pay "…" {\n      next end\n    }\n    step Greet by Manager {');
        expect(unresolved(applied)).not.toContainEqual(expect.stringContaining("'Pay'"));
    });

    test('recover targets too', async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'recover Seat') });
        expect(titles(offer)[0]).toBe("Create step 'Seat'");
        const applied = await applyFix(offer, "Create step 'Seat'");
        expect(applied.text).toContain('      next end\n    }\n    step Seat "…" {\n      next end\n    }\n  }\n}');
        expect(unresolved(applied)).not.toContainEqual(expect.stringContaining("'Seat'"));
    });

    test('the fixed spec parses and every reference resolves once all are created', async () => {
        let specs: Record<string, string> = { 'spec.svc': spec };
        for (const [fragment, title] of [
            ['by Customer', "Create actor 'Customer' in lane customer"], ['standard WaitMax15', "Create standard 'WaitMax15' and the KPI measuring it"],
            ['standard OpenIn20', "Create standard 'OpenIn20' and the KPI measuring it"], ['recover Seat', "Create step 'Seat'"]
        ]) {
            const offer = await offeredFixes(specs, { rule, line: lineOf(specs['spec.svc'], fragment) });
            specs = (await applyFix(offer, title)).specs;
        }
        expectSound({ specs, text: specs['spec.svc'], diagnostics: await diagnose(specs) });
    });

    test('an owner is preferred backstage; a qualified name or a name of another kind gets no creation', async () => {
        const other = `
standard Fast {
  dimension responsiveness
  target <= 1 h
  method audit
  frequency monthly
  owner Chief
}
service S {
  actor Taken "a name used by an actor" backstage
  process P {
    step A {
      standard Taken
      next B.C
    }
  }
}
service B { }
`;
        const owner = await offeredFixes(other, { rule, line: lineOf(other, 'owner Chief') });
        expect(owner.actions.find(action => action.isPreferred)?.title).toBe("Create actor 'Chief' in lane backstage");
        const applied = await applyFix(owner, "Create actor 'Chief' in lane backstage");
        expect(applied.text.startsWith('\nactor Chief "…" backstage\nstandard Fast {')).toBe(true);
        const taken = await offeredFixes(other, { rule, line: lineOf(other, 'standard Taken') });
        expect(titles(taken)).toEqual(["Disable 'unresolved-reference' for this line"]);
        const qualified = await offeredFixes(other, { rule, line: lineOf(other, 'next B.C') });
        expect(titles(qualified)).toEqual(["Disable 'unresolved-reference' for this line"]);
    });

    test('Chinese titles', async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'recover Seat'), locale: 'zh-CN' });
        expect(titles(offer)[0]).toBe('创建步骤“Seat”');
    });
});
