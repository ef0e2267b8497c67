import { kpiBound, pointText, type PointText } from '../kpi-figures.js';
import { defineRule } from '../rule.js';

interface Args extends PointText { kpi: string; target: string }

export const kpiOffTarget = defineRule<Args>({
    id: 'kpi-off-target',
    severity: 'info',
    description: {
        en: "A KPI's latest measured value is worse than its target but does not reach its warning.",
        'zh-CN': 'KPI 最新一期的测量值差于目标值，但尚未达到预警值。'
    },
    message: {
        en: ({ kpi, value, period, target }) => `KPI '${kpi}' is off target: ${value} in ${period} (target ${target}).`,
        'zh-CN': ({ kpi, value, period, target }) => `KPI“${kpi}”未达到目标：${period} 为 ${value}（目标 ${target}）。`
    },
    checks: {
        Kpi: (kpi, report, context) => {
            const status = context.measured.kpi(kpi)?.status;
            if (status?.offTarget && status.latest && kpi.target) {
                report({ node: kpi, property: 'name' }, { kpi: kpi.name, ...pointText(status.latest, kpi), target: kpiBound(kpi.target, kpi) });
            }
        }
    }
});
