import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFile } from './generate-workspace.js';

const root = join(tmpdir(), `svc-bench-${process.pid}`);

/** Writes the files into a fresh folder under the temp folder; returns their paths. */
export function writeWorkspace(label: string, files: readonly BenchFile[]): { folder: string; paths: string[] } {
    const folder = join(root, label);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const paths = files.map(file => {
        const path = join(folder, file.name);
        writeFileSync(path, file.text);
        return path;
    });
    return { folder, paths };
}

export function removeWorkspaces(): void {
    rmSync(root, { recursive: true, force: true });
}
