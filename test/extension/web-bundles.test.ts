import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The web build (vscode.dev, github.dev, code-server's web-worker host): its two
 * bundles, built here minified as `npm run package` builds them, may import
 * nothing of Node's, and the language server's stays within 2 MB.
 */

const repository = join(import.meta.dirname, '..', '..');
const maxServerBytes = 2 * 1024 * 1024;

interface Built {
    outfile: string;
    bytes: number;
    text: string;
    metafile: Metafile;
}

const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

/**
 * Each `require("x")` or `import … "x"` of a Node built-in left in a bundle's text. Not a method
 * named require (lodash probes `module.require("util")` where a module system has one).
 */
function builtinImports(text: string): string[] {
    return [...text.matchAll(/(?:(?<![\w$.])require\(|\bfrom\s*|(?<![\w$.])import\s*\(?)\s*["']([^"']+)["']/g)].map(match => match[1]).filter(name => builtins.has(name));
}

describe('the web bundles', () => {
    let bundles: Built[];

    beforeAll(async () => {
        const { commonOptions, webBuilds } = await import(join(repository, 'esbuild-common.mjs')) as {
            commonOptions(options: { production: boolean; version: string }): BuildOptions;
            webBuilds(common: BuildOptions): Array<BuildOptions & { outfile: string }>;
        };
        const previous = process.cwd();
        process.chdir(repository);
        try {
            bundles = await Promise.all(webBuilds(commonOptions({ production: true, version: 'test' })).map(async options => {
                const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' });
                const text = result.outputFiles!.find(file => !file.path.endsWith('.map'))!.text;
                return { outfile: options.outfile, bytes: Buffer.byteLength(text), text, metafile: result.metafile };
            }));
        } finally {
            process.chdir(previous);
        }
    }, 120_000);

    it('are the language server and the extension', () => {
        expect(bundles.map(bundle => bundle.outfile)).toEqual(['out/language-server/server-web.js', 'out/extension/extension-web.cjs']);
    });

    it('import no Node built-in, in their sources or in their text', () => {
        for (const bundle of bundles) {
            const imported = Object.values(bundle.metafile.inputs).flatMap(input => input.imports.map(entry => entry.path)).filter(path => builtins.has(path));
            expect(imported, bundle.outfile).toEqual([]);
            expect(builtinImports(bundle.text), bundle.outfile).toEqual([]);
        }
    });

    it('the check of a bundle\'s text finds a Node built-in where there is one', () => {
        expect(builtinImports('const fs = require("node:fs"); import("path"); import { x } from "os"; module.require("util");')).toEqual(['node:fs', 'path', 'os']);
        expect(builtinImports(readFileSync(join(repository, 'out', 'language-server', 'main.cjs'), 'utf-8'))).not.toEqual([]);
    });

    it('keep the web language server within 2 MB minified', () => {
        expect(bundles[0].bytes).toBeLessThanOrEqual(maxServerBytes);
    });
});
