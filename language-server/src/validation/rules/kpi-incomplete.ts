import type { Kpi } from '../../generated/ast.js';
import { words } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { kpi: string; missing: string[] }

const requiredFields = ['measures', 'formula', 'unit', 'direction', 'target', 'period', 'source', 'owner'] as const satisfies ReadonlyArray<keyof Kpi>;

export const kpiIncomplete = defineRule<Args>({
    id: 'kpi-incomplete',
    severity: 'warn',
    description: {
        en: 'A KPI lacks measures, formula, unit, direction, target, period, source or owner.',
        'zh-CN': 'KPI 缺少衡量对象、公式、单位、方向、目标、周期、数据来源或责任人。'
    },
    message: {
        en: ({ kpi, missing }) => `KPI '${kpi}' is incomplete: it lacks ${words(missing, 'en')}.`,
        'zh-CN': ({ kpi, missing }) => `KPI“${kpi}”不完整：缺少 ${words(missing, 'zh-CN')}。`
    },
    beforeLinking: true,
    checks: {
        Kpi: (kpi, report) => {
            const missing = requiredFields.filter(field => field === 'measures' ? kpi.measures.length === 0 : kpi[field] === undefined);
            if (missing.length > 0) report({ node: kpi, property: 'name' }, { kpi: kpi.name, missing });
        }
    }
});
