import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'standard-incomplete';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** A standard with the given properties, one per line, inside a service with an owner actor. */
function standard(name: string, ...properties: string[]): string {
    return `
service Branch {
  actor Manager "manager" backstage
  standard ${name} "${name}" {
${properties.map(property => `    ${property}\n`).join('')}  }
}
`;
}

const complete = ['dimension responsiveness', 'target <= 30 s', 'method observation', 'frequency monthly', 'owner Manager'];

describe('standard-incomplete', () => {
    test('fires at the name of an empty standard, listing all five fields in order', async () => {
        const spec = standard('GreetIn30s');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'standard GreetIn30s'));
        expect(diagnostics[0].column).toBe(12);
        expect(diagnostics[0].severity).toBe('warning');
        expect(diagnostics[0].message).toBe("Standard 'GreetIn30s' is incomplete: it lacks dimension, target, method, frequency and owner.");
    });

    test('lists only what is missing', async () => {
        const one = await run(standard('S', ...complete.filter(p => !p.startsWith('owner'))));
        expect(one.map(d => d.message)).toEqual(["Standard 'S' is incomplete: it lacks owner."]);
        const two = await run(standard('S', 'kind hard', 'bounds wait', 'tolerance 10 s', 'target <= 30 s', 'frequency daily', 'dimension empathy'));
        expect(two.map(d => d.message)).toEqual(["Standard 'S' is incomplete: it lacks method and owner."]);
    });

    test('does not fire for a complete standard; kind, bounds and tolerance are optional', async () => {
        expect(await run(standard('S', ...complete))).toEqual([]);
        // a unitless target is still a target, a system may own it
        const spec = standard('S', 'dimension reliability', 'target >= 90', 'method system-log', 'frequency daily', 'owner Core')
            .replace('actor Manager "manager" backstage', 'system Core "core system" support');
        expect(await run(spec)).toEqual([]);
    });

    test('checks top-level library standards, whose owner may live in another file', async () => {
        const specs = {
            'roles.svc': 'actor QualityLead "quality lead" backstage\n',
            'library.svc': `
standard LobbyTidy {
  dimension tangibles
  target >= 95 %
  method audit
  frequency weekly
  owner QualityLead
}
standard Knowledge {
  dimension assurance
  owner QualityLead
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([['library.svc', lineOf(specs['library.svc'], 'standard Knowledge')]]);
        expect(diagnostics[0].message).toContain('lacks target, method and frequency.');
    });

    test('Chinese message names the standard and the missing fields', async () => {
        const spec = standard('等候15分钟', 'dimension responsiveness', 'target <= 15 min', 'frequency monthly');
        const diagnostics = await run(spec, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'standard 等候15分钟')]);
        expect(diagnostics[0].message).toBe('服务标准“等候15分钟”不完整：缺少 method、owner。');
    });
});
