import type { Locale } from '../../i18n/locale.js';
import type { CliSeverity, FileResult } from '../check-result.js';
import { artifactLocation, sourceRootId, sourceRootUri } from './sarif-artifact-location.js';
import { partialFingerprints } from './sarif-fingerprints.js';
import { sarifRules, toolInformationUri, type SarifLevel } from './sarif-rules.js';

const levels: Record<CliSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 with one run, fit for GitHub code scanning: the rule
 * descriptions, then one result per diagnostic. `sourceText` gives the text
 * that was checked for a `FileResult` path (its lines identify each finding);
 * `cwd` is the folder those paths are relative to; it becomes `%SRCROOT%`.
 */
export function formatSarif(files: readonly FileResult[], locale: Locale, version: string, sourceText: (path: string) => string, cwd = process.cwd()): string {
    const rules = sarifRules(locale);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = files.flatMap(file => {
        if (file.diagnostics.length === 0) return [];
        const fingerprints = partialFingerprints(file.path, sourceText(file.path), file.diagnostics);
        return file.diagnostics.map((diagnostic, index) => ({
            ruleId: diagnostic.rule,
            ...(ruleIndex.has(diagnostic.rule) ? { ruleIndex: ruleIndex.get(diagnostic.rule) } : {}),
            level: levels[diagnostic.severity],
            message: { text: diagnostic.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: artifactLocation(file.path),
                    region: {
                        startLine: diagnostic.range.start.line,
                        startColumn: diagnostic.range.start.column,
                        endLine: diagnostic.range.end.line,
                        endColumn: diagnostic.range.end.column
                    }
                }
            }],
            partialFingerprints: fingerprints[index]
        }));
    });
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'svc', version, semanticVersion: version, informationUri: toolInformationUri, rules } },
            originalUriBaseIds: { [sourceRootId]: { uri: sourceRootUri(cwd) } },
            columnKind: 'utf16CodeUnits',
            artifacts: files.map(file => ({ location: artifactLocation(file.path) })),
            results
        }]
    }, null, 2);
}
