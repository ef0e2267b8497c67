import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'backstage-visible';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

const actors = `
  actor Patient "patient" customer
  actor Nurse "nurse" frontstage
  system Kiosk "kiosk" frontstage
  actor Lab "lab" backstage
  system HIS "hospital system" support
`;

describe('backstage-visible', () => {
    const spec = `
service Clinic {${actors}
  process Visit {
    step GiveSample by Patient {
      next Check,
           RunTest
    }
    step Check by Nurse { next end }
    step RunTest by Lab { next Report }
    step Report by HIS {
      next Collect
    }
    step Collect by Patient { next end }
  }
}
`;

    test('fires at the crossing reference in next, in both directions', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, '           RunTest'), lineOf(spec, 'next Collect')]);
        expect(diagnostics.map(d => d.column)).toEqual([12, 12]);
        expect(diagnostics.every(d => d.severity === 'warning')).toBe(true);
        expect(diagnostics[0].message).toBe("'GiveSample' → 'RunTest' crosses the line of visibility: the customer deals directly with a backstage step. Put a frontstage step between them.");
        expect(diagnostics[1].message).toBe("'Report' → 'Collect' crosses the line of visibility: the customer deals directly with a support step. Put a frontstage step between them.");
    });

    test('does not fire when a frontstage step (actor or system) stands between', async () => {
        const clean = `
service Clinic {${actors}
  process Visit {
    step GiveSample by Patient { next Check }
    step Check by Nurse { next RunTest }
    step RunTest by Lab { next Report }
    step Report by HIS { next Print }
    step Print by Kiosk { next Collect }
    step Collect by Patient { next Collect2 }
    step Collect2 by Patient { next end }
  }
}
`;
        expect(await run(clean)).toEqual([]);
    });

    test('recover edges are ignored', async () => {
        const recover = `
service Clinic {${actors}
  process Visit {
    step Pay by Patient {
      fail "card declined" recover Refund
      next Check
    }
    step Check by Nurse { next end }
    step Refund by HIS {
      fail "refund failed" recover Pay
      next end
    }
  }
}
`;
        expect(await run(recover)).toEqual([]);
    });

    test('stays silent about steps whose performer does not resolve, or who have none', async () => {
        const unresolved = `
service Clinic {${actors}
  process Visit {
    step Pay by Patient { next Ghostly }
    step Ghostly by Ghost { next Anonymous }
    step Anonymous { next Pay2 }
    step Pay2 by Patient { next Lab2 }
    step Lab2 by Lab { next end }
  }
}
`;
        const all = await diagnose(unresolved);
        expect(all.filter(d => d.rule === 'unresolved-reference').map(d => d.line)).toEqual([lineOf(unresolved, 'by Ghost')]);
        const diagnostics = all.filter(d => d.rule === rule);
        // only the edge between two resolved lanes
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(unresolved, 'next Lab2')]);
    });

    test('a crossing between two resolved steps is reported even where another next does not resolve', async () => {
        const broken = `
service Clinic {${actors}
  process Visit {
    step GiveSample by Patient { next RunTest }
    step RunTest by Lab { next Reprot }
  }
}
`;
        const all = await diagnose(broken);
        expect(all.filter(d => d.rule === 'unresolved-reference' || d.rule === rule).map(d => [d.rule, d.line]))
            .toEqual([[rule, lineOf(broken, 'step GiveSample')], ['unresolved-reference', lineOf(broken, 'step RunTest')]]);
    });

    test('performers from a library file and edges across processes count', async () => {
        const specs = {
            'library.svc': 'actor Guest "guest" customer\nsystem PMS "property system" support\n',
            'hotel.svc': `
service Hotel {
  process CheckIn {
    step Arrive by Guest { next Allocate }
  }
  process Rooms {
    step Allocate by PMS { next end }
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['hotel.svc', lineOf(specs['hotel.svc'], 'next Allocate')]]);
        expect(diagnostics[0].message).toContain('support step');
    });

    test('Chinese message names both steps and the lane', async () => {
        const zh = `
service 门诊 {
  actor 患者 "患者" customer
  actor 检验科 "检验科" backstage
  process 就诊 {
    step 留取标本 by 患者 {
      next 化验
    }
    step 化验 by 检验科 { next end }
  }
}
`;
        const diagnostics = await diagnoseRule(rule, zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'next 化验')]);
        expect(diagnostics[0].message).toBe('“留取标本”→“化验”越过了可视线：顾客直接面对后台步骤。请在两者之间加入前台步骤。');
    });
});
