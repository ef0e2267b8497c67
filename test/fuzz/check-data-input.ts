import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import type { Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { checkFiles, type WorkspaceCheck } from '../../language-server/src/workspace/check-files.js';
import { captureConsoleErrors, describeError, type Problems } from './check-input.js';
import type { DataWorkspaceFiles } from './data-inputs.js';

/** CPU time allowed per kilobyte of the workspace's files on top of the fixed bound, as for specs. */
const msPerKilobyte = 40;
const locales: readonly Locale[] = ['en', 'zh-CN'];

/**
 * Checks workspaces with data files as `svc check` does (`checkFiles`, files on
 * disk under one folder with its `svc.config.json`), in one reused service
 * container, and lists what broke a promise: an exception out of `checkFiles`, a
 * rule that failed internally or logged an error, a diagnostic range outside its
 * file's text (a spec's or a data file's) or reversed, or taking longer than the
 * bound (this thread's CPU time, as for specs).
 */
export class DataInputChecker {
    private readonly services = createNodeSvcServices(NodeFileSystem).Svc;
    private readonly workspace: string;
    private counter = 0;

    /** `folder`: scratch space of this checker alone; it is emptied before each input. */
    constructor(folder: string, private readonly timeBoundMs: number) {
        mkdirSync(folder, { recursive: true });
        // Keeps any svc.config.json above the scratch folder out of the check; the data root.
        writeFileSync(join(folder, 'svc.config.json'), '{}\n');
        this.workspace = join(realpathSync(folder), 'workspace');
    }

    async check(files: DataWorkspaceFiles): Promise<Problems> {
        const problems: Problems = [];
        const specs = this.write(files);
        const started = process.threadCpuUsage();
        const restoreConsole = captureConsoleErrors(message => problems.push(`logged an error: ${message}`));
        let check: WorkspaceCheck | undefined;
        try {
            check = await checkFiles(specs, locales[this.counter++ % locales.length], this.services);
            for (const file of check.files) problems.push(...diagnosticProblems(file.document.textDocument.getText(), file.diagnostics, file.file));
            for (const file of check.dataFiles) problems.push(...diagnosticProblems(file.text(), file.diagnostics, file.file));
        } catch (error) {
            problems.push(`threw: ${describeError(error)}`);
        } finally {
            restoreConsole();
            await this.forget(specs, problems);
        }
        const size = Object.values(files).reduce((sum, content) => sum + content.length, 0);
        const bound = this.timeBoundMs + size / 1024 * msPerKilobyte;
        const { user, system } = process.threadCpuUsage(started);
        const elapsed = (user + system) / 1000;
        if (elapsed > bound) problems.push(`took ${Math.round(elapsed)} ms of CPU (bound ${Math.round(bound)} ms)`);
        return problems;
    }

    /** Writes the input's files in place of the last one's; returns the specs' paths. */
    private write(files: DataWorkspaceFiles): string[] {
        rmSync(this.workspace, { recursive: true, force: true });
        for (const [path, content] of Object.entries(files)) {
            const target = join(this.workspace, path);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, content);
            // Rewritten within the file system's clock tick, a file of the same size would keep its stamp: read it anew.
            this.services.measured.MeasuredData.source.forget(target);
        }
        return Object.keys(files).filter(path => path.endsWith('.svc')).sort().map(path => join(this.workspace, path));
    }

    /** Removes the specs and everything indexed from them, so the next input starts from an empty workspace. */
    private async forget(specs: readonly string[], problems: Problems): Promise<void> {
        try {
            const uris = specs.map(path => URI.file(path)).filter(uri => this.services.shared.workspace.LangiumDocuments.hasDocument(uri));
            await this.services.shared.workspace.DocumentBuilder.update([], uris);
        } catch (error) {
            problems.push(`removing the documents threw: ${describeError(error)}`);
        }
    }
}

/**
 * Every diagnostic lies within its file's text as LSP counts it (lines end at LF,
 * CRLF or CR; characters in UTF-16 code units up to the line's length, its end
 * excluded), starts before it ends, and is no internal error.
 */
export function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[], file: string): Problems {
    const lineLengths = text.split(/\r\n|\r|\n/).map(line => line.length);
    const inside = ({ line, character }: { line: number; character: number }) =>
        Number.isInteger(line) && Number.isInteger(character) && line >= 0 && character >= 0 && line < lineLengths.length && character <= lineLengths[line];
    const problems: Problems = [];
    for (const diagnostic of diagnostics) {
        const { start, end } = diagnostic.range;
        const label = `${String(diagnostic.code)} at ${start.line}:${start.character}-${end.line}:${end.character} in ${file.split('/').slice(-2).join('/')} (${lineLengths.length} lines${/\r(?!\n)/.test(text) ? ', a lone CR among the line ends' : ''})`;
        if (!inside(start) || !inside(end)) problems.push(`diagnostic outside the file: ${label}`);
        else if (start.line > end.line || (start.line === end.line && start.character > end.character)) problems.push(`diagnostic range reversed: ${label}`);
        if (diagnostic.code === 'internal-error' || /An error occurred/.test(String(diagnostic.message))) problems.push(`rule failed: ${String(diagnostic.message).slice(0, 300)}`);
    }
    return problems;
}
