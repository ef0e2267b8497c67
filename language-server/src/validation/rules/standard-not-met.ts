import type { Standard } from '../../generated/ast.js';
import type { Locale } from '#protocol/locale.js';
import { standardMeasurements } from '../../measured/standard-measurements.js';
import { formatPeriod } from '../../measured/periods.js';
import { formatNumber } from '../../model/format-quantity.js';
import { threshold, words } from '../message-format.js';
import type { RuleContext } from '../rule-context.js';
import { defineRule } from '../rule.js';

/** A KPI whose latest value breaks the standard: its label, the value with the KPI's unit, the period. */
interface Breaking { kpi: string; value: string; period: string }

interface Args { standard: string; target: string; kpis: Breaking[] }

export const standardNotMet = defineRule<Args>({
    id: 'standard-not-met',
    severity: 'warn',
    description: {
        en: "The latest measured value of a KPI that measures the standard does not satisfy the standard's target.",
        'zh-CN': '衡量该服务标准的 KPI 的最新实测值不满足标准的目标。'
    },
    message: {
        en: ({ standard, target, kpis }) => kpis.length === 1
            ? `Standard '${standard}' is not met by the latest measured value: ${measured(kpis, 'en')} does not satisfy ${target}.`
            : `Standard '${standard}' is not met by the latest measured values: ${measured(kpis, 'en')} do not satisfy ${target}.`,
        'zh-CN': ({ standard, target, kpis }) => `服务标准“${standard}”未达标：最新实测值${measured(kpis, 'zh-CN')}不满足 ${target}。`
    },
    checks: {
        Standard: (standard, report, context) => {
            const kpis = breakingKpis(standard, context);
            if (kpis.length > 0) report({ node: standard, property: 'name' }, { standard: standard.name, target: threshold(standard.target!), kpis });
        }
    }
});

/** `'FirstCall' 78 % (2026-10)` for each KPI, joined. */
function measured(kpis: readonly Breaking[], locale: Locale): string {
    const items = kpis.map(({ kpi, value, period }) => locale === 'zh-CN' ? `“${kpi}” ${value}（${period}）` : `'${kpi}' ${value} (${period})`);
    return locale === 'zh-CN' ? items.join('、') : words(items, 'en');
}

/** The KPIs measuring the standard whose latest value does not satisfy its target, in workspace order (file, then text). */
function breakingKpis(standard: Standard, context: RuleContext): Breaking[] {
    return standardMeasurements(standard, node => context.workspace.measuringKpis(node), context.measured)
        .filter(({ met }) => !met)
        .map(({ kpi, label, latest }) => ({ kpi: label, value: `${formatNumber(latest.value)} ${kpi.unit}`, period: formatPeriod(latest.period) }));
}
