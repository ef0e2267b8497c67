import { defineRule } from '../rule.js';

interface Args { kpi: string; warning: number; target: number; direction: 'lower' | 'higher' }

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
    checks: {
        Kpi: (kpi, report) => {
            if (!kpi.direction || !kpi.target || !kpi.warning) return;
            const warning = kpi.warning.value;
            const target = kpi.target.value;
            const wrongSide = kpi.direction === 'lower' ? warning <= target : warning >= target;
            if (wrongSide) report({ node: kpi, property: 'warning' }, { kpi: kpi.name, warning, target, direction: kpi.direction });
        }
    }
});
