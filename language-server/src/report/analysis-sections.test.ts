import { beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { serviceSchema, type BlueprintDocument, type ServiceModel } from '#protocol/blueprint-schema.js';
import { htmlReport, markdownReport } from './index.js';
import { reportLabels } from './report-labels.js';
import { examplesRoot, fixedDate, htmlRows, htmlSection, markdownRows, modelsOf } from '../../../test/helpers/report-kit.js';

let document: BlueprintDocument;
let base: ServiceModel;

beforeAll(async () => {
    [{ document, service: base }] = await modelsOf([join(examplesRoot, 'healthcare/outpatient-visit.svc')]);
});

/** The outpatient service with its capacities and lead time changed by hand, checked against the schema. */
function variant(changes: Partial<ServiceModel>): ServiceModel {
    return serviceSchema.parse({ ...base, ...changes });
}

describe('capacity analysis beyond the clean examples', () => {
    function capacityRows(locale: 'en' | 'zh-CN') {
        const [rooms, blood, cashier] = base.capacities;
        const service = variant({
            capacities: [
                { ...rooms, demand: '50 per h', rho: 50 / 45, waitMinutes: undefined },
                { ...blood, servers: 0, rho: null, waitMinutes: undefined },
                // No own standard: the served step 采血's wait standard applies.
                { ...blood, name: 'Fallback', title: undefined, standard: undefined },
                // No own standard and the served step 收费 has no wait standard.
                { ...cashier, standard: undefined },
                { name: 'Sketch', serves: undefined, demand: undefined, servers: undefined, serviceMinutes: undefined, rho: undefined, waitMinutes: undefined, range: rooms.range }
            ]
        });
        const input = { document, service, locale, generatedAt: fixedDate };
        return { markdown: markdownRows(markdownReport(input), reportLabels[locale].headings.capacity), html: htmlRows(htmlSection(htmlReport(input), 'capacity')) };
    }

    test('ρ ≥ 100 % is overloaded with an unbounded wait; no servers is an unbounded ρ', () => {
        const { markdown, html } = capacityRows('en');
        expect(markdown[0].slice(2)).toEqual(['50 per h', '6', '8 min', '111.1 %', 'unbounded', '候诊不超30分钟 (≤ 30 min)', '**overloaded (ρ ≥ 100 %)**']);
        expect(markdown[1].slice(3, 9)).toEqual(['0', '3 min', 'unbounded', 'unbounded', '窗口排队不超10分钟 (≤ 10 min)', '**overloaded (ρ ≥ 100 %)**']);
        expect(html[0][8]).toBe('overloaded (ρ ≥ 100 %)');
    });

    test('without its own standard a capacity is held to the served step\'s wait standards', () => {
        const { markdown } = capacityRows('en');
        expect(markdown[2]).toEqual(['Fallback', '采血', '60 per h', '4', '3 min', '75 %', '91.7 s', '窗口排队不超10分钟 (≤ 10 min)', 'met']);
        expect(markdown[3].slice(7)).toEqual(['no wait standard', '—']);
        expect(markdown[4]).toEqual(['Sketch', '—', '—', '—', '—', '—', '—', 'no wait standard', 'demand, servers or service time missing']);
    });

    test('zh-CN words for the same verdicts', () => {
        const { markdown } = capacityRows('zh-CN');
        expect(markdown[0].slice(6)).toEqual(['无上限', '候诊不超30分钟（≤ 30 min）', '**超负荷（ρ ≥ 100 %）**']);
        expect(markdown[3][7]).toBe('无等候标准');
    });

    test('the HTML marks met and not met for the eye', () => {
        const html = htmlReport({ document, service: variant({ capacities: [{ ...base.capacities[0], rho: 1.2, waitMinutes: undefined }] }), locale: 'en', generatedAt: fixedDate });
        expect(htmlSection(html, 'capacity')).toContain('<td class="bad">overloaded (ρ ≥ 100 %)</td>');
        expect(htmlSection(htmlReport({ document, service: base, locale: 'en', generatedAt: fixedDate }), 'capacity')).toContain('<td class="good">met</td>');
    });
});

describe('lead time and promises when the process is too slow', () => {
    test('200 min breaks the 2 h standard and the 3 h promise', () => {
        const [process] = base.processes;
        const service = variant({ processes: [{ ...process, leadTime: { ...process.leadTime, minutes: 200 } }] });
        for (const locale of ['en', 'zh-CN'] as const) {
            const labels = reportLabels[locale];
            const markdown = markdownReport({ document, service, locale, generatedAt: fixedDate });
            const [leadTime] = markdownRows(markdown, labels.headings.leadTime);
            expect(leadTime[1]).toBe('3.33 h');
            expect(leadTime[4]).toBe(`**${labels.notMet}**`);
            expect(markdownRows(markdown, labels.headings.promises)[0].slice(3)).toEqual(['3.33 h', `**${labels.notKept}**`]);
        }
    });

    test('a process without a lead-time standard says so', () => {
        const [process] = base.processes;
        const [row] = markdownRows(markdownReport({ document, service: variant({ processes: [{ ...process, standards: [] }] }), locale: 'en', generatedAt: fixedDate }), 'Lead time per process');
        expect(row.slice(3)).toEqual(['no lead-time standard', '—']);
    });
});

describe('summary and diagnostics of a partial file', () => {
    test('syntax errors are announced first, and diagnostics outside every service are listed with it', () => {
        const partial: BlueprintDocument = {
            ...document,
            syntaxErrors: 1,
            diagnostics: [
                { rule: 'syntax-error', severity: 'error', message: 'Unexpected token', line: 1, column: 1 },
                { rule: 'dead-end-step', severity: 'warning', message: 'inside', line: base.range.start.line + 2, column: 3 },
                { rule: 'duplicate-name', severity: 'error', message: 'after', line: base.range.end.line + 5, column: 1 }
            ]
        };
        const markdown = markdownReport({ document: partial, service: base, locale: 'zh-CN', generatedAt: fixedDate });
        expect(markdown).toContain('## 1. 服务概况\n\n**规范中有 1 处语法错误；修正之前，以下数据可能不完整。**');
        expect(markdownRows(markdown, '待处理的检查问题').map(row => row.slice(0, 3))).toEqual([
            ['**错误**', 'syntax-error', '1'],
            ['警告', 'dead-end-step', String(base.range.start.line + 2)],
            ['**错误**', 'duplicate-name', String(base.range.end.line + 5)]
        ]);
    });

    test('a diagnostic inside another service of the file is left out', () => {
        const other = { ...base, name: 'Other', range: { start: { line: base.range.end.line + 2, character: 0 }, end: { line: base.range.end.line + 9, character: 1 } } };
        const withOther: BlueprintDocument = {
            ...document,
            services: [base, other],
            diagnostics: [{ rule: 'dead-end-step', severity: 'warning', message: 'elsewhere', line: other.range.start.line + 3, column: 3 }]
        };
        expect(markdownReport({ document: withOther, service: base, locale: 'en', generatedAt: fixedDate })).toContain(reportLabels.en.empty.diagnostics);
        expect(markdownRows(markdownReport({ document: withOther, service: other, locale: 'en', generatedAt: fixedDate }), 'Open diagnostics')).toHaveLength(1);
    });
});
