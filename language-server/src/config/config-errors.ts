import type { Localized } from '#protocol/locale.js';

/** A problem in `svc.config.json`, with its place (0-based offsets into the file text). */
export interface ConfigProblem {
    offset: number;
    length: number;
    message: Localized;
}

export const configMessages = {
    malformed: (reason: string): Localized => ({
        en: `Malformed JSON: ${reason}.`,
        'zh-CN': `JSON 格式错误：${reason}。`
    }),
    unknownRule: (id: string): Localized => ({
        en: `Unknown rule id '${id}'. See docs/rules for the rule ids.`,
        'zh-CN': `未知的规则 ID “${id}”。规则列表见 docs/rules。`
    }),
    badSeverity: (id: string, value: string): Localized => ({
        en: `Severity of '${id}' must be "off", "info", "warn" or "error", not ${value}.`,
        'zh-CN': `规则“${id}”的级别必须是 "off"、"info"、"warn" 或 "error"，而不是 ${value}。`
    }),
    badLocale: (value: string): Localized => ({
        en: `"locale" must be "en" or "zh-CN", not ${value}.`,
        'zh-CN': `"locale" 必须是 "en" 或 "zh-CN"，而不是 ${value}。`
    }),
    unknownSetting: (key: string): Localized => ({
        en: `Unknown setting '${key}'; svc.config.json allows "rules" and "locale".`,
        'zh-CN': `未知的设置项“${key}”；svc.config.json 只允许 "rules" 和 "locale"。`
    }),
    wrongType: (path: string, expected: string): Localized => ({
        en: `${path || 'The file'} must be ${expected}.`,
        'zh-CN': `${path || '文件内容'} 必须是${expected === 'an object' ? '对象' : expected}。`
    })
};
