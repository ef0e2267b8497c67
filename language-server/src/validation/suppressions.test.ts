import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../test/helpers/diagnose.js';
import { findSuppressions } from './suppressions.js';

describe('findSuppressions', () => {
    test('ids after the directive silence those rules on the next line only', () => {
        const found = findSuppressions('a\n// svc-disable-next-line dead-end-step, orphan-support\nb\n//svc-disable-next-line\nc');
        expect(found.get(2)).toEqual(new Set(['dead-end-step', 'orphan-support']));
        expect(found.get(4)).toBe('all');
        expect([...found.keys()]).toEqual([2, 4]);
    });

    test('a reason after -- is not a rule id; a directive inside a string is ignored', () => {
        const found = findSuppressions('// svc-disable-next-line dead-end-step -- archived on purpose\nx\ndescription "// svc-disable-next-line"\ny');
        expect(found.get(1)).toEqual(new Set(['dead-end-step']));
        expect(found.has(3)).toBe(false);
    });

    test('a trailing directive after code applies to the next line', () => {
        expect(findSuppressions('step A { } // svc-disable-next-line dead-end-step\nstep B { }').get(1)).toEqual(new Set(['dead-end-step']));
    });
});

const spec = (directive: string) => `service S {
  feedback F "f" { channel web }
  actor Clerk "c" frontstage
  process P {
${directive}
    step A "a" by Clerk { standard Q }
  }
  standard Q "q" { dimension reliability target >= 90 % method audit frequency weekly owner Clerk }
  kpi K "k" { measures Q formula "x" unit % direction higher target 95 warning 90 period weekly source "s" owner Clerk }
}
`;

describe('svc-disable-next-line in validation', () => {
    const rulesAt6 = async (directive: string) => (await diagnose(spec(directive))).filter(d => d.line === 6).map(d => d.rule);

    test('without the directive the step has its diagnostics', async () => {
        expect(await rulesAt6('')).toEqual(['dead-end-step']);
    });

    test('naming the rule silences it', async () => {
        expect(await rulesAt6('    // svc-disable-next-line dead-end-step')).toEqual([]);
    });

    test('naming another rule does not', async () => {
        expect(await rulesAt6('    // svc-disable-next-line orphan-support')).toEqual(['dead-end-step']);
    });

    test('no ids silences every rule, only on the next line', async () => {
        const text = spec('    // svc-disable-next-line');
        const all = await diagnose(text);
        expect(all.filter(d => d.line === 6)).toEqual([]);
        expect(all.filter(d => d.rule === 'feedback-unmapped').map(d => d.line)).toEqual([2]);
    });

    test('a syntax error can be silenced too', async () => {
        const broken = 'actor A "a" customer\n// svc-disable-next-line syntax-error\nactor B "b" lobby\n';
        expect((await diagnose(broken)).map(d => d.rule)).toEqual([]);
    });
});
