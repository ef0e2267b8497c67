import { isFeedback } from '../../generated/ast.js';
import { defineRule } from '../rule.js';

interface Args { service: string }

export const noFeedbackChannel = defineRule<Args>({
    id: 'no-feedback-channel',
    severity: 'info',
    description: {
        en: 'A service has no `feedback` channel.',
        'zh-CN': '服务没有任何 `feedback` 反馈渠道。'
    },
    message: {
        en: ({ service }) => `Service '${service}' has no feedback channel; add a 'feedback' so customers' voices reach the KPIs.`,
        'zh-CN': ({ service }) => `服务“${service}”没有反馈渠道；请添加 feedback，让顾客的声音进入 KPI。`
    },
    beforeLinking: true,
    checks: {
        Service: (service, report) => {
            if (!service.members.some(isFeedback)) report({ node: service, property: 'name' }, { service: service.name });
        }
    }
});
