import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { scratchHomeEnvironment } from './scratch-home.js';

/** The folders one code-server run owns: all fresh, inside the run's scratch folder. */
export interface CodeServerFolders {
    userData: string;
    extensions: string;
    /** Its config file: never the user's ~/.config/code-server. */
    config: string;
    /** Its XDG homes, also Chromium's (see scratchHomeEnvironment). */
    home: string;
}

export interface RunningCodeServer {
    url: string;
    /** code-server has ended on its own (a crash, a port in use). */
    exited(): boolean;
    stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}

export function installExtensions(entry: string, folders: CodeServerFolders, vsixFiles: string[]): void {
    const args = ['--config', folders.config, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions, ...vsixFiles.flatMap(file => ['--install-extension', file])];
    const result = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf-8', timeout: 120_000, env: scratchHomeEnvironment(folders.home) });
    const output = `${result.stdout}${result.stderr}`;
    // code-server reports a failed install on its output, not always in its exit status.
    if (result.status !== 0 || /fail|error/i.test(output)) throw new Error(`installing ${vsixFiles.map(file => path.basename(file)).join(', ')} failed:\n${output}`);
}

/** Starts code-server for `workspace` without authentication on 127.0.0.1. */
export async function startCodeServer(entry: string, folders: CodeServerFolders, workspace: string, logFile: string): Promise<RunningCodeServer> {
    const port = await freePort();
    writeFileSync(folders.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const log = createWriteStream(logFile);
    const child: ChildProcess = spawn(process.execPath, [
        entry, '--config', folders.config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace
    ], { env: scratchHomeEnvironment(folders.home), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => { output += chunk.toString(); log.write(chunk); });
    const stop = () => stopGroup(child);

    const deadline = Date.now() + 60_000;
    while (!/HTTP server listening on/.test(output)) {
        if (child.exitCode !== null || Date.now() > deadline) {
            await stop();
            throw new Error(`code-server did not start:\n${output.slice(-3000)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    return { url: `http://127.0.0.1:${port}/`, exited: () => child.exitCode !== null, stop: async () => { await stop(); log.end(); } };
}

/** Ends code-server and what it started (extension host, language server): its own process group. */
async function stopGroup(child: ChildProcess): Promise<void> {
    if (child.pid === undefined || child.exitCode !== null) return;
    const exited = new Promise(resolve => child.once('exit', resolve));
    const signal = (name: NodeJS.Signals) => { try { process.kill(-child.pid!, name); } catch { /* already gone */ } };
    signal('SIGTERM');
    const late = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(late);
}
