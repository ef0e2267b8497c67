import { describe, expect, test } from 'vitest';
import type { CliDiagnostic, CliSeverity, FileResult } from '../../language-server/src/cli/check-result.js';
import { formatStylish } from '../../language-server/src/cli/formats/stylish-format.js';

function diagnostic(severity: CliSeverity, line: number): CliDiagnostic {
    return {
        rule: severity === 'error' ? 'unresolved-reference' : 'dead-end-step',
        severity,
        message: `problem on line ${line}`,
        range: { start: { line, column: 3 }, end: { line, column: 9 } }
    };
}

/** Six checked files; two of them have problems (one error and five warnings in all). */
const workspace: FileResult[] = [
    { path: 'a.svc', diagnostics: [] },
    { path: 'b.svc', diagnostics: [diagnostic('error', 2), diagnostic('warning', 5), diagnostic('warning', 8)] },
    { path: 'c.svc', diagnostics: [] },
    { path: 'd.svc', diagnostics: [diagnostic('warning', 1), diagnostic('warning', 4), diagnostic('warning', 7)] },
    { path: 'data/kpi.csv', diagnostics: [] },
    { path: 'e.svc', diagnostics: [] }
];

const summaryLine = (output: string) => output.split('\n').at(-1);

describe('stylish format', () => {
    test('one line per diagnostic, grouped by file; clean files print nothing', () => {
        const blocks = formatStylish(workspace, 'en', false).split('\n\n');
        expect(blocks.slice(0, -1)).toEqual([
            'b.svc:2:3 error problem on line 2 unresolved-reference\nb.svc:5:3 warning problem on line 5 dead-end-step\nb.svc:8:3 warning problem on line 8 dead-end-step',
            'd.svc:1:3 warning problem on line 1 dead-end-step\nd.svc:4:3 warning problem on line 4 dead-end-step\nd.svc:7:3 warning problem on line 7 dead-end-step'
        ]);
    });

    test('the summary counts the files that have problems, not the files checked', () => {
        expect(summaryLine(formatStylish(workspace, 'en', false))).toBe('✖ 6 problems in 2 files (1 error, 5 warnings, 0 infos)');
        expect(summaryLine(formatStylish(workspace, 'zh-CN', false))).toBe('✖ 2 个文件中有 6 个问题（1 个错误，5 个警告，0 个提示）');
    });

    test('one file with problems among several is singular', () => {
        const one = workspace.map(file => file.path === 'd.svc' ? { ...file, diagnostics: [] } : file);
        expect(summaryLine(formatStylish(one, 'en', false))).toBe('✖ 3 problems in 1 file (1 error, 2 warnings, 0 infos)');
    });

    test('a clean workspace reports how many files were checked', () => {
        const clean = workspace.map(file => ({ ...file, diagnostics: [] }));
        expect(formatStylish(clean, 'en', false)).toBe('✔ 6 files checked, no problems.');
        expect(formatStylish(clean, 'zh-CN', false)).toBe('✔ 已检查 6 个文件，没有发现问题。');
    });
});
