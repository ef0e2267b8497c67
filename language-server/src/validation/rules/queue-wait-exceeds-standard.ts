import type { Capacity, Standard } from '../../generated/ast.js';
import { formatMinutes, formatPercent } from '../../model/format-quantity.js';
import { queueAt } from '../../model/queue.js';
import { isWorseThan, standardsBounding } from '../../model/standards.js';
import { standardsWithTargets, threshold } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { capacity: string; wait: string; rho: number; standards: Array<{ name: string; target: string }> }

export const queueWaitExceedsStandard = defineRule<Args>({
    id: 'queue-wait-exceeds-standard',
    severity: 'warn',
    description: {
        en: 'The Erlang C mean queue wait Wq at a capacity is worse than its wait standard.',
        'zh-CN': '按 Erlang C 模型计算的平均排队等候时间 Wq 未达到等候标准。'
    },
    message: {
        en: ({ capacity, wait, rho, standards }) => `Mean queue wait Wq = ${wait} at capacity '${capacity}' (Erlang C, ρ = ${formatPercent(rho)}) exceeds standard ${standardsWithTargets(standards, 'en')}.`,
        'zh-CN': ({ capacity, wait, rho, standards }) => `服务能力“${capacity}”的平均排队等候 Wq = ${wait}（Erlang C，ρ = ${formatPercent(rho)}）超出服务标准${standardsWithTargets(standards, 'zh-CN')}。`
    },
    checks: {
        Capacity: (capacity, report) => {
            const queue = queueAt(capacity);
            if (queue?.waitMinutes === undefined) return;
            const wait = queue.waitMinutes;
            const breached = waitStandards(capacity).filter(standard => isWorseThan(wait, standard));
            if (breached.length > 0) {
                report({ node: capacity, property: 'name' }, {
                    capacity: capacity.name, wait: formatMinutes(wait), rho: queue.rho,
                    standards: breached.map(standard => ({ name: standard.name, target: threshold(standard.target!) }))
                });
            }
        }
    }
});

/** The capacity's own standard, else the wait standards of the step it serves. */
function waitStandards(capacity: Capacity): Standard[] {
    const own = capacity.standard?.ref;
    if (own) return [own];
    return standardsBounding(capacity.serves?.ref?.standards ?? [], 'wait');
}
