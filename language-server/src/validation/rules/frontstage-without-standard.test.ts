import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'frontstage-without-standard';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('frontstage-without-standard', () => {
    const spec = `
service Hotel {
  actor Guest "guest" customer
  actor Porter "porter" frontstage
  system Kiosk "check-in kiosk" frontstage
  actor Housekeeping "housekeeping" backstage
  system PMS "property system" support
  standard CheckIn5 { bounds lead-time target <= 5 min }
  process Arrival {
    standard CheckIn5
    step Arrive by Guest { next Carry }
    step Carry by Porter { next Print }
    step Print by Kiosk { standard CheckIn5 next Key }
    step Key by Kiosk { next Prepare }
    step Prepare by Housekeeping { next Log }
    step Log by PMS { next end }
  }
}
`;

    test('fires at the name of frontstage steps (actor or system) without standard; a process standard does not count', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Carry'), lineOf(spec, 'step Key')]);
        expect(diagnostics.map(d => d.column)).toEqual([10, 10]);
        expect(diagnostics.every(d => d.severity === 'warning')).toBe(true);
        expect(diagnostics[0].message).toBe("Frontstage step 'Carry' has no service standard; the customer sees it, so say what 'good' looks like with 'standard NAME'.");
        expect(diagnostics[1].message).toContain("'Key'");
    });

    test('does not fire for customer, backstage and support steps, or a frontstage step with a standard', async () => {
        const clean = spec.replace('step Carry by Porter {', 'step Carry by Porter { standard CheckIn5').replace('step Key by Kiosk {', 'step Key by Kiosk { standard CheckIn5');
        expect(await run(clean)).toEqual([]);
    });

    test('a library standard or Service.Member from another file counts', async () => {
        const specs = {
            'library.svc': `
actor Desk "desk" frontstage
standard Smile { dimension empathy target >= 4 score }
service Brand {
  standard Greet10s { target <= 10 s }
}
`,
            'hotel.svc': `
service Hotel {
  process Arrival {
    step Welcome by Desk { standard Smile next Register }
    step Register by Desk { standard Brand.Greet10s next Farewell }
    step Farewell by Desk { next end }
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['hotel.svc', lineOf(specs['hotel.svc'], 'step Farewell')]]);
    });

    test('a step whose performer does not resolve, or who has none, is not reported', async () => {
        const unresolved = `
service Hotel {
  process Arrival {
    step Welcome by Concierge { next Anonymous }
    step Anonymous { next end }
  }
}
`;
        const all = await diagnose(unresolved);
        expect(all.filter(d => d.rule === 'unresolved-reference').map(d => d.line)).toEqual([lineOf(unresolved, 'by Concierge')]);
        expect(all.filter(d => d.rule === rule)).toEqual([]);
    });

    test('Chinese message names the step', async () => {
        const zh = `
service 入住接待 {
  actor 行李员 "行李员" frontstage
  process 接待 {
    step 接行李 by 行李员 { next end }
  }
}
`;
        const diagnostics = await diagnoseRule(rule, zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'step 接行李')]);
        expect(diagnostics[0].message).toBe('前台步骤“接行李”没有服务标准；顾客能看到这一步，请用“standard 标准名”说明服务要求。');
    });
});
