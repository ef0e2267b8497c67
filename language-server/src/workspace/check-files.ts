import { readFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import type { LoadedConfig } from '../config/config-provider.js';
import type { Locale } from '../i18n/locale.js';
import { createSvcServices, type SvcServices } from '../svc-module.js';

export interface CheckedFile {
    /** Absolute path. */
    file: string;
    document: LangiumDocument;
    diagnostics: Diagnostic[];
}

export interface WorkspaceCheck {
    files: CheckedFile[];
    /** Every `svc.config.json` that applies to a checked file and has problems. */
    invalidConfigs: LoadedConfig[];
    services: SvcServices;
}

export class UnreadableFileError extends Error {}

/** Parses, links and validates the given files as one workspace. */
export async function checkFiles(paths: readonly string[], locale?: Locale): Promise<WorkspaceCheck> {
    const services = createSvcServices(NodeFileSystem).Svc;
    const configs = services.config.ConfigProvider;
    // One report, one language: that of the config applying to all checked files (above their common folder).
    // Set before parsing, since syntax errors are worded while parsing.
    services.i18n.Locale.current = locale ?? configs.forFolder(commonFolder(paths)).config.locale ?? 'en';
    const documents = paths.map(path => {
        const uri = URI.file(path);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(readSpec(path), uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    const applicable = new Map<string, LoadedConfig>();
    for (const document of documents) {
        const config = configs.forDocument(document.uri);
        if (config.path) applicable.set(config.path, config);
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        files: documents.map(document => ({ file: document.uri.fsPath, document, diagnostics: document.diagnostics ?? [] })),
        invalidConfigs: [...applicable.values()].filter(config => config.problems.length > 0),
        services
    };
}

/** The text of a spec: UTF-8 (a BOM is dropped, as editors do); anything else is refused with a reason. */
function readSpec(path: string): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UnreadableFileError(`cannot read '${path}': ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new UnreadableFileError(`'${path}' is not UTF-8 text; save it as UTF-8`);
    }
}

/** The deepest folder holding all the given files. */
export function commonFolder(paths: readonly string[]): string {
    let common = dirname(paths[0]);
    for (const path of paths) {
        while (!path.startsWith(common.endsWith(sep) ? common : common + sep) && dirname(common) !== common) {
            common = dirname(common);
        }
    }
    return common;
}
