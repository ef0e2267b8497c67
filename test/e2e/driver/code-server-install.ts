import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scratchHomeEnvironment } from './scratch-home.js';

/**
 * code-server 4.117.0 is VS Code 1.117.0 (the extension's `engines.vscode`) and
 * needs Node 22. It is installed from the npm registry on first use; nothing
 * in it may be downloaded from elsewhere, which takes the two steps below.
 */
export const codeServerVersion = '4.117.0';
/** The @vscode/ripgrep inside code-server 4.117.0 and the rg release its postinstall would download. */
const ripgrep = { packageVersion: '1.17.1', release: 'v15.0.1' };
const ripgrepTargets: Record<string, string> = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

export function codeServerEntry(cacheDir: string): string {
    return path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function installedVersion(cacheDir: string): string | undefined {
    const manifest = path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'package.json');
    if (!existsSync(manifest) || !existsSync(codeServerEntry(cacheDir))) return undefined;
    // A half-finished install has the files but does not start: ask it, with a config and a home of its own.
    const home = mkdtempSync(path.join(tmpdir(), 'svc-e2e-version-'));
    try {
        const probe = spawnSync(process.execPath, [codeServerEntry(cacheDir), '--config', path.join(home, 'config.yaml'), '--version'],
            { encoding: 'utf-8', timeout: 60_000, env: scratchHomeEnvironment(home) });
        return probe.status === 0 ? versionIn(probe.stdout) : undefined;
    } finally {
        rmSync(home, { recursive: true, force: true });
    }
}

/**
 * The version from `code-server --version` (`4.117.0 <commit> with Code 1.117.0`), on whichever
 * line it is: log lines may come first ("Wrote default config file to …" on a first start).
 */
function versionIn(output: string): string | undefined {
    return /^(\d+\.\d+\.\d+) /m.exec(output)?.[1];
}

/** The cached code-server, installed first if missing; returns its entry script. */
export function ensureCodeServer(cacheDir: string, logFile: string): string {
    if (installedVersion(cacheDir) === codeServerVersion) return codeServerEntry(cacheDir);
    const started = Date.now();
    console.log(`Installing code-server ${codeServerVersion} into ${cacheDir} (once; about 4 minutes; log: ${logFile}) …`);
    const nodeDir = nodeWithHeaders(cacheDir, logFile);
    const tmp = path.join(cacheDir, 'tmp');
    seedRipgrepCache(tmp);
    const folder = path.join(cacheDir, 'code-server');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'svc-e2e-code-server', private: true }));
    npm(['install', '--no-audit', '--no-fund', `code-server@${codeServerVersion}`], folder, logFile, {
        // Native addons build against these headers instead of downloading them.
        PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: nodeDir,
        // node-pty's install runs `npx node-gyp`: answer its question.
        npm_config_yes: 'true',
        // code-server's postinstall refuses to run as root without it (then it installs lib/vscode's dependencies).
        npm_config_unsafe_perm: 'true',
        TMPDIR: tmp
    });
    if (installedVersion(cacheDir) !== codeServerVersion) throw new Error(`code-server ${codeServerVersion} was installed but does not start; see ${logFile}`);
    console.log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
    return codeServerEntry(cacheDir);
}

/**
 * The npm package `node` of this very Node version brings its headers
 * (include/node) in a platform package; node-gyp cannot download them here.
 */
function nodeWithHeaders(cacheDir: string, logFile: string): string {
    const holder = path.join(cacheDir, 'node22');
    const nodeDir = path.join(holder, 'node_modules', 'node', 'node_modules', `node-linux-${process.arch}`);
    const wanted = process.versions.node;
    const installed = existsSync(path.join(nodeDir, 'package.json')) ? (JSON.parse(readFileSync(path.join(nodeDir, 'package.json'), 'utf-8')) as { version: string }).version : undefined;
    if (installed !== wanted || !existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) {
        rmSync(holder, { recursive: true, force: true });
        mkdirSync(holder, { recursive: true });
        writeFileSync(path.join(holder, 'package.json'), JSON.stringify({ name: 'svc-e2e-node-headers', private: true }));
        npm(['install', '--no-audit', '--no-fund', `node@${wanted}`], holder, logFile, {});
        if (!existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) throw new Error(`node@${wanted} from npm has no headers in ${nodeDir}; see ${logFile}`);
    }
    return nodeDir;
}

/** @vscode/ripgrep's postinstall looks for its download in this cache first: Debian's rg stands in for it. */
function seedRipgrepCache(tmp: string): void {
    const target = ripgrepTargets[process.arch];
    if (!target) throw new Error(`no ripgrep target known for ${process.arch}`);
    const which = spawnSync('which', ['rg'], { encoding: 'utf-8' });
    if (which.status !== 0) throw new Error('ripgrep (rg) is needed to install code-server offline: apt-get install ripgrep');
    const rg = which.stdout.trim();
    const folder = path.join(tmp, `vscode-ripgrep-cache-${ripgrep.packageVersion}`);
    mkdirSync(folder, { recursive: true });
    execFileSync('tar', ['czf', path.join(folder, `ripgrep-${ripgrep.release}-${target}.tar.gz`), '-C', path.dirname(rg), path.basename(rg)]);
}

/** npm as the running npm script uses it (npm_execpath), on this Node 22. */
function npm(args: string[], cwd: string, logFile: string, env: Record<string, string>): void {
    const npmCli = process.env.npm_execpath;
    const [command, commandArgs] = npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args];
    const log = openSync(logFile, 'a');
    try {
        const result = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', log, log], env: { ...withoutNpmSettings(), ...env } });
        if (result.status !== 0) {
            const tail = readFileSync(logFile, 'utf-8').split('\n').slice(-30).join('\n');
            throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${tail}`);
        }
    } finally {
        closeSync(log);
    }
}

/**
 * The environment without what the running npm script passes down (npm_config_*,
 * npm_lifecycle_*): the inner npm would take them as its own settings, and
 * code-server's postinstall reads the Node version from npm_config_user_agent.
 */
function withoutNpmSettings(): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}
