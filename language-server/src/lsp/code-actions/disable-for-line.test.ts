import { describe, expect, test } from 'vitest';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

describe('quick fix: disable the rule for this line', () => {
    const spec = `
service Lab {
  actor Tech "technician" backstage
  process Test {
    stage Run {
      step Archive by Tech { }
    }
  }
}
`;

    test('inserts the directive above the line with its indentation; the diagnostic is gone', async () => {
        const offer = await offeredFixes(spec, { rule: 'dead-end-step' });
        const title = "Disable 'dead-end-step' for this line";
        expect(titles(offer).at(-1)).toBe(title);
        expect(offer.actions.at(-1)?.isPreferred).toBeUndefined();
        const applied = await applyFix(offer, title);
        expect(applied.text).toContain('    stage Run {\n      // svc-disable-next-line dead-end-step\n      step Archive by Tech { }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain('dead-end-step');
        // Only this rule is silenced on the line.
        expect(applied.diagnostics.filter(diagnostic => diagnostic.rule === 'orphan-support').map(diagnostic => diagnostic.line))
            .toEqual([lineOf(applied.text, 'step Archive')]);
    });

    test('adds the id to a directive already above the line, before its reason', async () => {
        const directed = spec.replace('      step Archive', '      // svc-disable-next-line orphan-support -- archived by hand\n      step Archive');
        const applied = await applyFix(await offeredFixes(directed, { rule: 'dead-end-step' }), "Disable 'dead-end-step' for this line");
        expect(applied.text).toContain('      // svc-disable-next-line orphan-support, dead-end-step -- archived by hand\n      step Archive by Tech { }\n');
        expect(remainingRules(applied)).not.toContain('dead-end-step');
    });

    test('is offered for syntax errors and unresolved references too', async () => {
        const broken = 'service S {\n  process P {\n    step A by Nobody { next end }\n  }\n  capacity C { servers x }\n}\n';
        const unresolved = await applyFix(await offeredFixes(broken, { rule: 'unresolved-reference' }), "Disable 'unresolved-reference' for this line");
        expect(unresolved.text).toContain('    // svc-disable-next-line unresolved-reference\n    step A by Nobody');
        expect(remainingRules(unresolved)).not.toContain('unresolved-reference');
        const syntax = await offeredFixes(broken, { rule: 'syntax-error', line: lineOf(broken, 'servers x') });
        const applied = await applyFix(syntax, "Disable 'syntax-error' for this line");
        expect(applied.text).toContain('  // svc-disable-next-line syntax-error\n  capacity C { servers x }');
    });

    test('Chinese title', async () => {
        expect(titles(await offeredFixes(spec, { rule: 'dead-end-step', locale: 'zh-CN' })).at(-1)).toBe('在此行禁用“dead-end-step”');
    });
});
