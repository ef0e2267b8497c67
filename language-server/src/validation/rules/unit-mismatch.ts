import { isStandard, type Kpi } from '../../generated/ast.js';
import { isTimeUnit, unitDimension } from '../../model/units.js';
import { names } from '../message-format.js';
import { defineRule } from '../rule.js';

type Args =
    | { kind: 'kpi'; kpi: string; unit: string; standards: string[] }
    | { kind: 'promise'; promise: string; unit: string | undefined }
    | { kind: 'time'; property: 'wait' | 'duration' | 'demand'; unit: string | undefined };

export const unitMismatch = defineRule<Args>({
    id: 'unit-mismatch',
    severity: 'error',
    description: {
        en: "A KPI's unit does not fit the targets of the standards it measures, or a time (promise, wait, duration, demand rate) has no time unit.",
        'zh-CN': 'KPI 的单位与其衡量的服务标准目标值的量纲不一致，或承诺、等候、时长、到达率缺少时间单位。'
    },
    message: {
        en: args => {
            switch (args.kind) {
                case 'kpi': return `Unit '${args.unit}' of KPI '${args.kpi}' does not match the target of ${names(args.standards, 'en')}; use a unit of the same dimension, or % for a compliance rate.`;
                case 'promise': return `Promise '${args.promise}' must be a time (s, min, h, d) to be compared with lead times, not ${args.unit ? `'${args.unit}'` : 'a bare number'}.`;
                case 'time': return `'${args.property}' needs a time unit (s, min, h, d), not ${args.unit ? `'${args.unit}'` : 'a bare number'}.`;
            }
        },
        'zh-CN': args => {
            switch (args.kind) {
                case 'kpi': return `KPI“${args.kpi}”的单位“${args.unit}”与${names(args.standards, 'zh-CN')}的目标值量纲不一致；请使用同一量纲的单位，或用 % 表示达标率。`;
                case 'promise': return `承诺“${args.promise}”必须是时间（s、min、h、d）才能与办结时长比较，而不是${args.unit ? `“${args.unit}”` : '不带单位的数字'}。`;
                case 'time': return `“${args.property}”需要时间单位（s、min、h、d），而不是${args.unit ? `“${args.unit}”` : '不带单位的数字'}。`;
            }
        }
    },
    beforeLinking: true,
    checks: {
        Kpi: (kpi, report) => {
            const mismatched = mismatchedStandards(kpi);
            if (kpi.unit && mismatched.length > 0) {
                report({ node: kpi, property: 'unit' }, { kind: 'kpi', kpi: kpi.name, unit: kpi.unit, standards: mismatched });
            }
        },
        ServicePromise: (promise, report) => {
            if (promise.quantity && !isTimeUnit(promise.quantity.unit)) {
                report({ node: promise, property: 'quantity' }, { kind: 'promise', promise: promise.name, unit: promise.quantity.unit });
            }
        },
        Step: (step, report) => {
            for (const property of ['wait', 'duration'] as const) {
                const quantity = step[property];
                if (quantity && !isTimeUnit(quantity.unit)) {
                    report({ node: step, property }, { kind: 'time', property, unit: quantity.unit });
                }
            }
        },
        Capacity: (capacity, report) => {
            if (capacity.demand && !isTimeUnit(capacity.demand.per)) {
                report({ node: capacity, property: 'demand' }, { kind: 'time', property: 'demand', unit: capacity.demand.per });
            }
        }
    }
});

/** Measured standards whose target unit is of another dimension than the KPI's unit (% fits all). */
function mismatchedStandards(kpi: Kpi): string[] {
    if (!kpi.unit || kpi.unit === '%') return [];
    const dimension = unitDimension[kpi.unit];
    return kpi.measures
        .map(reference => reference.ref)
        .filter(isStandard)
        // A target the parser recovered without a quantity has no unit to compare.
        .filter(standard => standard.target?.quantity?.unit !== undefined && unitDimension[standard.target.quantity.unit] !== dimension)
        .map(standard => standard.name);
}
