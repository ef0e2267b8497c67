import type { Locale } from '../../i18n/locale.js';
import { allRules, builtInRules } from '../../validation/rules/index.js';
import type { CliSeverity, FileResult } from '../check-result.js';

const levels: Record<CliSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const defaultLevels = { error: 'error', warn: 'warning', info: 'note' } as const;

interface SarifRule {
    id: string;
    shortDescription: { text: string };
    help: { text: string };
    defaultConfiguration: { level: 'error' | 'warning' | 'note' };
}

/** SARIF 2.1.0 with one run: the rule descriptions, then one result per diagnostic. */
export function formatSarif(files: readonly FileResult[], locale: Locale, version: string): string {
    const rules: SarifRule[] = [
        ...Object.entries(builtInRules).map(([id, description]) => sarifRule(id, description[locale], 'error')),
        ...allRules.map(rule => sarifRule(rule.id, rule.description[locale], defaultLevels[rule.severity]))
    ];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = files.flatMap(file => file.diagnostics.map(diagnostic => ({
        ruleId: diagnostic.rule,
        ...(ruleIndex.has(diagnostic.rule) ? { ruleIndex: ruleIndex.get(diagnostic.rule) } : {}),
        level: levels[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: encodeURI(file.path) },
                region: {
                    startLine: diagnostic.range.start.line,
                    startColumn: diagnostic.range.start.column,
                    endLine: diagnostic.range.end.line,
                    endColumn: diagnostic.range.end.column
                }
            }
        }]
    })));
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'svc', version, semanticVersion: version, rules } },
            columnKind: 'utf16CodeUnits',
            artifacts: files.map(file => ({ location: { uri: encodeURI(file.path) } })),
            results
        }]
    }, null, 2);
}

function sarifRule(id: string, description: string, level: 'error' | 'warning' | 'note'): SarifRule {
    return { id, shortDescription: { text: description }, help: { text: `${description} See docs/rules/${id}.md.` }, defaultConfiguration: { level } };
}
