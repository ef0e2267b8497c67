import type { Localized } from '../../i18n/locale.js';

export interface CodeLensTitles {
    openBlueprint: string;
    measuredBy: (kpis: string[]) => string;
    notMeasured: string;
}

export const codeLensTitles: Localized<CodeLensTitles> = {
    en: {
        openBlueprint: 'Open blueprint',
        measuredBy: kpis => `measured by ${kpis.join(', ')}`,
        notMeasured: 'not measured'
    },
    'zh-CN': {
        openBlueprint: '打开服务蓝图',
        measuredBy: kpis => `由 ${kpis.join('、')} 衡量`,
        notMeasured: '尚无 KPI 衡量'
    }
};
