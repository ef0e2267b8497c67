import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'customer-step-unserved';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

const actors = `
  actor Client "client" customer
  actor Agent "agent" frontstage
  system App "online app" frontstage
  actor Checker "checker" backstage
`;

/** Steps (one per line) in one process of a service with the actors above. */
function flow(...steps: string[]): string {
    return `
service Porting {${actors}
  process Apply {
${steps.map(step => `    step ${step}\n`).join('')}  }
}
`;
}

describe('customer-step-unserved', () => {
    test('fires at the name of a customer step with no frontstage neighbour', async () => {
        const spec = flow('Fill by Client { next Upload }', 'Upload by Client { next Review }', 'Review by App { next Check }', 'Check by Checker { next end }');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'step Fill'));
        expect(diagnostics[0].column).toBe(10);
        expect(diagnostics[0].severity).toBe('warning');
        expect(diagnostics[0].message).toBe("Customer step 'Fill' has no frontstage step directly before or after it: nobody serves the customer at this point of the line of interaction.");
    });

    test('a frontstage step before or after serves it, actor or system', async () => {
        expect(await run(flow('Greet by Agent { next Sign }', 'Sign by Client { next end }'))).toEqual([]);
        expect(await run(flow('Sign by Client { next Confirm }', 'Confirm by App { next end }'))).toEqual([]);
        // a frontstage predecessor in another process of the service counts (next edges are service-wide)
        const spec = `
service Porting {${actors}
  process Apply { step Sign by Client { next end } }
  process Remind { step Call by Agent { next Sign } }
}
`;
        expect(await run(spec)).toEqual([]);
    });

    test('non-frontstage neighbours and recover edges do not serve it', async () => {
        const spec = flow(
            'Ask by Agent { fail "form lost" recover Refill next Fill }',
            'Fill by Client { next Check }',
            'Check by Checker { next end }',
            'Refill by Client { next Check }'
        );
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Refill')]);
    });

    test('a loop of customer steps with no contact point: each is reported', async () => {
        const spec = flow('Start by Agent { next end }', 'Try by Client { next Retry }', 'Retry by Client { next Try }');
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Try'), lineOf(spec, 'step Retry')]);
    });

    test('unresolved performers: the step itself is not reported, and it serves nobody', async () => {
        const spec = flow('Lonely by Nobody { next end }', 'Sign by Client { next Ghost }', 'Ghost by Phantom { next end }');
        const all = await diagnose(spec);
        expect(all.filter(d => d.rule === 'unresolved-reference').map(d => d.line)).toEqual([lineOf(spec, 'step Lonely'), lineOf(spec, 'step Ghost')]);
        expect(all.filter(d => d.rule === rule).map(d => d.line)).toEqual([lineOf(spec, 'step Sign')]);
    });

    test('an unresolved next or recover leaves the flow unknown: customer steps of that process are not reported', async () => {
        // The typo may be the very edge to the frontstage (Sign) or from it (Greet).
        const typoAfter = flow('Sign by Client { next Confrim }', 'Confirm by App { next end }');
        const typoBefore = flow('Greet by Agent { next Sgin }', 'Sign by Client { next end }');
        const typoInRecover = flow('Greet by Agent { fail "x" recover Retyr next end }', 'Sign by Client { next end }');
        for (const spec of [typoAfter, typoBefore, typoInRecover]) {
            const found = (await diagnose(spec)).filter(d => d.rule === rule || d.rule === 'unresolved-reference').map(d => d.rule);
            expect(found, spec).toEqual(['unresolved-reference']);
        }
    });

    test('a typo in one process leaves the customer steps of the others checked', async () => {
        const spec = `
service Porting {${actors}
  process Apply { step Sign by Client { next Confrim } }
  process Cancel { step Quit by Client { next end } }
}
`;
        expect((await diagnoseRule(rule, spec)).map(d => d.line)).toEqual([lineOf(spec, 'step Quit')]);
    });

    test('the customer and frontstage roles may come from a library file', async () => {
        const specs = {
            'roles.svc': 'actor Guest "guest" customer\nactor Porter "porter" frontstage\n',
            'hotel.svc': `
service Hotel {
  process Arrival {
    step Arrive by Guest { next Carry }
    step Carry by Porter { next end }
    step Wander by Guest { next end }
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['hotel.svc', lineOf(specs['hotel.svc'], 'step Wander')]]);
    });

    test('Chinese message names the step', async () => {
        const zh = `
service 携号转网 {
  actor 客户 "用户" customer
  system 营业厅App "网上营业厅" frontstage
  process 申请 {
    step 填写 by 客户 { next 上传 }
    step 上传 by 客户 { next 审核 }
    step 审核 by 营业厅App { next end }
  }
}
`;
        const diagnostics = await diagnoseRule(rule, zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'step 填写')]);
        expect(diagnostics[0].message).toBe('顾客步骤“填写”前后都没有前台步骤：在互动线上无人接待顾客。');
    });
});
