import type { Localized } from '../../i18n/locale.js';

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
        values: 'Values:'
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
        values: '可选值：'
    }
};
