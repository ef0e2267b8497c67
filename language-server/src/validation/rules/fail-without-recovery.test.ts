import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'fail-without-recovery';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('fail-without-recovery', () => {
    const spec = `
service Clinic {
  actor Nurse "nurse" frontstage
  process Visit {
    stage Register {
      step Triage by Nurse {
        fail "queue full"
        fail "card unreadable" recover Manual
        fail "wrong department"
        next end
      }
    }
    stage Fallback {
      step Manual by Nurse { next end }
    }
  }
}
`;

    test('fires at each fail point without recover, naming what goes wrong', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'fail "queue full"'), lineOf(spec, 'fail "wrong department"')]);
        expect(diagnostics.map(d => d.column)).toEqual([9, 9]);
        expect(diagnostics.every(d => d.severity === 'warning')).toBe(true);
        expect(diagnostics[0].message).toBe('Fail point "queue full" has no recovery; add \'recover STEP\' naming the step that puts it right.');
        expect(diagnostics[1].message).toContain('"wrong department"');
    });

    test('does not fire when every fail names a recovery step, in another stage or another process', async () => {
        const clean = `
service Clinic {
  actor Nurse "nurse" frontstage
  process Visit {
    step Triage by Nurse {
      fail "queue full" recover Manual
      fail "card unreadable" recover Apologise
      next end
    }
    step Manual by Nurse { next end }
  }
  process Care { step Apologise by Nurse { next end } }
}
`;
        expect(await run(clean)).toEqual([]);
    });

    test('a recover that does not resolve is reported as unresolved, not as missing', async () => {
        const broken = spec.replace('recover Manual', 'recover Manuel');
        const all = await diagnose(broken);
        expect(all.filter(d => d.rule === 'unresolved-reference').map(d => d.line)).toEqual([lineOf(broken, 'recover Manuel')]);
        expect(all.filter(d => d.rule === rule)).toHaveLength(2);
    });

    test('a recovery step of a service in another file (Service.Member) counts', async () => {
        const specs = {
            'care.svc': 'service Care {\n  actor Desk "desk" frontstage\n  process Help { step Apologise by Desk { next end } }\n}\n',
            'clinic.svc': `
service Clinic {
  actor Nurse "nurse" frontstage
  process Visit {
    step Triage by Nurse {
      fail "queue full" recover Care.Apologise
      fail "doctor absent"
      next end
    }
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['clinic.svc', lineOf(specs['clinic.svc'], 'doctor absent')]]);
    });

    test('Chinese message quotes the fail description', async () => {
        const zh = `
service 门诊 {
  actor 护士 "分诊护士" frontstage
  process 就诊 {
    step 分诊 by 护士 {
      fail "号源已满"
      next end
    }
  }
}
`;
        const diagnostics = await run(zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, '号源已满')]);
        expect(diagnostics[0].message).toBe('失误点“号源已满”没有补救措施；请用“recover 步骤名”指明补救步骤。');
    });
});
