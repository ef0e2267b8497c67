// The options every bundle shares, and the web build's: imported by esbuild.mjs and by the test of the web bundles.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { langiumParserPatch } from './esbuild-langium-parser.mjs';
import { staticExports } from './esbuild-static-exports.mjs';

export function commonOptions({ production, version }) {
    return {
        bundle: true,
        platform: 'node',
        target: 'node22',
        sourcemap: !production,
        minify: production,
        logLevel: 'warning',
        // Prefer ESM builds: jsonc-parser's UMD main cannot be bundled.
        mainFields: ['module', 'main'],
        define: { SVC_VERSION: JSON.stringify(version) },
        plugins: [langiumParserPatch, staticExports]
    };
}

/**
 * What Node gives the sources, for a web worker: paths are the paths of URIs, POSIX ones (pathe's);
 * csv-parse's browser build carries the Buffer it parses with.
 */
const browserStandIns = {
    name: 'browser-stand-ins',
    setup(build) {
        const pathe = createRequire(import.meta.url).resolve('pathe').replace(/index\.cjs$/, 'index.mjs');
        build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: pathe }));
        build.onResolve({ filter: /^csv-parse\/sync$/ }, args => build.resolve('csv-parse/browser/esm/sync', { kind: args.kind, resolveDir: args.resolveDir }));
    }
};

/**
 * Langium imports vscode-languageserver-protocol itself, a newer copy than the one vscode-languageserver
 * carries: both would be bundled, each with its JSON-RPC. Every import of either package is resolved as
 * vscode-languageserver resolves it, so that the server holds one JSON-RPC.
 */
const oneJsonRpc = {
    name: 'one-json-rpc',
    setup(build) {
        // The package's folder (its exports name no package.json): lib/common/api.js is three folders down.
        const server = createRequire(import.meta.url).resolve('vscode-languageserver');
        const folder = dirname(dirname(dirname(server)));
        build.onResolve({ filter: /^vscode-(languageserver-protocol|jsonrpc)(\/.*)?$/ }, args => args.pluginData === oneJsonRpc ? undefined
            : build.resolve(args.path, { kind: args.kind, resolveDir: folder, pluginData: oneJsonRpc }));
    }
};

/** The web build: the language server (a web worker of its own) and the extension (VS Code's web-worker extension host). */
export function webBuilds(common) {
    const web = { ...common, platform: 'browser', target: 'chrome120', mainFields: ['browser', 'module', 'main'], plugins: [...common.plugins, browserStandIns] };
    return [
        { ...web, format: 'iife', entryPoints: ['language-server/src/server-web.ts'], outfile: 'out/language-server/server-web.js', plugins: [...web.plugins, oneJsonRpc] },
        { ...web, format: 'cjs', entryPoints: ['extension/src/extension-web.ts'], outfile: 'out/extension/extension-web.cjs', external: ['vscode'] }
    ];
}
