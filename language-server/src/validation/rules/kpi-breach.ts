import { kpiBound, pointText, type PointText } from '../kpi-figures.js';
import { defineRule } from '../rule.js';

interface Args extends PointText { kpi: string; warning: string }

export const kpiBreach = defineRule<Args>({
    id: 'kpi-breach',
    severity: 'warn',
    description: {
        en: "A KPI's latest measured value reaches its warning (equals it or is worse).",
        'zh-CN': 'KPI 最新一期的测量值达到预警值（等于或差于预警值）。'
    },
    message: {
        en: ({ kpi, value, period, warning }) => `KPI '${kpi}' has reached its warning: ${value} in ${period} (warning ${warning}).`,
        'zh-CN': ({ kpi, value, period, warning }) => `KPI“${kpi}”已达到预警值：${period} 为 ${value}（预警值 ${warning}）。`
    },
    checks: {
        Kpi: (kpi, report, context) => {
            const status = context.measured.kpi(kpi)?.status;
            if (status?.atWarning && status.latest && kpi.warning) {
                report({ node: kpi, property: 'name' }, { kpi: kpi.name, ...pointText(status.latest, kpi), warning: kpiBound(kpi.warning, kpi) });
            }
        }
    }
});
