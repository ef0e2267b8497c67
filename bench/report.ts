import type { BenchResults } from './main.js';
import { round } from './measure.js';

export interface TargetResult {
    target: string;
    limit: string;
    measured: string;
    met: boolean;
}

/** Each target of issues 6 and 16 with the measured value (medians; p95 where stated). */
export function targetsOf(results: BenchResults): TargetResult[] {
    const targets: TargetResult[] = [];
    for (const row of results.pipeline) {
        const ratio = row.totalMs / row.parseMs;
        targets.push({ target: `svc check total / parse-only, ${row.size / 1000}k lines, ${row.files} file(s)`, limit: '≤ 2×', measured: `${round(ratio, 2)}×`, met: ratio <= 2 });
    }
    for (const files of [1, 100]) {
        const at = (size: number) => results.pipeline.find(row => row.size === size && row.files === files);
        const small = at(10_000), large = at(100_000);
        if (small && large) {
            const scaling = large.totalMs / small.totalMs;
            targets.push({ target: `scaling 10k → 100k lines, ${files} file(s)`, limit: '≤ 11×', measured: `${round(scaling, 2)}×`, met: scaling <= 11 });
        }
    }
    if (results.lsp) {
        const { edit, completion, peakRssMb, firstDiagnosticsMs, allDiagnosticsMs } = results.lsp;
        targets.push({ target: 'edit → diagnostics p95 (5k-line file, 50k-line workspace)', limit: '≤ 100 ms', measured: `${round(edit.p95)} ms`, met: edit.p95 <= 100 });
        targets.push({ target: 'folder opened → first diagnostics (100 files, 100k lines; a spec\'s own problems, before linking)', limit: '≤ 1 s', measured: `${round(firstDiagnosticsMs)} ms`, met: firstDiagnosticsMs <= 1000 });
        targets.push({ target: 'folder opened → full diagnostics of all 100 files', limit: '≤ 5 s', measured: `${round(allDiagnosticsMs)} ms`, met: allDiagnosticsMs <= 5000 });
        targets.push({ target: 'completion p95', limit: '≤ 50 ms', measured: `${round(completion.p95)} ms`, met: completion.p95 <= 50 });
        targets.push({ target: 'server peak RSS, 100 files / 100k lines', limit: '≤ 400 MB', measured: `${round(peakRssMb)} MB`, met: peakRssMb <= 400 });
    }
    const preview = results.preview.find(row => row.steps === 200);
    if (preview) {
        const share = preview.modelAndTextMs / preview.renderMs;
        targets.push({ target: 'preview overhead / render, 200 steps', limit: '≤ 20%', measured: `${round(share * 100)}%`, met: share <= 0.2 });
    }
    for (const part of results.extra) targets.push(...part.targets);
    return targets;
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
    const cells = [header, ...rows.map(row => row.map(String))];
    const widths = header.map((_, column) => Math.max(...cells.map(row => row[column].length)));
    const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
    return [line(header), `|${widths.map(width => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** The results as Markdown tables on stdout (pasted as is into docs/performance.md). */
export function printResults(results: BenchResults): void {
    const out: string[] = [`Node ${results.node}, ${results.cpus} CPUs, ${results.date}; medians.`, ''];
    if (results.pipeline.length > 0) {
        out.push(table(['lines', 'files', 'lex ms', 'parse ms', 'startup', 'check: parse', 'index', 'link', 'validate', 'total ms', 'lines/s', 'total/parse', 'diagnostics'],
            results.pipeline.map(row => [row.lines, row.files, round(row.lexMs), round(row.parseMs), round(row.startupMs), round(row.checkParseMs), round(row.checkIndexMs),
                round(row.linkMs), round(row.validateMs), round(row.totalMs), Math.round(row.lines / row.totalMs * 1000), round(row.totalMs / row.parseMs, 2), row.diagnostics])), '');
    }
    if (results.lsp) {
        const { lsp } = results;
        out.push(table(['language server', 'value'], [
            ['initialize → first diagnostics, 100 files / 100k lines', `${round(lsp.firstDiagnosticsMs)} ms`],
            ['initialize → full diagnostics of all 100 files (the check\'s progress ended)', `${round(lsp.allDiagnosticsMs)} ms`],
            ['peak RSS (VmHWM) after that load', `${round(lsp.peakRssMb)} MB`],
            ['edit → diagnostics p50 / p95 (50 edits)', `${round(lsp.edit.p50)} / ${round(lsp.edit.p95)} ms`],
            ['completion p50 / p95', `${round(lsp.completion.p50)} / ${round(lsp.completion.p95)} ms`],
            ['hover p50 / p95', `${round(lsp.hover.p50)} / ${round(lsp.hover.p95)} ms`]
        ]), '');
    }
    if (results.preview.length > 0) {
        out.push(table(['steps', 'diagrams', 'model + Mermaid text ms', 'Mermaid render ms', 'overhead / render'],
            results.preview.map(row => [row.steps, row.diagrams, round(row.modelAndTextMs, 2), round(row.renderMs), `${round(row.modelAndTextMs / row.renderMs * 100, 1)}%`])), '');
    }
    for (const part of results.extra) if (part.detail) out.push(part.detail, '');
    out.push(table(['target', 'limit', 'measured', ''], targetsOf(results).map(target => [target.target, target.limit, target.measured, target.met ? 'met' : 'MISSED'])));
    process.stdout.write(`${out.join('\n')}\n`);
}
