import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'next-outside-process';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('next-outside-process', () => {
    const spec = `
service Clinic {
  actor Nurse "nurse" frontstage
  process Visit {
    stage Register {
      step Arrive by Nurse { next Consult }
    }
    stage Treat {
      step Consult by Nurse {
        fail "no doctor" recover Call
        next end
      }
    }
  }
  process FollowUp {
    step Call by Nurse {
      next Book,
           Consult when "symptoms return"
    }
    step Book by Nurse { next end }
  }
}
`;

    test('fires at the reference that names a step of another process', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'Consult when'));
        expect(diagnostics[0].column).toBe(12);
        expect(diagnostics[0].severity).toBe('error');
        expect(diagnostics[0].message).toBe("'next Consult' leaves the process: step 'Consult' belongs to process 'Visit'. Link processes through a shared step or a separate process instead.");
    });

    test('does not fire for next across stages of one process, next end, or recover into another process', async () => {
        // the only offending edge removed: Arrive → Consult crosses stages, Consult recovers into FollowUp
        const clean = spec.replace(',\n           Consult when "symptoms return"', '');
        expect(await run(clean)).toEqual([]);
    });

    test('names a step of a service in another file (Service.Member)', async () => {
        const specs = {
            'bank.svc': `
service Bank {
  actor Teller "teller" frontstage
  process Open { step Verify by Teller { next end } }
}
`,
            'card.svc': `
service Card {
  actor Agent "agent" frontstage
  process Issue {
    step Start by Agent { next Bank.Verify }
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['card.svc', lineOf(specs['card.svc'], 'next Bank.Verify')]]);
        expect(diagnostics[0].message).toContain("'next Bank.Verify' leaves the process: step 'Bank.Verify' belongs to process 'Bank.Open'");
    });

    test('every crossing edge is reported', async () => {
        const twoWays = `
service S {
  actor A "a" frontstage
  process P1 { step X by A { next Y } }
  process P2 { step Y by A { next X } }
}
`;
        const diagnostics = await run(twoWays);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(twoWays, 'process P1'), lineOf(twoWays, 'process P2')]);
        expect(diagnostics.map(d => d.message.slice(0, 8))).toEqual(["'next Y'", "'next X'"]);
    });

    test('Chinese message names the step and its process', async () => {
        const zh = `
service 门诊 {
  actor 护士 "护士" frontstage
  process 就诊 { step 问诊 by 护士 { next end } }
  process 随访 {
    step 电话随访 by 护士 {
      next 问诊
    }
  }
}
`;
        const diagnostics = await run(zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'next 问诊')]);
        expect(diagnostics[0].message).toBe('“next 问诊”跨出了本流程：步骤“问诊”属于流程“就诊”。');
    });
});
