import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'capacity-overload';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** One counter step of the given duration, and a capacity serving it. */
function counter(duration: string, demand: string, servers: string): string {
    return `
service Branch {
  actor Teller "teller" frontstage
  process Main {
    step Serve by Teller {
      ${duration ? `duration ${duration}` : ''}
      next end
    }
  }
  capacity Counters "柜台" {
    serves Serve
    ${demand ? `demand ${demand}` : ''}
    ${servers ? `servers ${servers}` : ''}
  }
}
`;
}

describe('capacity-overload', () => {
    test('fires at the capacity name when ρ > 1, giving ρ', async () => {
        // λ = 35/60 per min, μ = 1/6 per min, c = 3: ρ = 35/30
        const spec = counter('6 min', '35 per h', '3');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'capacity Counters'));
        expect(diagnostics[0].column).toBe(12);
        expect(diagnostics[0].severity).toBe('error');
        expect(diagnostics[0].message).toBe("Capacity 'Counters' is overloaded: utilisation ρ = 116.7 % ≥ 100 %, so the queue grows without bound; add servers or shorten the served step.");
    });

    test('ρ exactly 1 is overloaded', async () => {
        for (const [duration, demand, servers] of [['6 min', '30 per h', '3'], ['5 min', '36 per h', '3'], ['20 min', '9 per h', '3'], ['60 s', '1 per min', '1']]) {
            const diagnostics = await run(counter(duration, demand, servers));
            expect(diagnostics.map(d => d.message), `${demand}, ${duration}, ${servers} servers`).toEqual([
                "Capacity 'Counters' is overloaded: utilisation ρ = 100 % ≥ 100 %, so the queue grows without bound; add servers or shorten the served step."
            ]);
        }
    });

    test('does not fire below 1', async () => {
        // ρ = 27/60 · 6 / 3 = 0.9
        expect(await run(counter('6 min', '27 per h', '3'))).toEqual([]);
        // ρ = 35/60 · 6 / 4 = 0.875
        expect(await run(counter('6 min', '35 per h', '4'))).toEqual([]);
    });

    test('converts demand and service time to one unit', async () => {
        // 48 per d = 2 per h; 1 h of service on one server: ρ = 2
        const perDay = await run(counter('1 h', '48 per d', '1'));
        expect(perDay.map(d => d.message)).toEqual([expect.stringContaining('ρ = 200 % ≥ 100 %')]);
        // 1 per s = 60 per min; 30 s of service: offered load 30
        expect((await run(counter('30 s', '1 per s', '20'))).map(d => d.message)).toEqual([expect.stringContaining('ρ = 150 % ≥ 100 %')]);
        expect(await run(counter('30 s', '1 per s', '40'))).toEqual([]);
        // 0.5 d of service per arrival, 1 arrival per day, 1 server: ρ = 0.5
        expect(await run(counter('0.5 d', '1 per d', '1'))).toEqual([]);
    });

    test('is silent when the served step has no duration, or demand or servers is missing', async () => {
        expect(await run(counter('', '100 per h', '1'))).toEqual([]);
        expect(await run(counter('6 min', '', '1'))).toEqual([]);
        expect(await run(counter('6 min', '100 per h', ''))).toEqual([]);
    });

    test('is silent when serves does not resolve', async () => {
        const spec = counter('6 min', '100 per h', '1').replace('serves Serve', 'serves Nowhere');
        const all = await diagnose(spec);
        expect(all.map(d => d.rule)).toContain('unresolved-reference');
        expect(all.filter(d => d.rule === rule)).toEqual([]);
    });

    test('serves a step of a service in another file (Service.Member)', async () => {
        const specs = {
            'branch.svc': counter('10 min', '1 per min', '5').replace(/capacity Counters[\s\S]*?\n {2}\}\n/, ''),
            'planning.svc': `
service Planning {
  capacity 对私柜台 {
    serves Branch.Serve
    demand 1 per min
    servers 5
  }
  capacity 对公柜台 {
    serves Branch.Serve
    demand 1 per min
    servers 11
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['planning.svc', lineOf(specs['planning.svc'], 'capacity 对私柜台')]]);
        expect(diagnostics[0].message).toContain('ρ = 200 % ≥ 100 %');
    });

    test('Chinese message names the capacity and ρ', async () => {
        const spec = `
service 社保窗口 {
  actor 窗口 "综合窗口" frontstage
  process 办理 { step 受理 by 窗口 { duration 6 min next end } }
  capacity 综合窗口组 {
    serves 受理
    demand 35 per h
    servers 3
  }
}
`;
        const diagnostics = await diagnoseRule(rule, spec, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'capacity 综合窗口组')]);
        expect(diagnostics[0].message).toBe('服务能力“综合窗口组”超负荷：利用率 ρ = 116.7 % ≥ 100 %，队列将无限增长；请增加服务台或缩短服务时长。');
    });
});
