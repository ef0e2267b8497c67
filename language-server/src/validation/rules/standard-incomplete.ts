import type { Standard } from '../../generated/ast.js';
import { words } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { standard: string; missing: string[] }

const requiredFields = ['dimension', 'target', 'method', 'frequency', 'owner'] as const satisfies ReadonlyArray<keyof Standard>;

export const standardIncomplete = defineRule<Args>({
    id: 'standard-incomplete',
    severity: 'warn',
    description: {
        en: 'A standard lacks dimension, target, method, frequency or owner.',
        'zh-CN': '服务标准缺少维度、目标、测量方法、频率或责任人。'
    },
    message: {
        en: ({ standard, missing }) => `Standard '${standard}' is incomplete: it lacks ${words(missing, 'en')}.`,
        'zh-CN': ({ standard, missing }) => `服务标准“${standard}”不完整：缺少 ${words(missing, 'zh-CN')}。`
    },
    beforeLinking: true,
    checks: {
        Standard: (standard, report) => {
            const missing = requiredFields.filter(field => standard[field] === undefined);
            if (missing.length > 0) report({ node: standard, property: 'name' }, { standard: standard.name, missing });
        }
    }
});
