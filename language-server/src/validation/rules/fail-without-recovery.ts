import { defineRule } from '../rule.js';

interface Args { failure: string }

export const failWithoutRecovery = defineRule<Args>({
    id: 'fail-without-recovery',
    severity: 'warn',
    description: {
        en: 'A fail point has no `recover` step.',
        'zh-CN': '失误点没有 `recover` 补救步骤。'
    },
    message: {
        en: ({ failure }) => `Fail point "${failure}" has no recovery; add 'recover STEP' naming the step that puts it right.`,
        'zh-CN': ({ failure }) => `失误点“${failure}”没有补救措施；请用“recover 步骤名”指明补救步骤。`
    },
    beforeLinking: true,
    checks: {
        FailPoint: (fail, report) => {
            if (!fail.recover) report({ node: fail }, { failure: fail.description });
        }
    }
});
