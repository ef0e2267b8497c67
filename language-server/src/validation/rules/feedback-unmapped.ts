import { defineRule } from '../rule.js';

interface Args { feedback: string }

export const feedbackUnmapped = defineRule<Args>({
    id: 'feedback-unmapped',
    severity: 'info',
    description: {
        en: 'A feedback channel feeds no KPI.',
        'zh-CN': '反馈渠道没有向任何 KPI 提供数据。'
    },
    message: {
        en: ({ feedback }) => `Feedback channel '${feedback}' feeds no KPI; add 'feeds KPI' so what customers say is used.`,
        'zh-CN': ({ feedback }) => `反馈渠道“${feedback}”没有向任何 KPI 提供数据；请添加“feeds KPI名”。`
    },
    beforeLinking: true,
    checks: {
        Feedback: (feedback, report) => {
            if (feedback.feeds.length === 0) report({ node: feedback, property: 'name' }, { feedback: feedback.name });
        }
    }
});
