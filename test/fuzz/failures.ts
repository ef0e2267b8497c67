import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Failure {
    origin: string;
    problems: string[];
    /** The regression fixture written for it. */
    fixture?: string;
}

/** Failures by kind: crash (a throw, a logged error or a dead worker), hang (over the time bound or no answer at all), out-of-range (diagnostic range), format (syntax tree changed). */
export type FailureCounts = Record<'crash' | 'hang' | 'outOfRange' | 'format', number>;

export const noFailures = (): FailureCounts => ({ crash: 0, hang: 0, outOfRange: 0, format: 0 });

export function countProblems(counts: FailureCounts, problems: readonly string[]): void {
    if (problems.some(problem => /^(threw|logged an error|rule failed|removing|blueprint|the worker died)/.test(problem))) counts.crash++;
    if (problems.some(problem => /^(took|no answer)/.test(problem))) counts.hang++;
    if (problems.some(problem => problem.startsWith('diagnostic '))) counts.outOfRange++;
    if (problems.some(problem => problem.startsWith('formatting '))) counts.format++;
}

/** What identifies a distinct failure: its distinct problems without numbers and stacks. */
export function signature(problems: readonly string[]): string {
    return [...new Set(problems.map(problem => problem.replace(/\d+/g, 'N').split('\n')[0]))].join('|');
}

/** Saves a failing input as a regression fixture, named by content so the same input is saved once. */
export function saveFixture(folder: string, text: string): string {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.svc`);
    writeFileSync(path, text, 'utf-8');
    return path;
}

/** Saves a failing workspace with data files as a folder of its files, named by content. */
export function saveDataFixture(folder: string, files: Record<string, string | Uint8Array>): string {
    const hash = createHash('sha256');
    for (const [path, content] of Object.entries(files).sort(([a], [b]) => a < b ? -1 : 1)) hash.update(`${path}\0${content.length}\0`).update(content);
    const fixture = join(folder, hash.digest('hex').slice(0, 16));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(fixture, path)), { recursive: true });
        writeFileSync(join(fixture, path), content);
    }
    return fixture;
}
