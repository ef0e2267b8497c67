import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { decodeDataFile } from '../../language-server/src/measured/data-file-text.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { corpusRoot, dataFileMarks, expectMarks, measuredCorpusWorkspaces, type ExpectMark } from '../helpers/corpus.js';

const severityNames: Record<number, 'error' | 'warning' | 'info' | 'hint'> = {
    [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint'
};

const at = (file: string, line: number, rule: string) => `${relative(corpusRoot, file)}:${line} ${rule}`;

/**
 * LANGUAGE.md, "Test-file convention", for language 1.1: specs and data files
 * together. Every diagnostic of severity info or higher is marked and every mark
 * is matched; a file without marks (every file of examples/) has no diagnostic at all.
 */
describe('measured-data corpus (LANGUAGE.md measured/examples/ and measured/bad/)', () => {
    for (const workspace of measuredCorpusWorkspaces()) {
        test(`${relative(corpusRoot, workspace.folder)}: every mark found, nothing unexpected, data files included`, async () => {
            const check = await checkFiles(workspace.files);
            // The data files the specs bound, as read, and those of the folder that no spec could use.
            const dataTexts = new Map(check.dataFiles.map(file => [file.file, file.text()]));
            for (const file of workspace.dataFiles.map(path => realpathSync(path))) {
                if (!dataTexts.has(file)) dataTexts.set(file, decodeDataFile(readFileSync(file)).text.toString());
            }
            const checked: Array<{ file: string; diagnostics: Diagnostic[] }> = [...check.files, ...check.dataFiles];
            const marks: ExpectMark[] = [
                ...workspace.files.flatMap(expectMarks),
                ...[...dataTexts].flatMap(([file, text]) => dataFileMarks(file, text))
            ];
            const marked = new Set(marks.map(mark => mark.file));
            const actual = checked.flatMap(({ file, diagnostics }) => diagnostics
                .map(diagnostic => ({ at: at(file, diagnostic.range.start.line + 1, String(diagnostic.code)), severity: severityNames[diagnostic.severity ?? 1] }))
                // Hints only count in a file without marks, which must have no diagnostic at all.
                .filter(entry => entry.severity !== 'hint' || !marked.has(file)));
            const expected = marks.map(mark => at(mark.file, mark.line, mark.rule));
            expect(actual.map(entry => entry.at).sort()).toEqual(expected.sort());
            for (const mark of marks.filter(mark => mark.severity)) {
                const place = at(mark.file, mark.line, mark.rule);
                expect(actual.find(entry => entry.at === place)?.severity, place).toBe(mark.severity);
            }
        });
    }
});
