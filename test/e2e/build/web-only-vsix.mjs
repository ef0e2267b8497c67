import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/*
 * The packaged extension as a web-only extension: the same files, with `main`
 * (and any `extensionKind`) taken out of its manifest. code-server then runs it
 * in the browser's web worker extension host, as vscode.dev does; with `main`
 * it runs it in its Node.js extension host.
 */
export function writeWebOnlyVsix(source, target) {
    const files = unzipSync(readFileSync(source));
    const manifest = JSON.parse(strFromU8(files['extension/package.json']));
    if (!manifest.browser) throw new Error(`${source} has no "browser" entry: there is no web extension to test (npm run package builds it)`);
    delete manifest.main;
    delete manifest.extensionKind;
    files['extension/package.json'] = strToU8(JSON.stringify(manifest, null, 2));
    // What vsce writes for a manifest with only a browser entry (the gallery reads it; code-server reads package.json).
    files['extension.vsixmanifest'] = strToU8(strFromU8(files['extension.vsixmanifest'])
        .replace(/(Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value=")[^"]*"/, '$1web"'));
    writeFileSync(target, zipSync(files));
}
