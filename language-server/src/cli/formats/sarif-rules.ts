import manifest from '../../../../package.json' with { type: 'json' };
import type { Locale, Localized } from '#protocol/locale.js';
import type { RuleSeverity } from '../../validation/rule.js';
import { allRules, builtInRules } from '../../validation/rules/index.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
    id: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown: string };
    helpUri: string;
    defaultConfiguration: { level: SarifLevel };
}

/** The tool's home page (package.json `homepage`). */
export const toolInformationUri = manifest.homepage;

/** package.json's `repository.url` as a web address: `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
const repositoryWebUrl = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

const levels: Record<RuleSeverity, SarifLevel> = { error: 'error', warn: 'warning', info: 'note' };

interface RuleHelpTexts {
    severity: (severity: RuleSeverity) => string;
    silence: (id: string) => string;
    page: string;
    /** Between two sentences: a space in English, nothing after a Chinese full stop. */
    sentenceGap: string;
    colon: string;
}

const helpTexts: Localized<RuleHelpTexts> = {
    en: {
        severity: severity => `Default severity: ${severity}.`,
        silence: id => `Silence one line with \`// svc-disable-next-line ${id}\` on the line before it, or the rule with \`"${id}": "off"\` under \`"rules"\` in \`svc.config.json\`.`,
        page: 'What the rule checks, why it matters, examples and fixes',
        sentenceGap: ' ',
        colon: ': '
    },
    'zh-CN': {
        severity: severity => `默认严重级别：${severity}。`,
        silence: id => `在前一行写 \`// svc-disable-next-line ${id}\` 可关闭一行的检查；在 \`svc.config.json\` 的 \`"rules"\` 中设置 \`"${id}": "off"\` 可关闭整条规则。`,
        page: '规则说明（检查内容、管理意义、示例与修复方法）',
        sentenceGap: '',
        colon: '：'
    }
};

/** Every rule `svc check` can report, described in the CLI's locale; the built-in ones first, then the catalog. */
export function sarifRules(locale: Locale): SarifRule[] {
    return [
        ...Object.entries(builtInRules).map(([id, description]) => sarifRule(id, description[locale], 'error', helpTexts[locale])),
        ...allRules.map(rule => sarifRule(rule.id, rule.description[locale], rule.severity, helpTexts[locale]))
    ];
}

/** GitHub code scanning heads an alert with the descriptions and shows `help` below it; `helpUri` is the rule's page. */
function sarifRule(id: string, description: string, severity: RuleSeverity, texts: RuleHelpTexts): SarifRule {
    const helpUri = `${repositoryWebUrl}/blob/main/docs/rules/${id}.md`;
    const usage = texts.severity(severity) + texts.sentenceGap + texts.silence(id);
    const fullDescription = description + texts.sentenceGap + usage;
    return {
        id,
        shortDescription: { text: description },
        fullDescription: { text: fullDescription },
        help: {
            text: fullDescription + texts.sentenceGap + texts.page + texts.colon + helpUri,
            markdown: `${description}\n\n${usage}\n\n[${texts.page}](${helpUri})`
        },
        helpUri,
        defaultConfiguration: { level: levels[severity] }
    };
}
