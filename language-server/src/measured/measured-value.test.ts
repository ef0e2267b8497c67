import { describe, expect, test } from 'vitest';
import type { Unit } from '../generated/ast.js';
import { parseMeasuredValue, toKpiUnit, type MeasuredValue } from './measured-value.js';

function measured(text: string): MeasuredValue {
    const result = parseMeasuredValue(text);
    if (!result.ok) throw new Error(`${text}: ${result.problem.en}`);
    return result.value;
}

function inKpiUnit(text: string, kpiUnit: Unit | undefined) {
    return toKpiUnit(measured(text), kpiUnit);
}

describe('parseMeasuredValue', () => {
    test.each([
        ['9.5', { value: 9.5 }],
        ['-3', { value: -3 }],
        ['-0.25', { value: -0.25 }],
        ['0', { value: 0 }],
        ['11 min', { value: 11, unit: 'min' }],
        ['11min', { value: 11, unit: 'min' }],
        ['82%', { value: 82, unit: '%' }],
        ['82 %', { value: 82, unit: '%' }],
        ['0.5 h', { value: 0.5, unit: 'h' }],
        ['20 s', { value: 20, unit: 's' }],
        ['2 d', { value: 2, unit: 'd' }],
        ['3 count', { value: 3, unit: 'count' }],
        ['4.5 score', { value: 4.5, unit: 'score' }],
        ['100 CNY', { value: 100, unit: 'CNY' }],
        ['1500\u00a0CNY', { value: 1500, unit: 'CNY' }]
    ])('%j', (text, value) => {
        expect(parseMeasuredValue(text)).toEqual({ ok: true, value });
    });

    test.each(['N/A', 'abc', '-', '.5', '5.', '+5', '1e3', '--1', 'min 11', '１１', '5 min x', '5%%'])('%j is not a number', text => {
        expect(parseMeasuredValue(text)).toEqual({
            ok: false,
            problem: {
                en: `'${text}' is not a number: write a number such as 9.5, optionally followed by a unit (11 min, 82%).`,
                'zh-CN': `“${text}”不是数字：请写一个数字（如 9.5），可带单位（如 11 min、82%）。`
            }
        });
    });

    test('a number too large for a double (400 digits) is refused, never Infinity', () => {
        const result = parseMeasuredValue(`${'9'.repeat(400)} min`);
        expect(result.ok || result.problem.en).toMatch(/^'9{10,}.*' is too large a number for a measured value\.$/);
        expect(result.ok || result.problem['zh-CN']).toContain('数值过大');
        expect(parseMeasuredValue(`${'9'.repeat(300)}`).ok).toBe(true);
    });

    test('an empty cell is not a number either', () => {
        const result = parseMeasuredValue('');
        expect(result.ok || result.problem.en).toBe('The value is empty: write a number such as 9.5, optionally followed by a unit (11 min, 82%).');
    });

    test.each(['1,5', '1,500', '-2,75 min'])('%j: a decimal comma or thousands separator', text => {
        const result = parseMeasuredValue(text);
        expect(result.ok || result.problem.en).toBe(`'${text}' has a comma: write decimals with a point and no thousands separators (1.5, 1500).`);
        expect(result.ok || result.problem['zh-CN']).toContain('千位分隔符');
    });

    test.each([['5 kg', 'kg'], ['5 MIN', 'MIN'], ['5 m', 'm'], ['5 pcs', 'pcs'], ['5 分钟', '分钟']])('%j: %j is not a unit', (text, unit) => {
        const result = parseMeasuredValue(text);
        expect(result.ok || result.problem.en).toBe(`'${text}': '${unit}' is not a unit; the units are s, min, h, d, %, count, score, CNY.`);
        expect(result.ok || result.problem['zh-CN']).toBe(`“${text}”：“${unit}”不是可用的单位；可用单位为 s、min、h、d、%、count、score、CNY。`);
    });
});

describe('toKpiUnit', () => {
    test('a bare number is in the KPI unit, or in none', () => {
        expect(inKpiUnit('9.5', 'min')).toEqual({ ok: true, value: 9.5 });
        expect(inKpiUnit('1200', undefined)).toEqual({ ok: true, value: 1200 });
    });

    test.each([
        ['0.5 h', 'min', 30],
        ['20 s', 'min', 1 / 3],
        ['90 min', 'h', 1.5],
        ['1 d', 'h', 24],
        ['2 min', 's', 120],
        ['11 min', 'min', 11],
        ['82%', '%', 82],
        ['4.5 score', 'score', 4.5],
        ['100 CNY', 'CNY', 100],
        ['3 count', 'count', 3]
    ] as const)('%s in %s is %d', (text, kpiUnit, value) => {
        const result = inKpiUnit(text, kpiUnit);
        expect(result.ok).toBe(true);
        expect(result.ok && result.value).toBeCloseTo(value, 12);
    });

    test('a unit of another dimension names the units that fit', () => {
        expect(inKpiUnit('0.2 %', 'min')).toEqual({
            ok: false,
            problem: {
                en: "'%' does not convert to the KPI's unit 'min'; units that do: s, min, h, d.",
                'zh-CN': '“%”无法换算为该 KPI 的单位“min”；可换算的单位：s、min、h、d。'
            }
        });
        expect(inKpiUnit('5 min', '%').ok || 'refused').toBe('refused');
        expect(inKpiUnit('5 count', 'score').ok || 'refused').toBe('refused');
        expect(inKpiUnit('5 CNY', 'count').ok || 'refused').toBe('refused');
    });

    test('any unit where the KPI has none', () => {
        expect(inKpiUnit('78%', undefined)).toEqual({
            ok: false,
            problem: {
                en: "The KPI has no unit, so its values are plain numbers: remove '%'.",
                'zh-CN': '该 KPI 没有单位，数值只能是不带单位的数字：请去掉“%”。'
            }
        });
    });
});
