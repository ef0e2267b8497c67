import { formatPercent } from '../../model/format-quantity.js';
import { queueAt } from '../../model/queue.js';
import { satisfies } from '../../model/units.js';
import { defineRule } from '../rule.js';

interface Args { capacity: string; rho: number }

export const capacityOverload = defineRule<Args>({
    id: 'capacity-overload',
    severity: 'error',
    description: {
        en: 'Utilisation ρ = λ / (c·μ) at a capacity is 1 or more: the queue grows without bound.',
        'zh-CN': '服务能力的利用率 ρ = λ / (c·μ) 大于等于 1：队列会无限增长。'
    },
    message: {
        en: ({ capacity, rho }) => `Capacity '${capacity}' is overloaded: utilisation ρ = ${formatPercent(rho)} ≥ 100 %, so the queue grows without bound; add servers or shorten the served step.`,
        'zh-CN': ({ capacity, rho }) => `服务能力“${capacity}”超负荷：利用率 ρ = ${formatPercent(rho)} ≥ 100 %，队列将无限增长；请增加服务台或缩短服务时长。`
    },
    checks: {
        Capacity: (capacity, report) => {
            const queue = queueAt(capacity);
            // ρ ≥ 1 with the comparators' tolerance: 9 per h at 20 min on 3 servers is exactly 1, computed 0.9999999999999998.
            if (queue && !satisfies(queue.rho, '<', 1)) report({ node: capacity, property: 'name' }, { capacity: capacity.name, rho: queue.rho });
        }
    }
});
