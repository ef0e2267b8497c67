import { describe, expect, test } from 'vitest';
import { diagnose, lineOf } from '../../../../test/helpers/diagnose.js';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'unit-mismatch';

describe('quick fix for unit-mismatch', () => {
    const spec = `
service Bank {
  actor Manager "网点负责人" backstage
  standard WaitMax15 {
    dimension responsiveness
    target <= 15 min
    method system-log
    frequency monthly
    owner Manager
  }
  kpi AvgWait {
    measures WaitMax15
    formula "sum(wait) / count(tickets)"
    unit score
    direction lower
    target 10
    period monthly
    source "queue system"
    owner Manager
  }
  process Main {
    step Take {
      wait 12
      duration 3 count
      next end
    }
  }
  capacity Counters {
    serves Take
    demand 40 per count
    servers 3
  }
  promise Quick <= 20 score
}
`;

    test("a KPI takes the unit of its standard's target (preferred), or % as a compliance rate", async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'unit score') });
        expect(titles(offer)).toEqual([
            "Change unit to 'min', as the target of 'WaitMax15'", "Change unit to '%' (a compliance rate)", "Disable 'unit-mismatch' for this line"
        ]);
        expect(offer.actions[0].isPreferred).toBe(true);
        for (const [title, line] of [[titles(offer)[0], '    unit min\n'], [titles(offer)[1], '    unit %\n']]) {
            const applied = await applyFix(offer, title);
            expect(applied.text).toContain(line);
            expectSound(applied);
            expect(applied.diagnostics.filter(diagnostic => diagnostic.rule === rule).map(diagnostic => diagnostic.line)).not.toContain(lineOf(spec, 'unit score'));
        }
    });

    test('standards of different dimensions leave only the compliance rate, preferred', async () => {
        const mixed = spec.replace('    measures WaitMax15\n', '    measures WaitMax15, Exact\n').replace('  kpi AvgWait', '  standard Exact {\n    dimension reliability\n    target >= 99 %\n    method audit\n    frequency monthly\n    owner Manager\n  }\n  kpi AvgWait');
        const offer = await offeredFixes(mixed, { rule, line: lineOf(mixed, 'unit score') });
        expect(titles(offer)[0]).toBe("Change unit to '%' (a compliance rate)");
        expect(offer.actions[0].isPreferred).toBe(true);
    });

    test('a bare wait gets a time unit, minutes preferred', async () => {
        const offer = await offeredFixes(spec, { rule, line: lineOf(spec, 'wait 12') });
        expect(titles(offer)).toEqual(["Write '12 min'", "Write '12 h'", "Write '12 d'", "Write '12 s'", "Disable 'unit-mismatch' for this line"]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Write '12 min'");
        expect(applied.text).toContain('      wait 12 min\n');
        expectSound(applied);
        expect(applied.diagnostics.filter(diagnostic => diagnostic.rule === rule).map(diagnostic => diagnostic.line)).not.toContain(lineOf(spec, 'wait 12'));
    });

    test('a duration, a promise and a demand rate of another unit get theirs replaced', async () => {
        let specs: Record<string, string> = { 'spec.svc': spec };
        for (const [fragment, title] of [
            ['duration 3 count', "Write '3 min'"], ['demand 40', "Write '40 per h'"], ['promise Quick', "Write '20 h'"],
            ['wait 12', "Write '12 min'"], ['unit score', "Change unit to 'min', as the target of 'WaitMax15'"]
        ]) {
            specs = (await applyFix(await offeredFixes(specs, { rule, line: lineOf(specs['spec.svc'], fragment) }), title)).specs;
        }
        const text = specs['spec.svc'];
        expect(text).toContain('      duration 3 min\n');
        expect(text).toContain('    demand 40 per h\n');
        expect(text).toContain('  promise Quick <= 20 h\n');
        const applied = { specs, text, diagnostics: await diagnose(specs) };
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(spec, { rule, line: lineOf(spec, 'unit score'), locale: 'zh-CN' })).slice(0, 2))
            .toEqual(['将单位改为“min”，与“WaitMax15”的目标值一致', '将单位改为“%”（达标率）']);
        expect(titles(await offeredFixes(spec, { rule, line: lineOf(spec, 'wait 12'), locale: 'zh-CN' }))[0]).toBe('改为“12 min”');
    });
});
