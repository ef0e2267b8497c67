import type { Localized } from '#protocol/locale.js';

export interface CodeLensTitles {
    openBlueprint: string;
    measuredBy: (kpis: string[]) => string;
    notMeasured: string;
    /** `readings`: each as `8.7 min (2026-10)`, with the KPI's name before it when several KPIs or a breach are named. */
    met: (readings: string[]) => string;
    notMet: (readings: string[]) => string;
    reading: (kpi: string | undefined, value: string, period: string) => string;
}

export const codeLensTitles: Localized<CodeLensTitles> = {
    en: {
        openBlueprint: 'Open blueprint',
        measuredBy: kpis => `measured by ${kpis.join(', ')}`,
        notMeasured: 'not measured',
        met: readings => `met: ${readings.join(', ')}`,
        notMet: readings => `not met: ${readings.join(', ')}`,
        reading: (kpi, value, period) => `${kpi ? `${kpi} ` : ''}${value} (${period})`
    },
    'zh-CN': {
        openBlueprint: '打开服务蓝图',
        measuredBy: kpis => `由 ${kpis.join('、')} 衡量`,
        notMeasured: '尚无 KPI 衡量',
        met: readings => `达标：${readings.join('、')}`,
        notMet: readings => `未达标：${readings.join('、')}`,
        reading: (kpi, value, period) => `${kpi ? `${kpi} ` : ''}${value}（${period}）`
    }
};
