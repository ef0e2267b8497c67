// Builds what the end-to-end tests run (into out/e2e/): the extension-host suite, the
// code-server test-host extension (packaged as a .vsix) and the two drivers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const out = 'out/e2e';
rmSync(out, { recursive: true, force: true });

const node = { platform: 'node', target: 'node22', logLevel: 'warning', sourcemap: 'inline' };

// The suite: one CommonJS file per source file (mocha loads the
// *.e2e.cjs files itself, and the helpers they share stay single instances). Mocha 12's package
// entry is an ES module; its CommonJS build is what `require` needs in the extension host.
const keepImports = {
    name: 'keep-imports',
    setup(build) {
        build.onResolve({ filter: /^\./ }, args => args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.js$/, '.cjs'), external: true });
        build.onResolve({ filter: /^mocha$/ }, () => ({ path: 'mocha/lib/mocha.cjs', external: true }));
    }
};
const suiteSources = readdirSync('test/e2e/suite').filter(name => name.endsWith('.ts')).map(name => `test/e2e/suite/${name}`);
await esbuild.build({
    ...node, entryPoints: suiteSources, outdir: `${out}/suite`, outExtension: { '.js': '.cjs' }, format: 'cjs',
    bundle: true, external: ['vscode'], plugins: [keepImports]
});

// The test host: a tiny extension, packaged like any other so that code-server installs it.
const hostFolder = `${out}/test-host`;
await esbuild.build({ ...node, entryPoints: ['test/e2e/test-host/src/extension.ts'], outfile: `${hostFolder}/extension.cjs`, format: 'cjs', bundle: true, external: ['vscode'] });
copyFileSync('test/e2e/test-host/package.json', `${hostFolder}/package.json`);
copyFileSync('LICENSE', `${hostFolder}/LICENSE`);
execFileSync('vsce', ['package', '--no-dependencies', '--allow-missing-repository', '--out', '../svc-e2e-test-host.vsix'], { cwd: hostFolder, stdio: ['ignore', 'ignore', 'inherit'] });

// The drivers run in Node 22 outside the editor.
mkdirSync(out, { recursive: true });
await esbuild.build({
    ...node, entryPoints: ['test/e2e/driver/run-code-server.ts', 'test/e2e/driver/run-vscode.ts'], outdir: out, outExtension: { '.js': '.mjs' },
    format: 'esm', bundle: true, packages: 'external',
    banner: { js: "import { createRequire as __e2eCreateRequire } from 'node:module';\nconst require = __e2eCreateRequire(import.meta.url);" }
});
