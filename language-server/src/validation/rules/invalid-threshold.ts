import type { Kpi, Quantity } from '../../generated/ast.js';
import { formatQuantity, satisfies, toMinutes } from '../../model/units.js';
import { defineRule } from '../rule.js';

/** `warning` and `target` as written (`15`, `1 h`). */
interface Args { kpi: string; warning: string; target: string; direction: 'lower' | 'higher' }

export const invalidThreshold = defineRule<Args>({
    id: 'invalid-threshold',
    severity: 'error',
    description: {
        en: "A KPI's warning threshold lies on the wrong side of its target for its direction.",
        'zh-CN': 'KPI 的预警值相对于目标值位于错误的一侧（与指标方向不符）。'
    },
    message: {
        en: ({ kpi, warning, target, direction }) => direction === 'lower'
            ? `Warning ${warning} of KPI '${kpi}' must be above its target ${target}: lower is better, so the alarm comes after the target is missed.`
            : `Warning ${warning} of KPI '${kpi}' must be below its target ${target}: higher is better, so the alarm comes after the target is missed.`,
        'zh-CN': ({ kpi, warning, target, direction }) => direction === 'lower'
            ? `KPI“${kpi}”的预警值 ${warning} 必须高于目标值 ${target}：该指标越低越好，预警应在未达标之后触发。`
            : `KPI“${kpi}”的预警值 ${warning} 必须低于目标值 ${target}：该指标越高越好，预警应在未达标之后触发。`
    },
    beforeLinking: true,
    checks: {
        Kpi: (kpi, report) => {
            if (!kpi.direction || !kpi.target || !kpi.warning) return;
            const [warning, target] = comparable(kpi, kpi.warning, kpi.target);
            // Equal is wrong too (LANGUAGE.md): the warning lies strictly on the bad side of the target.
            const rightSide = satisfies(warning, kpi.direction === 'lower' ? '>' : '<', target);
            if (!rightSide) {
                report({ node: kpi, property: 'warning' }, {
                    kpi: kpi.name, warning: formatQuantity(kpi.warning), target: formatQuantity(kpi.target), direction: kpi.direction
                });
            }
        }
    }
});

/**
 * The two values on one scale: times in minutes (`warning 1 h` is above
 * `target 30 min`; a bare number is in the KPI's `unit`), anything else as written.
 */
function comparable(kpi: Kpi, ...quantities: [Quantity, Quantity]): [number, number] {
    const minutes = quantities.map(quantity => toMinutes(quantity.unit ? quantity : { ...quantity, unit: kpi.unit }));
    return minutes[0] !== undefined && minutes[1] !== undefined
        ? [minutes[0], minutes[1]]
        : [quantities[0].value, quantities[1].value];
}
