import type { Localized } from '#protocol/locale.js';

/**
 * Words of the hover cards that are not keywords of the language; the
 * properties are labelled with their keyword's term from the domain glossary.
 */
export interface HoverTexts {
    standards: string;
    measuredBy: string;
    notMeasured: string;
    failPoints: string;
    noRecovery: string;
    noLane: string;
    lane: string;
    leadTime: string;
    criticalPath: string;
    noLeadTime: string;
    stepCount: string;
    serviceTime: string;
    utilisation: string;
    meanWait: string;
    overloaded: string;
    queueNeedsInputs: string;
    waitNeedsWholeServers: string;
    lineAbove: string;
    lineBelow: string;
    values: string;
    latestValue: string;
    /** A value with its period: `` `8.7 min` (2026-10) ``. */
    inPeriod: (value: string, period: string) => string;
    noData: string;
    status: string;
    trend: string;
    /** `↑ from `8.1 min` (2026-09), worse`; the judgement is optional. */
    trendFrom: (arrow: string, previous: string, judgement: string | undefined) => string;
    judgement: { better: string; worse: string; unchanged: string };
    /** Where a value was read: file name (escaped) and 1-based line. */
    fileLine: (file: string, line: number) => string;
    answers: string;
    expectation: string;
    perception: string;
    gap: string;
}

export const hoverTexts: Localized<HoverTexts> = {
    en: {
        standards: 'Standards',
        measuredBy: 'Measured by',
        notMeasured: '⚠ no KPI measures this standard',
        failPoints: 'Fail points',
        noRecovery: '⚠ no recovery',
        noLane: 'none — the performer is not resolved',
        lane: 'Lane',
        leadTime: 'Lead time',
        criticalPath: 'Critical path',
        noLeadTime: 'none — the process has no steps',
        stepCount: 'Steps',
        serviceTime: 'Service time',
        utilisation: 'Utilisation ρ',
        meanWait: 'Mean wait Wq (Erlang C)',
        overloaded: '⚠ ρ ≥ 100 %: the queue grows without bound',
        queueNeedsInputs: 'ρ and Wq need `serves` (a step with a `duration`), `demand` and `servers`',
        waitNeedsWholeServers: 'Wq needs a whole number of servers',
        lineAbove: 'Above:',
        lineBelow: 'Below:',
        values: 'Values:',
        latestValue: 'Latest value',
        inPeriod: (value, period) => `${value} (${period})`,
        noData: 'no data yet',
        status: 'Status',
        trend: 'Trend',
        trendFrom: (arrow, previous, judgement) => `${arrow} from ${previous}${judgement ? `, ${judgement}` : ''}`,
        judgement: { better: 'better', worse: 'worse', unchanged: 'unchanged' },
        fileLine: (file, line) => `${file}, line ${line}`,
        answers: 'Answered rows',
        expectation: 'Expectation E',
        perception: 'Perception P',
        gap: 'Gap P − E'
    },
    'zh-CN': {
        standards: '服务标准',
        measuredBy: '测量它的 KPI',
        notMeasured: '⚠ 没有 KPI 测量该标准',
        failPoints: '失误点',
        noRecovery: '⚠ 无补救步骤',
        noLane: '无——执行者未能解析',
        lane: '泳道',
        leadTime: '流程总时长',
        criticalPath: '关键路径',
        noLeadTime: '无——流程没有步骤',
        stepCount: '步骤数',
        serviceTime: '服务时间',
        utilisation: '利用率 ρ',
        meanWait: '平均等候时间 Wq（Erlang C）',
        overloaded: '⚠ ρ ≥ 100 %：队列将无限增长',
        queueNeedsInputs: '计算 ρ 和 Wq 需要 `serves`（有 `duration` 的步骤）、`demand` 和 `servers`',
        waitNeedsWholeServers: '计算 Wq 需要整数个服务台',
        lineAbove: '上方：',
        lineBelow: '下方：',
        values: '可选值：',
        latestValue: '最新实测值',
        inPeriod: (value, period) => `${value}（${period}）`,
        noData: '尚无数据',
        status: '状态',
        trend: '趋势',
        trendFrom: (arrow, previous, judgement) => `${arrow} 较 ${previous}${judgement ? `，${judgement}` : ''}`,
        judgement: { better: '变好', worse: '变差', unchanged: '持平' },
        fileLine: (file, line) => `${file} 第 ${line} 行`,
        answers: '有效作答行数',
        expectation: '期望 E',
        perception: '感知 P',
        gap: '差距 P − E'
    }
};
