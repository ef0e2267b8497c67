import type { Lane } from '../../generated/ast.js';
import type { Localized } from '#protocol/locale.js';

export interface HintLabels {
    leadTime: (time: string) => string;
    leadTimeTooltip: (criticalPath: string[]) => string;
    queue: (rho: string, wait: string | undefined) => string;
    queueTooltip: (rho: string, wait: string | undefined) => string;
    overloaded: string;
    overloadedTooltip: (rho: string) => string;
    lane: Record<Lane, string>;
    kpiValue: (value: string, period: string) => string;
    /** The latest value's status (when the KPI can be judged) and the data file row it came from. */
    kpiTooltip: (status: string | undefined, file: string, line: number) => string;
}

/** Texts of the inlay hints; ρ, Wq and the units are the language's own symbols in both locales. */
export const hintLabels: Localized<HintLabels> = {
    en: {
        leadTime: time => `lead time ${time}`,
        leadTimeTooltip: path => `Longest wait + duration from the start step along 'next'; critical path: ${path.join(' → ')}.`,
        queue: (rho, wait) => wait === undefined ? `ρ = ${rho}` : `ρ = ${rho}, Wq = ${wait}`,
        queueTooltip: (rho, wait) => `Utilisation ρ = λ / (c·μ) = ${rho}`
            + (wait === undefined ? '; no Erlang C wait for a fractional number of servers.' : `; mean queue wait Wq (M/M/c, Erlang C) = ${wait}.`),
        overloaded: 'ρ ≥ 100 %',
        overloadedTooltip: rho => `Overloaded: ρ = ${rho} ≥ 100 %, the queue grows without bound.`,
        lane: { customer: 'customer', frontstage: 'frontstage', backstage: 'backstage', support: 'support' },
        kpiValue: (value, period) => `= ${value} (${period})`,
        kpiTooltip: (status, file, line) => `${status ? `The latest value is ${status}. ` : ''}From ${file}, line ${line}.`
    },
    'zh-CN': {
        leadTime: time => `总时长 ${time}`,
        leadTimeTooltip: path => `从首个步骤沿 next 走到结束，等候与办理时长之和的最大值；关键路径：${path.join(' → ')}。`,
        queue: (rho, wait) => wait === undefined ? `ρ = ${rho}` : `ρ = ${rho}，Wq = ${wait}`,
        queueTooltip: (rho, wait) => `利用率 ρ = λ / (c·μ) = ${rho}`
            + (wait === undefined ? '；服务台数不是整数，无法按 Erlang C 计算等候时间。' : `；平均排队等候 Wq（M/M/c，Erlang C）= ${wait}。`),
        overloaded: 'ρ ≥ 100 %',
        overloadedTooltip: rho => `超负荷：ρ = ${rho} ≥ 100 %，队列将无限增长。`,
        lane: { customer: '顾客', frontstage: '前台', backstage: '后台', support: '支持' },
        kpiValue: (value, period) => `= ${value}（${period}）`,
        kpiTooltip: (status, file, line) => `${status ? `最新实测值${status}。` : ''}来自 ${file} 第 ${line} 行。`
    }
};
