/**
 * Measured data at scale (issue 16, item 3): a 20 MB CSV of about 450k rows
 * checked by the whole `svc check` process, one cell of it edited in the
 * editor through the built language server, and the server's peak memory
 * holding the 100-file workspace and that file.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDataWorkspace, type LatestCell } from './generate-data.js';
import { generateWorkspace } from './generate-workspace.js';
import { latency, ServerSession } from './lsp-bench.js';
import type { PartResult } from './main.js';
import { median, round } from './measure.js';
import { table } from './report.js';
import { writeWorkspace } from './workspace-files.js';

const cli = resolve(import.meta.dirname, '../cli/svc.mjs');
const checkRuns = 3;
const edits = 12;

/** Wall-clock milliseconds of `svc check` on the spec, as a user runs it, and the problems it printed. */
function checkProcess(folder: string, spec: string): { ms: number; problems: string } {
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', spec], { cwd: folder, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    if (run.status !== 1) throw new Error(`svc check ended with ${run.status}: ${run.stderr}`);
    return { ms, problems: /✖ (.*)/.exec(run.stdout)?.[1] ?? '?' };
}

/**
 * The value an edit writes into a KPI's latest cell: outside the generated values (at most 15.5 min, at least
 * 88.5 % and 4.1 score), so that the KPI's latest value changes and the spec binding the file is validated again.
 */
const editedValue = (cell: LatestCell, edit: number) => cell.kpi.startsWith('Wait') ? `${20 + edit * 0.7}`
    : cell.kpi.startsWith('OnTime') ? `${80 + edit * 0.5}%` : `${(3 + edit * 0.07).toFixed(2)}`;

export async function dataBench(): Promise<PartResult> {
    const data = generateDataWorkspace();
    const megabytes = Buffer.byteLength(data.csv.text) / 1e6;
    const alone = writeWorkspace('data-check', [data.spec, data.csv]);
    const checks = Array.from({ length: checkRuns }, () => checkProcess(alone.folder, alone.paths[0]));
    const checkMs = median(checks.map(check => check.ms));
    process.stderr.write(`data: svc check of ${data.rows} rows in ${round(checkMs)} ms\n`);

    const workspace = writeWorkspace('data-lsp', [...generateWorkspace(100_000, 100), data.spec, data.csv]);
    const [specPath, csvPath] = workspace.paths.slice(-2);
    const loadStart = performance.now();
    const session = await ServerSession.start(workspace.folder);
    const loaded = await session.diagnosticsAfter(workspace.paths, 0) - loadStart;
    process.stderr.write(`data: server loaded 100 files and the CSV in ${round(loaded)} ms\n`);
    // The high-water mark after each step: which step set the peak.
    const peakAfterLoad = session.peakRssMb();
    const opened = performance.now();
    await session.open(csvPath, 'csv');
    await session.diagnosticsAfter([csvPath], opened);
    process.stderr.write(`data: CSV opened in the editor in ${round(performance.now() - opened)} ms\n`);
    const peakAfterOpen = session.peakRssMb();
    const values = new Map(data.latestCells.map(cell => [cell, cell.value]));
    const editTimes: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
        const cell = data.latestCells[edit * 7 % data.latestCells.length];
        const before = values.get(cell)!, after = editedValue(cell, edit);
        values.set(cell, after);
        const range = { start: { line: cell.line, character: cell.start }, end: { line: cell.line, character: cell.start + before.length } };
        const sent = performance.now();
        await session.edit(csvPath, range, after);
        editTimes.push(await session.diagnosticsAfter([csvPath, specPath], sent) - sent);
        process.stderr.write(`data: edit ${edit + 1}: ${round(editTimes[edit])} ms\n`);
    }
    const peakRssMb = session.peakRssMb();
    await session.stop();
    const edit = latency(editTimes);
    process.stderr.write(`data: edit → diagnostics p50 ${round(edit.p50)} / p95 ${round(edit.p95)} ms, peak RSS ${round(peakRssMb)} MB\n`);

    const detail = table(['measured data, 20 MB CSV', 'value'], [
        ['CSV', `${round(megabytes, 1)} MB, ${data.rows} rows, ${data.latestCells.length} KPIs (daily)`],
        [`svc check, whole process (${checkRuns} runs)`, `${checks.map(check => round(check.ms)).join(' / ')} ms; ${checks[0].problems}`],
        ['server: 100 files + CSV loaded, all diagnostics', `${round(loaded)} ms`],
        [`edit one CSV cell → diagnostics p50 / p95 (${edits} edits)`, `${round(edit.p50)} / ${round(edit.p95)} ms`],
        ['server peak RSS (VmHWM) after loading · opening the CSV · the edits', `${round(peakAfterLoad)} · ${round(peakAfterOpen)} · ${round(peakRssMb)} MB`]
    ]);
    return {
        detail,
        targets: [
            { target: `svc check, 20 MB CSV (${data.rows} rows)`, limit: '≤ 3 s', measured: `${round(checkMs / 1000, 2)} s`, met: checkMs <= 3000 },
            { target: 'edit one CSV cell → diagnostics (editor)', limit: '≤ 500 ms', measured: `${round(edit.p95)} ms`, met: edit.p95 <= 500 },
            { target: 'server peak RSS, 100 files + 20 MB CSV', limit: '≤ 400 MB', measured: `${round(peakRssMb)} MB`, met: peakRssMb <= 400 }
        ]
    };
}
