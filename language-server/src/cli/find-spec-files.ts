import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '#protocol/locale.js';
import { readProblem } from '../workspace/check-files.js';
import { fileProblemError } from './file-problems.js';

/**
 * The `.svc` files named by the arguments: files as given, folders searched
 * recursively (each real folder once, so symlink loops end; each real file
 * once, so a file reached through two links is not checked twice). Only
 * regular files are read: a FIFO or a device named `.svc` would block or never end.
 */
export function findSpecFiles(paths: readonly string[], locale: Locale = 'en'): string[] {
    const files = new Map<string, string>();
    const seenFolders = new Set<string>();
    const visit = (path: string, explicit: boolean) => {
        let stats: Stats;
        try {
            stats = statSync(path);
        } catch (error) {
            if (explicit) throw fileProblemError(readProblem(error), path, locale, (error as Error).message);
            return; // a dangling link or a link loop inside a folder
        }
        if (stats.isDirectory()) {
            const real = realpathSync(path);
            if (seenFolders.has(real)) return;
            seenFolders.add(real);
            let entries: string[];
            try {
                entries = readdirSync(path).sort();
            } catch (error) {
                throw fileProblemError('folder-unreadable', path, locale, readProblem(error) === 'permission-denied' ? permissionDenied[locale] : (error as Error).message);
            }
            for (const entry of entries) {
                if (entry === 'node_modules' || entry.startsWith('.')) continue;
                const child = join(path, entry);
                if (entry.endsWith('.svc') || isDirectory(child)) visit(child, false);
            }
        } else if (!stats.isFile()) {
            if (explicit) throw fileProblemError('not-regular-file', path, locale);
        } else if (explicit || path.endsWith('.svc')) {
            const real = realpathSync(path);
            if (!files.has(real)) files.set(real, resolve(path));
        }
    };
    for (const path of paths) visit(path, true);
    return [...files.values()].sort();
}

/** A path that must be one spec file: it exists, and is a regular file, not a folder. */
export function requireSpecFile(path: string, locale: Locale): void {
    let stats: Stats;
    try {
        stats = statSync(path);
    } catch (error) {
        throw fileProblemError(readProblem(error), path, locale, (error as Error).message);
    }
    if (stats.isDirectory()) throw fileProblemError('folder', path, locale);
    if (!stats.isFile()) throw fileProblemError('not-regular-file', path, locale);
}

const permissionDenied: Record<Locale, string> = { en: 'permission denied', 'zh-CN': '没有权限' };

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
