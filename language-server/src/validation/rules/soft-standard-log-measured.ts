import { defineRule } from '../rule.js';

interface Args { standard: string }

export const softStandardLogMeasured = defineRule<Args>({
    id: 'soft-standard-log-measured',
    severity: 'warn',
    description: {
        en: 'A soft (perceived) standard is measured with `method system-log`.',
        'zh-CN': '软性（感知类）服务标准使用了 `method system-log` 测量。'
    },
    message: {
        en: ({ standard }) => `Standard '${standard}' is soft (perceived by the customer), but a system log cannot measure perception; use survey, observation or mystery-shopper.`,
        'zh-CN': ({ standard }) => `服务标准“${standard}”是软性标准（顾客感知），系统日志无法测量感知；请改用 survey、observation 或 mystery-shopper。`
    },
    beforeLinking: true,
    checks: {
        Standard: (standard, report) => {
            if (standard.kind === 'soft' && standard.method === 'system-log') {
                report({ node: standard, property: 'method' }, { standard: standard.name });
            }
        }
    }
});
