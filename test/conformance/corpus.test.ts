import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { corpusRoot, corpusWorkspaces, expectMarks } from '../helpers/corpus.js';

const severityNames: Record<number, 'error' | 'warning' | 'info'> = {
    [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info'
};

describe('conformance corpus (LANGUAGE.md examples/ and bad/)', () => {
    for (const workspace of corpusWorkspaces()) {
        test(`${relative(corpusRoot, workspace.folder) || '.'}: every mark found, nothing unexpected`, async () => {
            const { files } = await checkFiles(workspace.files);
            const actual = files.flatMap(file => file.diagnostics
                .filter(diagnostic => severityNames[diagnostic.severity ?? 1] !== undefined)
                .map(diagnostic => ({
                    at: `${relative(corpusRoot, file.file)}:${diagnostic.range.start.line + 1} ${String(diagnostic.code)}`,
                    severity: severityNames[diagnostic.severity ?? 1]
                })));
            const marks = workspace.files.flatMap(expectMarks);
            const expected = marks.map(mark => `${relative(corpusRoot, mark.file)}:${mark.line} ${mark.rule}`);
            expect(actual.map(entry => entry.at).sort()).toEqual(expected.sort());
            for (const mark of marks.filter(mark => mark.severity)) {
                const at = `${relative(corpusRoot, mark.file)}:${mark.line} ${mark.rule}`;
                expect(actual.find(entry => entry.at === at)?.severity, at).toBe(mark.severity);
            }
        });
    }
});
