// Builds everything that runs: the grammar's generated code, then the bundles
// (language server, CLI, VS Code extension and webview, render page, bench and fuzz runners). `--watch` rebuilds on change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { commonOptions, webBuilds } from './esbuild-common.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync('package.json', 'utf-8'));

generateLangium();

const common = commonOptions({ production, version });

/** A Node 22 ESM program: the CLI, and the benchmark and fuzz runners (no TypeScript loader needed). */
const nodeProgram = (entryPoints, output) => ({
    ...common,
    entryPoints,
    ...output,
    format: 'esm',
    // Playwright drives Chromium from its own files, esbuild its own binary (the bench builds the web server): not bundled.
    external: ['playwright-core', 'esbuild'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __svcCreateRequire } from 'node:module';\nconst require = __svcCreateRequire(import.meta.url);" }
});

const builds = [
    // The language server: a tiny entry that turns the compile cache on, then the server bundle it loads.
    { ...common, entryPoints: ['language-server/src/main.ts'], outfile: 'out/language-server/main.cjs', format: 'cjs', external: ['./server.cjs'] },
    { ...common, entryPoints: ['language-server/src/server.ts'], outfile: 'out/language-server/server.cjs', format: 'cjs' },
    // The CLI: a tiny entry that turns the compile cache on, and chunks each command loads on demand (beside the entry:
    // they find out/render from there). Chunks of earlier builds are removed after the build.
    nodeProgram({ svc: 'language-server/src/cli/svc.ts' },
        { outdir: 'out/cli', splitting: true, entryNames: '[name]', chunkNames: '[name]-[hash]', outExtension: { '.js': '.mjs' }, metafile: true }),
    nodeProgram(['bench/main.ts'], { outfile: 'out/bench/bench.mjs' }),
    nodeProgram(['test/fuzz/fuzz.ts'], { outfile: 'out/fuzz/fuzz.mjs' }),
    { ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'out/extension/extension.cjs', format: 'cjs', external: ['vscode'] },
    // The web build: the extension and its language server in web workers (vscode.dev, github.dev, code-server).
    ...webBuilds(common),
    { ...common, platform: 'browser', format: 'iife', entryPoints: ['extension/src/webview/preview.ts'], outfile: 'out/extension/preview.js', target: 'chrome120' },
    // Headless render page (Mermaid and the blueprint decoration), read into Chromium by language-server/src/render/headless-renderer.ts:
    // always minified, since every render page parses it; nothing there would use a source map.
    { ...common, platform: 'browser', format: 'iife', entryPoints: ['language-server/src/render/browser/render-page.ts'], outfile: 'out/render/render-page.js', target: 'chrome120', minify: true, sourcemap: false }
];

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    const results = await Promise.all(builds.map(options => esbuild.build(options)));
    removeStaleFiles('out/cli', results[builds.findIndex(options => options.outdir === 'out/cli')]);
    execFileSync('chmod', ['+x', 'out/cli/svc.mjs']);
}

/** Deletes the files of `folder` that the build did not write (chunks of an earlier build, under other hashes). */
function removeStaleFiles(folder, result) {
    const written = new Set(Object.keys(result.metafile.outputs).map(path => resolve(path)));
    for (const name of readdirSync(folder)) {
        if (!written.has(resolve(folder, name))) rmSync(resolve(folder, name));
    }
}

/** `langium generate`, without its advice about repeated single-value properties (intended: the last one wins). */
function generateLangium() {
    let output;
    try {
        output = execFileSync('langium', ['generate'], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
        process.exit(1);
    }
    const shown = output.split('\n').filter(line => line && !line.includes('Consider using \'+=\' instead')).join('\n');
    if (shown) process.stdout.write(`${shown}\n`);
}
