/** A file an export is about to write. */
export interface ExportTarget {
    /** Absolute file-system path. */
    path: string;
    exists: boolean;
}

/**
 * - `refuse`: a target is the spec itself — never replaced, whatever the user says;
 * - `confirm`: some target exists: ask before replacing (save dialogs do not ask on
 *   every platform, nor for the extra files of a split view);
 * - `write`: nothing is overwritten.
 */
export type OverwriteDecision = 'write' | 'confirm' | 'refuse';

/** Windows and macOS file systems usually ignore case: `Spec.SVC` is `spec.svc` there. */
export function samePath(a: string, b: string, caseInsensitive: boolean): boolean {
    const normalise = (path: string) => {
        const unified = path.replace(/\\/g, '/').replace(/\/+$/, '');
        return caseInsensitive ? unified.toLowerCase() : unified;
    };
    return normalise(a) === normalise(b);
}

export function overwriteDecision(targets: readonly ExportTarget[], specPath: string, caseInsensitive: boolean): OverwriteDecision {
    if (targets.some(target => samePath(target.path, specPath, caseInsensitive))) return 'refuse';
    return targets.some(target => target.exists) ? 'confirm' : 'write';
}

/** After asking: write only on an explicit "Replace" (a dismissed dialog answers undefined). */
export function mayWrite(decision: OverwriteDecision, confirmed: boolean | undefined): boolean {
    return decision === 'write' || (decision === 'confirm' && confirmed === true);
}
