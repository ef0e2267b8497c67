/*
 * What the language server walks when a folder opens (Langium's rules): every
 * folder but hidden ones, `node_modules` and `out`; every spec in them. The web
 * extension walks the same to read ahead what the server will ask for.
 */

export const specFileExtension = '.svc';
/** The settings of the specs in its folder and below; the server reads it beside each spec it finds. */
export const configFileName = 'svc.config.json';

/** Whether the walk goes into a folder of this name, or loads a file of this name. */
export function isWalkedEntry(name: string, kind: 'file' | 'directory' | 'other'): boolean {
    if (name.startsWith('.')) return false;
    if (kind === 'directory') return name !== 'node_modules' && name !== 'out';
    return kind === 'file' && name.endsWith(specFileExtension);
}
