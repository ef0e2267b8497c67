import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Locale } from '#protocol/locale.js';
import { checkFiles, type WorkspaceCheck } from '../../language-server/src/workspace/check-files.js';
import { sortDiagnostics, toTestDiagnostic, type TestDiagnostic } from './diagnose.js';

export interface MeasuredWorkspace {
    /** The temporary folder holding the files (with an empty `svc.config.json`: the data root). */
    root: string;
    check: WorkspaceCheck;
    /** Every diagnostic of specs and data files; `file` relative to the root, sorted by file and line. */
    diagnostics: TestDiagnostic[];
    remove(): void;
}

/**
 * Writes specs and data files (path under a temporary root → text or bytes)
 * and checks the specs as one workspace on disk, as `svc check` does: data
 * files are read through their real paths, so the tests see what users see.
 */
export async function checkMeasured(files: Record<string, string | Uint8Array>, locale: Locale = 'en'): Promise<MeasuredWorkspace> {
    const root = mkdtempSync(join(tmpdir(), 'svc-measured-'));
    // Keeps any svc.config.json above the temporary folder out of the test.
    writeFileSync(join(root, 'svc.config.json'), '{}\n');
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    }
    const specs = Object.keys(files).filter(path => path.endsWith('.svc')).map(path => join(root, path));
    const check = await checkFiles(specs, locale);
    const diagnostics = sortDiagnostics([...check.files, ...check.dataFiles].flatMap(({ file, diagnostics: found }) =>
        found.map(diagnostic => toTestDiagnostic(relative(root, file).split('\\').join('/'), diagnostic))));
    return { root, check, diagnostics, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The diagnostics of one rule, the workspace removed afterwards. */
export async function measuredDiagnostics(rule: string, files: Record<string, string | Uint8Array>, locale: Locale = 'en'): Promise<TestDiagnostic[]> {
    const workspace = await checkMeasured(files, locale);
    try {
        return workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule);
    } finally {
        workspace.remove();
    }
}
