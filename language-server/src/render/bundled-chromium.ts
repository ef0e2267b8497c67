import { createReadStream, createWriteStream, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { isExecutableFile } from './executable-file.js';

/** Where svc keeps what it unpacks: `SVC_CACHE_DIR`, else the user's cache folder. */
export function cacheFolder(environment: NodeJS.ProcessEnv = process.env): string {
    return environment.SVC_CACHE_DIR ?? join(environment.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'svc');
}

/**
 * The Chromium inside the npm package `@sparticuz/chromium` (Linux x64), so that
 * pictures need no system browser. The package carries it Brotli-compressed;
 * it is unpacked once (a few seconds) into the cache folder, per package
 * version, through a temporary name so that a reader never sees half a file.
 * Undefined when the package is not installed.
 */
export async function bundledChromium(environment: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
    const packageRoot = installedPackageRoot('@sparticuz/chromium');
    if (!packageRoot) return undefined;
    const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf-8')) as { version: string };
    const folder = join(cacheFolder(environment), `chromium-${version}`);
    const executable = join(folder, 'chromium');
    if (isExecutableFile(executable)) return executable;
    mkdirSync(folder, { recursive: true });
    // Each unpacker writes its own file: test workers may unpack at the same time.
    const partial = `${executable}.${randomUUID()}.partial`;
    try {
        await pipeline(createReadStream(join(packageRoot, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
        renameSync(partial, executable);
    } finally {
        rmSync(partial, { force: true });
    }
    return executable;
}

/** The folder of an installed package, found the way Node finds it from here; undefined when it is not installed. */
function installedPackageRoot(name: string): string | undefined {
    try {
        // The package exports only its entry (build/index.js), one folder below its root.
        return dirname(dirname(createRequire(import.meta.url).resolve(name)));
    } catch {
        return undefined;
    }
}
