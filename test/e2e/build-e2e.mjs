// Builds what the end-to-end tests run (into out/e2e/): the extension-host suite for
// @vscode/test-electron, the code-server test host for Node's extension host and for the
// web worker one (each a .vsix, the suite inside), the web-only variant of the packaged
// extension, and the two drivers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { writeWebOnlyVsix } from './build/web-only-vsix.mjs';

const out = 'out/e2e';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { version } = JSON.parse(readFileSync('package.json', 'utf-8'));

const common = { bundle: true, external: ['vscode'], logLevel: 'warning', sourcemap: 'inline' };
const node = { ...common, platform: 'node', target: 'node22', format: 'cjs' };
// The web worker extension host loads an extension as CommonJS too (its own require, for `vscode`); platform browser: no Node built-in resolves.
const web = { ...common, platform: 'browser', target: 'es2022', format: 'cjs' };

// `svc-e2e:test-files`: every *.e2e.ts of the suite as a lazy import, in name order (a new test file needs no list).
const suiteFolder = path.resolve('test/e2e/suite');
const testFiles = {
    name: 'test-files',
    setup(build) {
        build.onResolve({ filter: /^svc-e2e:test-files$/ }, () => ({ path: 'test-files', namespace: 'svc-e2e' }));
        build.onLoad({ filter: /.*/, namespace: 'svc-e2e' }, () => {
            const files = readdirSync(suiteFolder).filter(name => name.endsWith('.e2e.ts')).sort();
            return { contents: `export default [${files.map(file => `() => import(${JSON.stringify(`./${file}`)})`).join(', ')}];`, resolveDir: suiteFolder, loader: 'js' };
        });
    }
};
// In the web worker, `mocha` is its browser build (mocha's Node build needs Node's built-ins). Its UMD file
// lies in a "type": "module" package, so esbuild takes it for an ES module and would let its
// `module.exports = factory()` replace the test host's exports: it gets a module object of its own.
const browserMocha = {
    name: 'browser-mocha',
    setup(build) {
        build.onResolve({ filter: /^mocha$/ }, () => ({ path: path.resolve('test/e2e/suite/mocha-browser.ts') }));
        build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, args => ({
            contents: `const module = { exports: {} }, exports = module.exports;\n${readFileSync(args.path, 'utf-8')}\nexport default module.exports;`,
            loader: 'js'
        }));
    }
};
// Mocha's Node build requires its parallel mode's worker pool lazily; the suite runs serially.
const serialMocha = {
    name: 'serial-mocha',
    setup(build) {
        build.onResolve({ filter: /(buffered-worker-pool|parallel-buffered-runner)\.cjs$/ }, args => ({ path: args.path, namespace: 'unused' }));
        build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    }
};

// The suite alone, for @vscode/test-electron (`npm run test:vscode`): run() from the environment.
await esbuild.build({ ...node, entryPoints: ['test/e2e/suite/electron.ts'], outfile: `${out}/suite/index.cjs`, plugins: [testFiles, serialMocha] });

// The test host, packaged like any other extension so that code-server installs it: with `main` it runs in
// Node's extension host, with only `browser` in the web worker one.
const hostManifest = JSON.parse(readFileSync('test/e2e/test-host/package.json', 'utf-8'));
async function testHost(kind, entry, options) {
    const folder = `${out}/test-host-${kind}`;
    await esbuild.build({ ...options, entryPoints: ['test/e2e/test-host/src/extension.ts'], outfile: `${folder}/${entry.slice(2)}`, plugins: [testFiles, kind === 'web' ? browserMocha : serialMocha] });
    const field = kind === 'web' ? 'browser' : 'main';
    writeFileSync(`${folder}/package.json`, JSON.stringify({ ...hostManifest, [field]: entry, files: [entry.slice(2), 'LICENSE'] }, null, 2));
    copyFileSync('LICENSE', `${folder}/LICENSE`);
    execFileSync('vsce', ['package', '--no-dependencies', '--allow-missing-repository', '--out', `../svc-e2e-test-host-${kind}.vsix`], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
}
await testHost('node', './extension.cjs', node);
await testHost('web', './extension-web.js', web);

// The packaged extension without `main` (npm run package made it).
const vsix = `out/svc-${version}.vsix`;
if (!existsSync(vsix)) throw new Error(`${vsix} is missing: npm run package makes it`);
writeWebOnlyVsix(vsix, `${out}/svc-${version}-web.vsix`);

// The drivers run in Node 22 outside the editor.
await esbuild.build({
    ...node, sourcemap: 'inline', entryPoints: ['test/e2e/driver/run-code-server.ts', 'test/e2e/driver/run-vscode.ts'], outdir: out, outExtension: { '.js': '.mjs' },
    format: 'esm', packages: 'external', external: [],
    banner: { js: "import { createRequire as __e2eCreateRequire } from 'node:module';\nconst require = __e2eCreateRequire(import.meta.url);" }
});
