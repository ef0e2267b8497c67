import { isAbsolute, sep } from 'node:path';

/** The base of every file below the current folder; GitHub code scanning resolves it to the checkout. */
export const sourceRootId = '%SRCROOT%';

export interface ArtifactLocation { uri: string; uriBaseId?: string }

/**
 * Where a checked file is, for SARIF: below the current folder a reference
 * relative to `%SRCROOT%`, so the log means the same on every machine;
 * elsewhere an absolute `file:` URI. `path` is a `FileResult` path: relative
 * with `/` separators when below the current folder, else absolute.
 *
 * Each segment is percent-encoded on its own, so `?`, `#`, `%`, spaces, a `:`
 * that would read as a scheme, and non-ASCII letters cannot change the URI's
 * meaning (encodeURIComponent keeps only what RFC 3986 allows in a segment).
 */
export function artifactLocation(path: string): ArtifactLocation {
    return isAbsolute(path) ? { uri: fileUri(path) } : { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRootId };
}

/** `%SRCROOT%` as a folder URI: it must end with `/` for relative references to resolve inside it. */
export function sourceRootUri(cwd: string): string {
    const uri = fileUri(cwd);
    return uri.endsWith('/') ? uri : `${uri}/`;
}

/** An absolute path as a `file:` URI; a Windows drive (`C:`) keeps its colon. */
export function fileUri(absolutePath: string): string {
    const segments = absolutePath.split(sep === '\\' ? /[\\/]/ : '/');
    const path = segments.map(segment => /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)).join('/');
    return `file://${path.startsWith('/') ? '' : '/'}${path}`;
}
