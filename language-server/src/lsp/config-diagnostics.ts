import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileName } from '#protocol/workspace-walk.js';
import type { LoadedConfig } from '../config/config-provider.js';
import type { SvcServices } from '../svc-module.js';
import { revalidateWorkspace } from '../workspace/svc-document-builder.js';

/**
 * `svc.config.json` in the editor: its problems are shown as diagnostics on
 * the file itself, and every spec is revalidated when a config file changes.
 */
export function watchConfigFiles(shared: LangiumSharedServices, svc: SvcServices): void {
    const connection = shared.lsp.Connection;
    const configs = svc.config.ConfigProvider;
    const published = new Set<string>();

    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        const applicable = new Map<string, LoadedConfig>();
        for (const document of documents) {
            const config = configs.forDocument(document.uri);
            if (config.path) applicable.set(configs.files.uriOf(config.path).toString(), config);
        }
        for (const [uri, config] of applicable) {
            if (config.problems.length === 0 && !published.has(uri)) continue;
            connection?.sendDiagnostics({ uri, diagnostics: toDiagnostics(config, svc.i18n.Locale.current) });
            if (config.problems.length > 0) published.add(uri); else published.delete(uri);
        }
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const configChanges = params.changes.filter(change => change.uri.endsWith(`/${configFileName}`));
        if (configChanges.length === 0) return;
        configs.clear();
        for (const change of configChanges) {
            if (change.type === FileChangeType.Deleted && published.delete(change.uri)) {
                connection?.sendDiagnostics({ uri: change.uri, diagnostics: [] });
            }
        }
        revalidateWorkspace(shared);
    });
}

function toDiagnostics(config: LoadedConfig, locale: 'en' | 'zh-CN'): Diagnostic[] {
    const text = TextDocument.create('config', 'json', 0, config.text ?? '');
    return config.problems.map(problem => ({
        range: { start: text.positionAt(problem.offset), end: text.positionAt(problem.offset + problem.length) },
        severity: DiagnosticSeverity.Error,
        source: 'svc',
        code: 'invalid-config',
        message: problem.message[locale]
    }));
}
