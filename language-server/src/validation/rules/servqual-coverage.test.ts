import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'servqual-coverage';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

function standard(name: string, dimension: string): string {
    return `  standard ${name} { dimension ${dimension} target >= 90 % }`;
}

describe('servqual-coverage', () => {
    test('fires on the service name and lists the missing dimensions in SERVQUAL order', async () => {
        const text = `service Bank "银行" {
${standard('Fast', 'responsiveness')}
${standard('Kind', 'empathy')}
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'service Bank'));
        expect(found[0].severity).toBe('info');
        expect(found[0].message).toBe("Service 'Bank' has no standard for the SERVQUAL dimensions reliability, assurance and tangibles.");
    });

    test('a single missing dimension is named in the singular', async () => {
        const text = `service Bank {
${standard('Right', 'reliability')}
${standard('Fast', 'responsiveness')}
${standard('Sure', 'assurance')}
${standard('Kind', 'empathy')}
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Service 'Bank' has no standard for the SERVQUAL dimension tangibles.");
    });

    test('a service without standards misses all five', async () => {
        const found = await check('service Empty { }\n');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(1);
        expect(found[0].message).toBe("Service 'Empty' has no standard for the SERVQUAL dimensions reliability, responsiveness, assurance, empathy and tangibles.");
    });

    test('does not fire when all five dimensions are covered', async () => {
        expect(await check(`service Bank {
${standard('Right', 'reliability')}
${standard('Fast', 'responsiveness')}
${standard('Sure', 'assurance')}
${standard('Kind', 'empathy')}
${standard('Clean', 'tangibles')}
}
`)).toEqual([]);
    });

    test('standards used by steps, processes and capacities count, top-level ones from another file included', async () => {
        const library = `standard 准确 { dimension reliability target >= 99 % }
standard 专业 { dimension assurance target >= 4 score }
standard 整洁 { dimension tangibles target >= 95 % }
standard 及时 { dimension responsiveness bounds wait target <= 10 min }
standard 未用 { dimension empathy target >= 90 % }
`;
        const service = `service 网点 {
  actor 柜员 "柜员" frontstage
  process 开户 {
    standard 准确
    step 核验 by 柜员 { duration 4 min standard 专业 next end }
  }
  capacity 柜台 { serves 核验 demand 10 per h servers 2 standard 及时 }
  standard 环境 { dimension tangibles target >= 95 % }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'service 网点'));
        // 未用 (empathy) is not used by the service, so empathy is still missing.
        expect(found[0].message).toBe("Service '网点' has no standard for the SERVQUAL dimension empathy.");
    });

    test('a standard without dimension covers nothing', async () => {
        const found = await check(`service Bank {
${standard('Right', 'reliability')}
${standard('Fast', 'responsiveness')}
${standard('Sure', 'assurance')}
${standard('Kind', 'empathy')}
  standard Clean { target >= 95 % }
}
`);
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('dimension tangibles.');
    });

    test('each service is judged on its own standards', async () => {
        const text = `service Full {
${standard('Right', 'reliability')}
${standard('Fast', 'responsiveness')}
${standard('Sure', 'assurance')}
${standard('Kind', 'empathy')}
${standard('Clean', 'tangibles')}
}
service Thin {
${standard('Quick', 'responsiveness')}
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'service Thin'));
        expect(found[0].message).toBe("Service 'Thin' has no standard for the SERVQUAL dimensions reliability, assurance, empathy and tangibles.");
    });

    test('gives a Chinese message listing the same dimensions', async () => {
        const text = `service 网点 {
  standard 及时 { dimension responsiveness target <= 10 min }
  standard 热情 { dimension empathy target >= 90 % }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(1);
        expect(found[0].message).toBe('服务“网点”没有覆盖 SERVQUAL 维度：可靠性（reliability）、保证性（assurance）、有形性（tangibles）。');
    });

    test('the Chinese message names every dimension in Chinese', async () => {
        const found = await diagnoseRule(rule, 'service 空白 { }\n', 'zh-CN');
        expect(found.map(d => d.message)).toEqual(['服务“空白”没有覆盖 SERVQUAL 维度：可靠性（reliability）、响应性（responsiveness）、保证性（assurance）、移情性（empathy）、有形性（tangibles）。']);
    });
});
