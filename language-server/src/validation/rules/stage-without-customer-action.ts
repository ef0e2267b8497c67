import { isCustomerStep, laneOf } from '../../model/lanes.js';
import { defineRule } from '../rule.js';

interface Args { stage: string }

export const stageWithoutCustomerAction = defineRule<Args>({
    id: 'stage-without-customer-action',
    severity: 'warn',
    description: {
        en: 'A stage holds no customer step.',
        'zh-CN': '阶段中没有任何顾客步骤。'
    },
    message: {
        en: ({ stage }) => `Stage '${stage}' holds no customer step; a blueprint stage is a phase of the customer's journey, so show what the customer does in it.`,
        'zh-CN': ({ stage }) => `阶段“${stage}”中没有顾客步骤；服务蓝图的阶段是顾客旅程的一段，请写出顾客在此阶段做什么。`
    },
    checks: {
        Stage: (stage, report) => {
            // A step without a lane might be the customer's: stay silent then.
            if (stage.steps.some(step => isCustomerStep(step) || laneOf(step) === undefined)) return;
            report({ node: stage, property: 'name' }, { stage: stage.name });
        }
    }
});
