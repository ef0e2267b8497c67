import type { Locale, Localized } from '#protocol/locale.js';

type Vocabulary = Localized<Record<string, string>>;

const dimension: Vocabulary = {
    en: { reliability: 'reliability', responsiveness: 'responsiveness', assurance: 'assurance', empathy: 'empathy', tangibles: 'tangibles' },
    'zh-CN': { reliability: '可靠性', responsiveness: '响应性', assurance: '保证性', empathy: '移情性', tangibles: '有形性' }
};

const kind: Vocabulary = {
    en: { hard: 'hard', soft: 'soft' },
    'zh-CN': { hard: '硬性', soft: '软性' }
};

const method: Vocabulary = {
    en: { observation: 'observation', survey: 'survey', 'system-log': 'system log', 'mystery-shopper': 'mystery shopper', audit: 'audit' },
    'zh-CN': { observation: '现场观察', survey: '问卷调查', 'system-log': '系统日志', 'mystery-shopper': '神秘顾客', audit: '审核检查' }
};

/** Measuring frequency of a standard and reporting period of a KPI share their words. */
const frequency: Vocabulary = {
    en: { daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' },
    'zh-CN': { daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度', yearly: '每年' }
};

const direction: Vocabulary = {
    en: { lower: 'lower is better', higher: 'higher is better' },
    'zh-CN': { lower: '越低越好', higher: '越高越好' }
};

const channel: Vocabulary = {
    en: { counter: 'counter', phone: 'phone', web: 'web', app: 'app', survey: 'survey', social: 'social media', email: 'email' },
    'zh-CN': { counter: '柜台/窗口', phone: '电话', web: '网站', app: '移动应用', survey: '问卷调查', social: '社交媒体', email: '电子邮件' }
};

const phase: Vocabulary = {
    en: { plan: 'plan', do: 'do', check: 'check', act: 'act' },
    'zh-CN': { plan: '计划', do: '执行', check: '检查', act: '处理' }
};

const lane: Vocabulary = {
    en: { customer: 'customer actions', frontstage: 'frontstage', backstage: 'backstage', support: 'support processes' },
    'zh-CN': { customer: '顾客行为', frontstage: '前台', backstage: '后台', support: '支持过程' }
};

const severity: Vocabulary = {
    en: { error: 'error', warning: 'warning', info: 'info' },
    'zh-CN': { error: '错误', warning: '警告', info: '提示' }
};

const vocabularies = { dimension, kind, method, frequency, direction, channel, phase, lane, severity };

export type VocabularyName = keyof typeof vocabularies;

/** A keyword of the language in the reader's words; an unknown keyword is shown as written. */
export function term(vocabulary: VocabularyName, keyword: string | undefined, locale: Locale): string | undefined {
    if (keyword === undefined) return undefined;
    const words = vocabularies[vocabulary][locale];
    return Object.hasOwn(words, keyword) ? words[keyword] : keyword;
}
