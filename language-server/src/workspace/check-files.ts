import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import type { LoadedConfig } from '../config/config-provider.js';
import type { Locale } from '#protocol/locale.js';
import { type SvcServices } from '../svc-module.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { dataFileDiagnostics } from '../validation/data-file-diagnostics.js';

export interface CheckedFile {
    /** Absolute path. */
    file: string;
    document: LangiumDocument;
    diagnostics: Diagnostic[];
}

/** A data file that a `measurements` or `survey` of the checked specs binds. */
export interface CheckedDataFile {
    /** Absolute (real) path. */
    file: string;
    /** The text the checks read (read when asked: SARIF's fingerprints need it, the other formats do not). */
    text(): string;
    diagnostics: Diagnostic[];
}

export interface WorkspaceCheck {
    files: CheckedFile[];
    /** The data files the specs bind, in path order. */
    dataFiles: CheckedDataFile[];
    /** Every `svc.config.json` that applies to a checked file and has problems. */
    invalidConfigs: LoadedConfig[];
    services: SvcServices;
}

/** Why a spec file cannot be read. */
export type SpecReadProblem = 'missing' | 'permission-denied' | 'symlink-loop' | 'folder' | 'not-utf8' | 'other';

const englishReasons: Partial<Record<SpecReadProblem, string>> = {
    missing: 'no such file or folder',
    'permission-denied': 'permission denied',
    'symlink-loop': 'a loop of symbolic links',
    folder: 'it is a folder'
};

/** A spec that cannot be read: `problem` lets the command line word it in the user's language. */
export class UnreadableFileError extends Error {
    /** `detail`: the system's wording, for a problem of kind `other`. */
    constructor(readonly path: string, readonly problem: SpecReadProblem, readonly detail = '') {
        super(problem === 'not-utf8' ? `'${path}' is not UTF-8 text; save it as UTF-8` : `cannot read '${path}': ${englishReasons[problem] ?? detail}`);
    }
}

/**
 * Parses, links and validates the given files as one workspace, in a fresh
 * service container (given by the benchmark, which times building it apart).
 */
export async function checkFiles(paths: readonly string[], locale?: Locale, services = createNodeSvcServices(NodeFileSystem).Svc): Promise<WorkspaceCheck> {
    const configs = services.config.ConfigProvider;
    // One report, one language: that of the config applying to all checked files (above their common folder).
    // Set before parsing, since syntax errors are worded while parsing.
    services.i18n.Locale.current = locale ?? configs.forFolder(commonFolder(paths)).config.locale ?? 'en';
    const documents = paths.map(path => {
        const uri = URI.file(path);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(readSpec(path).text, uri);
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
        dataFiles: checkedDataFiles(services),
        invalidConfigs: [...applicable.values()].filter(config => config.problems.length > 0),
        services
    };
}

function checkedDataFiles(services: SvcServices): CheckedDataFile[] {
    const measured = services.measured.MeasuredData;
    return measured.current().dataFiles
        .map(report => ({
            file: report.path,
            text: () => {
                const read = measured.source.read(report.path);
                return read.ok ? read.value.text : '';
            },
            diagnostics: dataFileDiagnostics(report, services.i18n.Locale.current, services.config.ConfigProvider)
        }))
        .sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

export interface SpecText {
    /** The byte order mark the file starts with, if any: not part of the text, as in editors. */
    bom: string;
    text: string;
}

/** The text of a spec: UTF-8 (a BOM is set apart, as editors do); anything else is refused with a reason. */
export function readSpec(path: string): SpecText {
    let bytes: Buffer;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        throw new UnreadableFileError(path, readProblem(error), (error as Error).message);
    }
    // Checked, then decoded natively: a strict TextDecoder costs ~10 ms more at its first use in a process.
    if (!isUtf8(bytes)) throw new UnreadableFileError(path, 'not-utf8');
    const text = bytes.toString('utf8');
    return text.startsWith('\uFEFF') ? { bom: '\uFEFF', text: text.slice(1) } : { bom: '', text };
}

/** The problem behind a failed `stat` or read. */
export function readProblem(error: unknown): SpecReadProblem {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'ENOENT': return 'missing';
        case 'EACCES': case 'EPERM': return 'permission-denied';
        case 'ELOOP': return 'symlink-loop';
        case 'EISDIR': return 'folder';
        default: return 'other';
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
