import { AstUtils } from 'langium';
import { isProcess, isService } from '../../generated/ast.js';
import { formatMinutes } from '../../model/format-quantity.js';
import { satisfies, toMinutes } from '../../model/units.js';
import { threshold } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { promise: string; promised: string; processes: Array<{ name: string; leadTime: string }> }

export const promiseExceedsStandard = defineRule<Args>({
    id: 'promise-exceeds-standard',
    severity: 'warn',
    description: {
        en: 'A promise published to customers is stricter than the lead time of a process of its service (gap 4).',
        'zh-CN': '对外承诺比服务流程的实际总时长更严格（服务质量差距模型的差距 4）。'
    },
    message: {
        en: ({ promise, promised, processes }) => `Promise '${promise}' (${promised}) is stricter than the lead time of ${processes.map(p => `process '${p.name}' (${p.leadTime})`).join(', ')}: the service cannot keep what it tells customers (gap 4).`,
        'zh-CN': ({ promise, promised, processes }) => `承诺“${promise}”（${promised}）比${processes.map(p => `流程“${p.name}”的总时长（${p.leadTime}）`).join('、')}更严格：服务无法兑现对顾客的承诺（差距 4）。`
    },
    checks: {
        ServicePromise: (promise, report, context) => {
            const promisedMinutes = toMinutes(promise.quantity);
            const service = AstUtils.getContainerOfType(promise, isService);
            if (promisedMinutes === undefined || !service) return;
            const broken = service.members.filter(isProcess)
                .map(process => context.flow(process))
                .filter(flow => flow.start && !satisfies(flow.leadTime.minutes, promise.comparator, promisedMinutes));
            if (broken.length > 0) {
                report({ node: promise, property: 'name' }, {
                    promise: promise.name,
                    promised: threshold(promise),
                    processes: broken.map(flow => ({ name: flow.process.name, leadTime: formatMinutes(flow.leadTime.minutes) }))
                });
            }
        }
    }
});
