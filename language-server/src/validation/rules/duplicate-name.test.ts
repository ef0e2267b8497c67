import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'duplicate-name';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('duplicate-name inside a service', () => {
    const spec = `
service Refunds "退款" {
  actor Clerk "clerk" frontstage
  process Refund "退款流程" {
    stage Refund "退款阶段" {
      step Pay "付款" by Clerk { next end }
    }
  }
}
`;

    test('reports every declaration, even of different kinds', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'process Refund'), lineOf(spec, 'stage Refund')]);
        expect(diagnostics.every(d => d.severity === 'error')).toBe(true);
        expect(diagnostics[0].message).toBe("Name 'Refund' is declared more than once in service 'Refunds'; names must be unique within a service.");
        // reported at the name, not at the keyword
        expect(diagnostics[1].column).toBe(spec.split('\n')[lineOf(spec, 'stage Refund') - 1].indexOf('Refund') + 1);
    });

    test('measured data shares the scope of the other members, and top-level measurements the workspace scope', async () => {
        const text = `service S {
  kpi Monthly { }
  measurements Monthly from "kpi.csv"
  survey Q from "q.csv"
  survey Q from "q2.csv"
}
measurements Yearly from "y.csv"
`;
        const diagnostics = await run({ 'a.svc': text, 'b.svc': 'standard Yearly { }\n' });
        expect(diagnostics.map(d => `${d.file}:${d.line}`)).toEqual(['a.svc:2', 'a.svc:3', 'a.svc:4', 'a.svc:5', 'a.svc:7', 'b.svc:1']);
    });

    test('three declarations of one name give three diagnostics', async () => {
        const triple = `
service S {
  actor X "a" frontstage
  system X "b" support
  promise X "c" <= 2 h
  actor Y "d" backstage
}
`;
        const diagnostics = await run(triple);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(triple, 'actor X'), lineOf(triple, 'system X'), lineOf(triple, 'promise X')]);
        expect(diagnostics.every(d => d.message.includes("'X'"))).toBe(true);
    });

    test('steps in different processes of one service clash', async () => {
        const twoProcesses = `
service S {
  actor A "a" frontstage
  process P1 { step Go by A { next end } }
  process P2 { step Go by A { next end } }
}
`;
        const diagnostics = await run(twoProcesses);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(twoProcesses, 'process P1'), lineOf(twoProcesses, 'process P2')]);
    });

    test('does not fire for distinct names, or the same member name in two services', async () => {
        const clean = `
service A {
  actor Clerk "a" frontstage
  process Main { step Go by Clerk { next end } }
}
service B {
  actor Clerk "b" frontstage
  process Main { step Go by Clerk { next end } }
}
`;
        expect(await run(clean)).toEqual([]);
    });

    test('a member may share the name of its service or of a top-level element', async () => {
        const shadowing = {
            'lib.svc': 'actor Clerk "library clerk" backstage\n',
            'svc.svc': `
service Clerk {
  actor Clerk "service clerk" frontstage
  process Main { step Go by Clerk { next end } }
}
`
        };
        // the service 'Clerk' is top-level and clashes with the library actor; the member does not
        const diagnostics = await run(shadowing);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['lib.svc', 1], ['svc.svc', 2]]);
        expect(diagnostics.every(d => d.message.includes('in the workspace'))).toBe(true);
    });
});

describe('duplicate-name at top level', () => {
    const standard = (title: string) => `
standard LobbyTidy "${title}" {
  dimension tangibles
  target >= 95 %
  method audit
  frequency weekly
  owner QualityLead
}
`;

    test('two files declaring the same library standard clash, both reported', async () => {
        const specs = {
            'a.svc': `actor QualityLead "q" backstage\n${standard('A')}`,
            'b.svc': standard('B')
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([
            ['a.svc', lineOf(specs['a.svc'], 'standard LobbyTidy')],
            ['b.svc', lineOf(specs['b.svc'], 'standard LobbyTidy')]
        ]);
        expect(diagnostics[0].message).toBe("Name 'LobbyTidy' is declared more than once in the workspace; top-level names must be unique.");
    });

    test('the same name twice in one file and once in another gives three diagnostics', async () => {
        const specs = {
            'a.svc': 'actor Desk "a" frontstage\nsystem Desk "b" support\n',
            'b.svc': '\n\nservice Desk { }\n'
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['a.svc', 1], ['a.svc', 2], ['b.svc', 3]]);
    });

    test('does not fire when top-level names differ across files', async () => {
        const specs = {
            'a.svc': `actor QualityLead "q" backstage\n${standard('A')}`,
            'b.svc': 'actor Other "o" backstage\nservice S { }\n'
        };
        expect(await run(specs)).toEqual([]);
    });
});

describe('duplicate-name in Chinese', () => {
    test('names the duplicated identifier and the service', async () => {
        const spec = `
service 开户 "个人开户" {
  actor 柜员 "柜员" frontstage
  actor 柜员 "另一个柜员" backstage
}
`;
        const diagnostics = await run(spec, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([3, 4]);
        expect(diagnostics[0].message).toBe('名称“柜员”在服务“开户”中重复声明；服务内的名称必须唯一。');
    });

    test('top-level clash across files', async () => {
        const specs = { 'a.svc': 'actor 质检员 "a" backstage\n', 'b.svc': 'actor 质检员 "b" backstage\n' };
        const diagnostics = await run(specs, 'zh-CN');
        expect(diagnostics).toHaveLength(2);
        expect(diagnostics[1].message).toBe('名称“质检员”在工作区中重复声明；顶层元素的名称必须唯一。');
    });
});
