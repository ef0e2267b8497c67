import type { Locale } from '../../i18n/locale.js';

/** The words the diagrams add to the spec's own text, in one language. */
export interface DiagramTexts {
    lanes: Record<'evidence' | 'customer' | 'frontstage' | 'backstage' | 'support' | 'unassigned', string>;
    wait: (amount: string) => string;
    duration: (amount: string) => string;
    start: string;
    end: string;
    legend: string;
    legendMoment: string;
    legendFail: string;
    legendWait: string;
    legendUnmeasured: string;
    notMeasured: string;
    kpiTarget: (target: string) => string;
    /** SERVQUAL dimensions by keyword. */
    dimensions: Record<string, string>;
    stepsOutsideStages: string;
    standardsOutsideProcesses: string;
    noStandards: string;
}

const english: DiagramTexts = {
    lanes: {
        evidence: 'Physical evidence',
        customer: 'Customer actions',
        frontstage: 'Frontstage',
        backstage: 'Backstage',
        support: 'Support processes',
        unassigned: 'Unassigned'
    },
    wait: amount => `⏱ ${amount} wait`,
    duration: amount => `takes ${amount}`,
    start: 'Start',
    end: 'End',
    legend: 'Legend',
    legendMoment: '★ Moment of truth',
    legendFail: '⚠ Fail point',
    legendWait: '⏱ Wait point',
    legendUnmeasured: '⚠ Unmeasured: no KPI measures this standard',
    notMeasured: '⚠ not measured',
    kpiTarget: target => `target ${target}`,
    dimensions: {},
    stepsOutsideStages: 'Steps outside stages',
    standardsOutsideProcesses: 'Standards outside processes',
    noStandards: 'No standard is named in this process'
};

const chinese: DiagramTexts = {
    lanes: {
        evidence: '有形展示',
        customer: '顾客行为',
        frontstage: '前台',
        backstage: '后台',
        support: '支持过程',
        unassigned: '未指定'
    },
    wait: amount => `⏱ 等候 ${amount}`,
    duration: amount => `用时 ${amount}`,
    start: '开始',
    end: '结束',
    legend: '图例',
    legendMoment: '★ 关键时刻',
    legendFail: '⚠ 失误点',
    legendWait: '⏱ 等候点',
    legendUnmeasured: '⚠ 未被测量：没有 KPI 测量该标准',
    notMeasured: '⚠ 未被测量',
    kpiTarget: target => `目标 ${target}`,
    dimensions: { reliability: '可靠性', responsiveness: '响应性', assurance: '保证性', empathy: '移情性', tangibles: '有形性' },
    stepsOutsideStages: '阶段外的步骤',
    standardsOutsideProcesses: '流程外的标准',
    noStandards: '此流程未引用任何标准'
};

export function diagramTexts(locale: Locale = 'en'): DiagramTexts {
    return locale === 'zh-CN' ? chinese : english;
}
