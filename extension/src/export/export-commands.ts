import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import { exportFormats } from '#protocol/preview-messages.js';
import { documentContents, documentFormats, type DocumentFormat, type PrintPdf } from './document-export.js';
import { exportContents, exportDiagrams } from './export-content.js';
import { defaultExportFileName, exportExtensions, numberedFileNames, reportFormats, withExportExtension, type AnyExportFormat } from './export-naming.js';
import { mayWrite, overwriteDecision, type ExportTarget } from './overwrite.js';

function formatLabel(format: AnyExportFormat): string {
    switch (format) {
        case 'svg': return vscode.l10n.t('SVG image');
        case 'png': return vscode.l10n.t('PNG image');
        case 'mermaid': return vscode.l10n.t('Mermaid source');
        case 'markdown': return vscode.l10n.t('Markdown report');
        case 'html': return vscode.l10n.t('HTML report');
        case 'pdf': return vscode.l10n.t('PDF report');
        case 'docx': return vscode.l10n.t('Word report');
    }
}

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/**
 * `svc.export.<format>` [specUri] [targetUri]: with no spec, the focused preview's or
 * the active editor's; with no target, a save dialog proposes one beside the spec.
 * A target lets tests and other extensions export without any dialog: then an
 * existing file is never replaced (nobody is there to confirm), and the command
 * returns the files it wrote without waiting for the user to dismiss the notice.
 * It resolves to undefined when nothing was written; the reason is shown.
 */
export function registerExportCommands(manager: PreviewManager, printPdf: PrintPdf | undefined): vscode.Disposable[] {
    return [...exportFormats, ...documentFormats].map(format => vscode.commands.registerCommand(`svc.export.${format}`, async (resource?: unknown, target?: unknown) => {
        try {
            return await exportSpec(manager, format, printPdf, resource, target instanceof vscode.Uri ? target : undefined);
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', error instanceof Error ? error.message : String(error)));
            return undefined;
        }
    }));
}

const isDocument = (format: AnyExportFormat): format is DocumentFormat => (documentFormats as readonly string[]).includes(format);

async function exportSpec(manager: PreviewManager, format: AnyExportFormat, printPdf: PrintPdf | undefined, resource: unknown, target: vscode.Uri | undefined): Promise<vscode.Uri[] | undefined> {
    if (format === 'pdf' && !printPdf) throw new Error(vscode.l10n.t('Exporting a PDF needs VS Code on the desktop, which prints it with a browser installed there. Here, export the HTML report and print it from the browser.'));
    const specUri = manager.specUri(resource);
    if (!specUri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .svc file to export its blueprint.'));
        return undefined;
    }
    // The webview renders the images and holds the last valid model: exports go through a preview.
    const preview = manager.previewFor(specUri) ?? manager.open(specUri, vscode.ViewColumn.Beside);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Preparing the blueprint…') }, () => preview.whenRendered());
    const service = preview.service;
    if (!service) throw new Error(vscode.l10n.t('This file defines no service to export.'));
    const diagrams = isDocument(format) ? preview.diagrams('blueprint') : exportDiagrams(preview, format);
    if (diagrams.length === 0 && !reportFormats.has(format)) throw new Error(vscode.l10n.t('There is nothing to export in this view.'));

    const proposed = vscode.Uri.joinPath(specUri, '..', defaultExportFileName(fileName(specUri), service.name, preview.view, format));
    const chosen = target ?? await vscode.window.showSaveDialog({
        defaultUri: proposed,
        filters: { [formatLabel(format)]: [exportExtensions[format]] },
        saveLabel: vscode.l10n.t('Export'),
        title: vscode.l10n.t('Export {0}', formatLabel(format))
    });
    if (!chosen) return undefined;

    const first = vscode.Uri.joinPath(chosen, '..', withExportExtension(fileName(chosen), format));
    const perDiagram = format === 'svg' || format === 'png' || format === 'mermaid';
    const uris = numberedFileNames(fileName(first), perDiagram ? diagrams.length : 1).map(name => vscode.Uri.joinPath(first, '..', name));
    const targets: ExportTarget[] = await Promise.all(uris.map(async uri => ({ path: uri.fsPath, exists: await exists(uri) })));
    // Names that differ in case only may be one file: on Windows and macOS, and wherever the platform is unknown (the web).
    const decision = overwriteDecision(targets, specUri.fsPath, globalThis.process?.platform !== 'linux');
    if (decision === 'refuse') throw new Error(vscode.l10n.t('An export never replaces the specification itself; choose another file name.'));
    const existing = targets.filter(entry => entry.exists).map(entry => fileName(vscode.Uri.file(entry.path))).join(', ');
    if (decision === 'confirm' && target) throw new Error(vscode.l10n.t('{0} already exists; an export to a given file never replaces it.', existing));
    let confirmed: boolean | undefined;
    if (decision === 'confirm') {
        const replace = vscode.l10n.t('Replace');
        confirmed = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', existing), { modal: true }, replace) === replace;
    }
    if (!mayWrite(decision, confirmed)) return undefined;

    // A background webview may not lay out text, and Mermaid measures it: draw in view, keeping the focus.
    preview.reveal(undefined, true);
    const contents = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}…', formatLabel(format)) },
        async () => isDocument(format) ? [await documentContents(preview, format, printPdf!)] : exportContents(preview, format, diagrams)
    );
    await Promise.all(contents.map((bytes, index) => vscode.workspace.fs.writeFile(uris[index], bytes)));
    const written = uris.slice(0, contents.length);
    const exported = vscode.l10n.t('Exported {0}', written.map(fileName).join(', '));
    if (target) {
        void vscode.window.showInformationMessage(exported);
        return written;
    }
    const open = vscode.l10n.t('Open');
    if (await vscode.window.showInformationMessage(exported, open) === open) {
        await vscode.commands.executeCommand('vscode.open', written[0]);
    }
    return written;
}
