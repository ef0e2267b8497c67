import type { Locale } from '#protocol/locale.js';

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
    /** Blueprint overlay: a step whose standard a KPI shows not met. */
    legendNotMet: string;
    /** Performance view: a KPI's latest status. */
    kpiStatus: Record<'atWarning' | 'offTarget' | 'onTarget' | 'worsening', string>;
    measuredSeries: string;
    kpiWarning: (warning: string) => string;
    kpisWithoutStandard: string;
    expectation: string;
    perception: string;
    /** Title of a survey's SERVQUAL radar (rings: `3–7`, centre to rim); the gap is written after each dimension. */
    servqualTitle: (survey: string, rings: string) => string;
    importanceTitle: (survey: string) => string;
    importanceAxis: [low: string, high: string];
    perceptionAxis: [low: string, high: string];
    /** Importance–performance analysis, quadrants of Mermaid's quadrantChart: 1 top right, 2 top left, 3 bottom left, 4 bottom right. */
    quadrants: Record<'keepUp' | 'overkill' | 'lowPriority' | 'concentrate', string>;
    /** Empty performance view: no `measurements` or `survey` in the service; lines of the note. */
    noDataElements: string[];
    /** Data elements, but no KPI value and no survey answer read yet. */
    noValidData: string[];
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
    noStandards: 'No standard is named in this process',
    legendNotMet: '⚠ Standard not met: latest measured value against the target',
    kpiStatus: { atWarning: 'at warning', offTarget: 'off target', onTarget: 'on target', worsening: 'worsening' },
    measuredSeries: 'measured',
    kpiWarning: warning => `warning ${warning}`,
    kpisWithoutStandard: 'KPIs that measure no standard',
    expectation: 'expectation (E)',
    perception: 'perception (P)',
    servqualTitle: (survey, rings) => `${survey}: SERVQUAL mean E and P (rings ${rings}), gap P − E`,
    importanceTitle: survey => `${survey}: importance–performance`,
    importanceAxis: ['lower importance', 'higher importance'],
    perceptionAxis: ['low perception', 'high perception'],
    quadrants: { keepUp: 'keep up the good work', overkill: 'possible overkill', lowPriority: 'low priority', concentrate: 'concentrate here' },
    noDataElements: [
        'No measured data yet.',
        'Add to the service: measurements NAME "title" from "data/kpi.csv"',
        'CSV columns: kpi, period, value (指标, 期间, 数值), optional note'
    ],
    noValidData: [
        'No KPI of this service has a valid value yet.',
        'Rows need kpi, period, value (指标, 期间, 数值) naming a KPI of the service;',
        'svc check lists the rows it could not read.'
    ]
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
    noStandards: '此流程未引用任何标准',
    legendNotMet: '⚠ 标准未达成：最新实测值与目标对比',
    kpiStatus: { atWarning: '达到预警', offTarget: '未达目标', onTarget: '达标', worsening: '持续恶化' },
    measuredSeries: '实测值',
    kpiWarning: warning => `预警 ${warning}`,
    kpisWithoutStandard: '未测量任何标准的指标',
    expectation: '期望 (E)',
    perception: '感知 (P)',
    servqualTitle: (survey, rings) => `${survey}：SERVQUAL 期望与感知均值（环 ${rings}），差距 P − E`,
    importanceTitle: survey => `${survey}：重要性–绩效分析`,
    importanceAxis: ['重要性较低', '重要性较高'],
    perceptionAxis: ['感知较低', '感知较高'],
    quadrants: { keepUp: '继续保持', overkill: '可能过度投入', lowPriority: '低优先级', concentrate: '重点改进' },
    noDataElements: [
        '尚无实测数据。',
        '在服务中加入：measurements NAME "标题" from "data/kpi.csv"',
        'CSV 列：kpi, period, value（或 指标, 期间, 数值），可选 note（备注）'
    ],
    noValidData: [
        '本服务的指标尚无有效数值。',
        '每行需有 kpi, period, value（指标, 期间, 数值），并指向本服务的指标；',
        'svc check 会列出无法读取的行。'
    ]
};

/** A SERVQUAL dimension's name in the diagram's language (the keyword in English). */
export function dimensionName(dimension: string, texts: DiagramTexts): string {
    return Object.hasOwn(texts.dimensions, dimension) ? texts.dimensions[dimension] : dimension;
}

export function diagramTexts(locale: Locale = 'en'): DiagramTexts {
    return locale === 'zh-CN' ? chinese : english;
}
