// An esbuild plugin for the bundles: `vscode-languageserver` is CommonJS with ~300 exports, imported by
// some 25 modules (the sources' and Langium's), and esbuild gives each importing module its own copy of
// the exports, a getter per export (~18 ms at every start of the CLI and the server; its protocol package
// likewise, in 4). Here every import of them goes through one ES module per package that reads each export
// once; the values are the same objects. An import of a name it lacks fails the build.
import { createRequire } from 'node:module';

const namespace = 'svc-static-exports';
const packages = /^vscode-languageserver(-protocol)?$/;

export const staticExports = {
    name: 'static-exports',
    setup(build) {
        const require = createRequire(import.meta.url);
        build.onResolve({ filter: packages }, args => args.namespace === namespace ? undefined : { path: args.path, namespace });
        build.onLoad({ filter: /.*/, namespace }, ({ path }) => ({
            contents: `import * as exported from '${path}';\nexport const { ${Object.keys(require(path)).join(', ')} } = exported;\n`,
            resolveDir: import.meta.dirname,
            loader: 'js'
        }));
    }
};
