import { isWorseThan, standardsBounding } from '../../model/standards.js';
import { formatQuantity, toMinutes } from '../../model/units.js';
import { standardsWithTargets, threshold } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { step: string; property: 'wait' | 'duration'; value: string; standards: Array<{ name: string; target: string }> }

export const stepExceedsStandard = defineRule<Args>({
    id: 'step-exceeds-standard',
    severity: 'warn',
    description: {
        en: "A step's wait or duration is worse than an attached standard that bounds it.",
        'zh-CN': '步骤的等候或时长未达到其关联的服务标准。'
    },
    message: {
        en: ({ step, property, value, standards }) => `${property === 'wait' ? 'Wait' : 'Duration'} ${value} of step '${step}' does not meet ${standardsWithTargets(standards, 'en')}.`,
        'zh-CN': ({ step, property, value, standards }) => `步骤“${step}”的${property === 'wait' ? '等候时间' : '办理时长'} ${value} 未达到服务标准${standardsWithTargets(standards, 'zh-CN')}。`
    },
    checks: {
        Step: (step, report) => {
            for (const property of ['wait', 'duration'] as const) {
                const minutes = toMinutes(step[property]);
                if (minutes === undefined) continue;
                const breached = standardsBounding(step.standards, property).filter(standard => isWorseThan(minutes, standard));
                if (breached.length > 0) {
                    report({ node: step, property }, {
                        step: step.name, property, value: formatQuantity(step[property]!),
                        standards: breached.map(standard => ({ name: standard.name, target: threshold(standard.target!) }))
                    });
                }
            }
        }
    }
});
