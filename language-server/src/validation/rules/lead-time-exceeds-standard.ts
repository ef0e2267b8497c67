import { isWorseThan, standardsBounding } from '../../model/standards.js';
import { formatMinutes } from '../../model/format-quantity.js';
import { standardsWithTargets, threshold } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { process: string; leadTime: string; standards: Array<{ name: string; target: string }>; path: string[] }

export const leadTimeExceedsStandard = defineRule<Args>({
    id: 'lead-time-exceeds-standard',
    severity: 'warn',
    description: {
        en: 'The process lead time is worse than a process standard that bounds lead-time.',
        'zh-CN': '流程的总办理时长未达到限定 lead-time 的流程标准。'
    },
    message: {
        en: ({ process, leadTime, standards, path }) => `Lead time ${leadTime} of process '${process}' exceeds standard ${standardsWithTargets(standards, 'en')}; critical path: ${path.join(' → ')}.`,
        'zh-CN': ({ process, leadTime, standards, path }) => `流程“${process}”的总时长 ${leadTime} 超出服务标准${standardsWithTargets(standards, 'zh-CN')}；关键路径：${path.join(' → ')}。`
    },
    checks: {
        Process: (process, report, context) => {
            const { leadTime } = context.flow(process);
            const breached = standardsBounding(process.standards, 'lead-time').filter(standard => isWorseThan(leadTime.minutes, standard));
            if (breached.length > 0) {
                report({ node: process, property: 'name' }, {
                    process: process.name,
                    leadTime: formatMinutes(leadTime.minutes),
                    standards: breached.map(standard => ({ name: standard.name, target: threshold(standard.target!) })),
                    path: leadTime.criticalPath.map(step => step.name)
                });
            }
        }
    }
});
