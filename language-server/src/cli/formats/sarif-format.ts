import type { Locale } from '#protocol/locale.js';
import type { CliSeverity, FileResult } from '../check-result.js';
import { artifactLocation, sourceRootId, sourceRootUri } from './sarif-artifact-location.js';
import { partialFingerprints } from './sarif-fingerprints.js';
import { sarifRules, toolInformationUri, type SarifLevel } from './sarif-rules.js';

const levels: Record<CliSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** What was checked of a file: its text and, when it is not UTF-8, its encoding (an IANA name such as `GB18030`). */
export interface CheckedSource {
    text: string;
    encoding?: string;
}

/**
 * SARIF 2.1.0 with one run, fit for GitHub code scanning: the rule
 * descriptions, then one result per diagnostic. `source` gives what was
 * checked for a `FileResult` path (its lines identify each finding; a data
 * file read as GB18030 says so, so that viewers decode it as the check did);
 * `cwd` is the folder those paths are relative to; it becomes `%SRCROOT%`.
 */
export function formatSarif(files: readonly FileResult[], locale: Locale, version: string, source: (path: string) => CheckedSource, cwd = process.cwd()): string {
    const rules = sarifRules(locale);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = files.flatMap(file => {
        if (file.diagnostics.length === 0) return [];
        const fingerprints = partialFingerprints(file.path, source(file.path).text, file.diagnostics);
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
            defaultEncoding: 'utf-8',
            artifacts: files.map(file => {
                const { encoding } = source(file.path);
                return { location: artifactLocation(file.path), ...(encoding ? { encoding } : {}) };
            }),
            results
        }]
    }, null, 2);
}
