// An esbuild plugin for the bundles: `vscode-languageserver` is CommonJS with ~300 exports, imported by
// some 25 modules (the sources' and Langium's), and esbuild gives each importing module its own copy of
// the exports, a getter per export (~18 ms at every start of the CLI and the server). Here every ES import
// of it goes through one ES module per installed copy that reads each export once; the values are the
// same objects. An import of a name it lacks fails the build.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const namespace = 'svc-static-exports';
const packages = /^vscode-languageserver$/;

export const staticExports = {
    name: 'static-exports',
    setup(build) {
        const require = createRequire(import.meta.url);
        build.onResolve({ filter: packages }, async args => {
            if (args.kind !== 'import-statement' || args.pluginData === namespace) return undefined;
            // The copy this importer would get (a package may have its own, nested one).
            const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: namespace });
            return resolved.errors.length > 0 ? undefined : { path: resolved.path, namespace };
        });
        build.onLoad({ filter: /.*/, namespace }, ({ path }) => ({
            contents: `import * as exported from ${JSON.stringify(path)};\nexport const { ${Object.keys(require(path)).join(', ')} } = exported;\n`,
            resolveDir: dirname(path),
            loader: 'js'
        }));
    }
};
