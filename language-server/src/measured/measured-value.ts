import type { Unit } from '../generated/ast.js';
import { perMinute, unitDimension } from '../model/units.js';
import { parsed, problem, type Parsed } from './parse-result.js';
import { quoteCell } from './quote-cell.js';

/** A `value` cell: a number, in the unit written after it or else in the KPI's unit. */
export interface MeasuredValue {
    value: number;
    unit?: Unit;
}

const units = Object.keys(unitDimension) as Unit[];
const isUnit = (text: string): text is Unit => Object.hasOwn(unitDimension, text);

// A number as the language writes one (`12`, `2.5`), with a minus sign; then whatever follows.
const valuePattern = /^(-?\d+(?:\.\d+)?)\s*(.*)$/s;
/** What a misspelt unit looks like (`kg`, `MIN`), as opposed to a number gone wrong (`5.`, `1e3`). */
const unitLike = /^(?:\p{L}+|%)$/u;

const howToWrite = { en: 'write a number such as 9.5, optionally followed by a unit (11 min, 82%)', zh: '请写一个数字（如 9.5），可带单位（如 11 min、82%）' };

/** `9.5`, `11 min`, `82%`, `-3 count`: exactly (the table trims cells). */
export function parseMeasuredValue(text: string): Parsed<MeasuredValue> {
    if (text === '') return problem(`The value is empty: ${howToWrite.en}.`, `数值为空：${howToWrite.zh}。`);
    const match = valuePattern.exec(text);
    // Quoted only for a problem: valid cells are the many.
    const cell = () => quoteCell(text);
    if (match) {
        const [, numberText, unitText] = match;
        // 400 digits are a number to the pattern, and Infinity to JavaScript.
        if (!Number.isFinite(Number(numberText))) {
            return problem(`${cell().en} is too large a number for a measured value.`, `${cell().zh}数值过大，不能作为实测值。`);
        }
        if (unitText === '') return parsed({ value: Number(numberText) });
        if (isUnit(unitText)) return parsed({ value: Number(numberText), unit: unitText });
        if (unitText.startsWith(',')) {
            return problem(`${cell().en} has a comma: write decimals with a point and no thousands separators (1.5, 1500).`,
                `${cell().zh}含有逗号：小数请用小数点，且不要用千位分隔符（如 1.5、1500）。`);
        }
        if (unitLike.test(unitText)) {
            const unit = quoteCell(unitText);
            return problem(`${cell().en}: ${unit.en} is not a unit; the units are ${units.join(', ')}.`,
                `${cell().zh}：${unit.zh}不是可用的单位；可用单位为 ${units.join('、')}。`);
        }
    }
    return problem(`${cell().en} is not a number: ${howToWrite.en}.`, `${cell().zh}不是数字：${howToWrite.zh}。`);
}

/**
 * The value in the KPI's unit: a bare number already is; a time is converted
 * (`0.5 h` is 30 for a KPI in `min`); any other unit must be the KPI's own.
 */
export function toKpiUnit(measured: MeasuredValue, kpiUnit: Unit | undefined): Parsed<number> {
    const { value, unit } = measured;
    if (unit === undefined) return parsed(value);
    if (kpiUnit === undefined) {
        return problem(`The KPI has no unit, so its values are plain numbers: remove '${unit}'.`,
            `该 KPI 没有单位，数值只能是不带单位的数字：请去掉“${unit}”。`);
    }
    if (unitDimension[unit] !== unitDimension[kpiUnit]) {
        const fitting = units.filter(candidate => unitDimension[candidate] === unitDimension[kpiUnit]);
        return problem(`'${unit}' does not convert to the KPI's unit '${kpiUnit}'; units that do: ${fitting.join(', ')}.`,
            `“${unit}”无法换算为该 KPI 的单位“${kpiUnit}”；可换算的单位：${fitting.join('、')}。`);
    }
    // Times convert through minutes (`1 per h` is 1/60 per minute); every other dimension has a single unit.
    const [onePerUnit, onePerKpiUnit] = [perMinute(1, unit), perMinute(1, kpiUnit)];
    return parsed(onePerUnit !== undefined && onePerKpiUnit !== undefined ? value * onePerKpiUnit / onePerUnit : value);
}
