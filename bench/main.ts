/**
 * `npm run bench`: the parser floor, `svc check`, the language server and the
 * preview, on generated workspaces; prints a table and writes bench/results.json.
 * `--only NAME` runs one part (pipeline, lsp, preview or a name in `parts`).
 */
import { writeFileSync } from 'node:fs';
import { HeadlessRenderer } from '../language-server/src/render/headless-renderer.js';
import { generateWorkspace, lineCount } from './generate-workspace.js';
import { round } from './measure.js';
import { editingLatencies, initialLoad, type Latency } from './lsp-bench.js';
import { checkMedians, parserFloor, type PipelineTimes } from './pipeline-bench.js';
import { previewTimes, type PreviewTimes } from './preview-bench.js';
import { printResults, targetsOf, type TargetResult } from './report.js';
import { removeWorkspaces, writeWorkspace } from './workspace-files.js';

export interface PipelineRow extends PipelineTimes {
    size: number;
    files: number;
    lines: number;
}

export interface LspResults {
    firstDiagnosticsMs: number;
    allDiagnosticsMs: number;
    peakRssMb: number;
    edit: Latency;
    completion: Latency;
    hover: Latency;
}

export interface BenchResults {
    date: string;
    node: string;
    cpus: number;
    pipeline: PipelineRow[];
    lsp?: LspResults;
    preview: PreviewTimes[];
    /** Targets and detail tables of the parts that measure one issue's goals each (`parts` below). */
    extra: PartResult[];
}

/** What a self-contained part reports: its targets, and Markdown detail printed above the target table. */
export interface PartResult {
    targets: TargetResult[];
    detail?: string;
}

const sizes = [1_000, 10_000, 50_000, 100_000];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
// A check of 1k lines takes ~10–25 ms: five runs of it still measured the JIT warming up (total/parse read 0.9–2.9×).
const runs = (size: number) => size <= 1_000 ? 30 : size <= 10_000 ? 5 : 3;

async function pipeline(): Promise<PipelineRow[]> {
    // Warm the JIT up, so that the small sizes measure the code, not its compilation.
    const warmUp = generateWorkspace(10_000, 10);
    await parserFloor(warmUp, 2);
    await checkMedians(writeWorkspace('warm-up', warmUp).paths, 2);
    const rows: PipelineRow[] = [];
    for (const files of [1, 100]) {
        for (const size of sizes) {
            const workspace = generateWorkspace(size, files);
            const { paths } = writeWorkspace(`check-${size}-${files}`, workspace);
            const floor = await parserFloor(workspace, runs(size));
            const check = await checkMedians(paths, runs(size));
            rows.push({ size, files, lines: lineCount(workspace), ...floor, ...check });
            process.stderr.write(`check ${size} lines in ${files} file(s): ${round(check.totalMs)} ms\n`);
        }
    }
    return rows;
}

async function lsp(): Promise<LspResults> {
    const load = writeWorkspace('lsp-100k', generateWorkspace(100_000, 100));
    const loaded = await initialLoad(load.folder, load.paths);
    process.stderr.write(`server: 100 files loaded in ${round(loaded.allDiagnosticsMs)} ms\n`);
    // 50k lines in 10 files of 5k lines; one of them is edited.
    const edit = writeWorkspace('lsp-50k', generateWorkspace(50_000, 10));
    const latencies = await editingLatencies(edit.folder, edit.paths, edit.paths[5], 50);
    return { ...loaded, ...latencies };
}

async function preview(): Promise<PreviewTimes[]> {
    const renderer = await HeadlessRenderer.launch();
    try {
        const results: PreviewTimes[] = [];
        for (const steps of [50, 200, 500]) results.push(await previewTimes(renderer, steps, 3));
        return results;
    } finally {
        await renderer.close();
    }
}

/** Parts beyond the three above, by `--only` name; each measures and judges its own targets. */
const parts: Record<string, () => Promise<PartResult>> = {
    'large-preview': async () => (await import('./large-preview-bench.js')).largePreviewBench(),
    data: async () => (await import('./data-bench.js')).dataBench(),
    peer: async () => (await import('./peer-bench.js')).peer(),
    web: async () => (await import('./web-bench.js')).webBench(),
};

const wanted = (name: string) => !only || only === name;
const results: BenchResults = {
    date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length,
    pipeline: wanted('pipeline') ? await pipeline() : [],
    lsp: wanted('lsp') ? await lsp() : undefined,
    preview: wanted('preview') ? await preview() : [],
    extra: []
};
for (const [name, part] of Object.entries(parts)) {
    if (wanted(name)) results.extra.push(await part());
}
removeWorkspaces();
printResults(results);
if (!only) writeFileSync('bench/results.json', `${JSON.stringify({ ...results, targets: targetsOf(results) }, null, 2)}\n`);
