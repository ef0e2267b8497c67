import * as vscode from 'vscode';
import { toLocale, type Locale } from '#protocol/locale.js';
import { previewViews, type PreviewView } from '#protocol/preview-messages.js';

/*
 * The extension's settings, read where they are used so that a change applies
 * at once. Every setting is declared (with its en/zh-CN description) in
 * package.json.
 */

/** `svc.locale`: the language of diagnostics, hovers, the preview and reports; `auto` follows VS Code's display language. */
export function svcLocale(): Locale {
    const chosen = vscode.workspace.getConfiguration('svc').get<string>('locale', 'auto');
    return toLocale(chosen === 'auto' ? vscode.env.language : chosen);
}

/** `svc.preview.defaultView`: what a new preview shows first. */
export function defaultPreviewView(resource: vscode.Uri): PreviewView {
    const chosen = vscode.workspace.getConfiguration('svc.preview', resource).get<string>('defaultView', 'blueprint');
    return previewViews.find(view => view === chosen) ?? 'blueprint';
}
