import { pointText, type PointText } from '../kpi-figures.js';
import { defineRule } from '../rule.js';

interface Args { kpi: string; points: PointText[] }

/** `8 min (2026-07) → 9 min (2026-08)`; Chinese takes full-width brackets without a space. */
const series = (points: PointText[], each: (point: PointText) => string) => points.map(each).join(' → ');

export const kpiWorsening = defineRule<Args>({
    id: 'kpi-worsening',
    severity: 'info',
    description: {
        en: "A KPI's last four values lie in consecutive periods and each of the last three is worse than the one before.",
        'zh-CN': 'KPI 最近四个值位于连续的期间，且后三个值逐期变差。'
    },
    message: {
        en: ({ kpi, points }) => `KPI '${kpi}' is worsening, three periods in a row: ${series(points, ({ value, period }) => `${value} (${period})`)}.`,
        'zh-CN': ({ kpi, points }) => `KPI“${kpi}”连续三个期间变差：${series(points, ({ value, period }) => `${value}（${period}）`)}。`
    },
    checks: {
        Kpi: (kpi, report, context) => {
            const worsening = context.measured.kpi(kpi)?.status.worsening;
            if (worsening) report({ node: kpi, property: 'name' }, { kpi: kpi.name, points: worsening.map(point => pointText(point, kpi)) });
        }
    }
});
