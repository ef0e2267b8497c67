import { isKpi, isService } from '../../generated/ast.js';
import { defineRule } from '../rule.js';

/** `service`: the KPI's service; undefined for a top-level KPI. */
interface Args { kpi: string; service?: string }

export const kpiNoData = defineRule<Args>({
    id: 'kpi-no-data',
    severity: 'info',
    description: {
        en: 'A KPI has no measured value while another KPI of its service (for a top-level KPI: another top-level KPI) has one.',
        'zh-CN': 'KPI 没有任何测量值，而同一服务的其他 KPI（顶层 KPI：其他顶层 KPI）已有测量值。'
    },
    message: {
        en: ({ kpi, service }) => service === undefined
            ? `KPI '${kpi}' has no measured value, while other top-level KPIs have.`
            : `KPI '${kpi}' has no measured value, while other KPIs of service '${service}' have.`,
        'zh-CN': ({ kpi, service }) => service === undefined
            ? `KPI“${kpi}”没有测量值，而其他顶层 KPI 已有测量值。`
            : `KPI“${kpi}”没有测量值，而服务“${service}”的其他 KPI 已有测量值。`
    },
    checks: {
        Kpi: (kpi, report, context) => {
            const { measured } = context;
            if (measured.kpi(kpi)) return;
            const service = isService(kpi.$container) ? kpi.$container : undefined;
            // The KPI itself has no data, so any measured KPI of its scope is another one.
            const othersMeasured = service
                ? service.members.some(member => isKpi(member) && measured.kpi(member) !== undefined)
                : measured.topLevelKpisWithData > 0;
            if (othersMeasured) report({ node: kpi, property: 'name' }, { kpi: kpi.name, service: service?.name });
        }
    }
});
