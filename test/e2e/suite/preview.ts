import * as vscode from 'vscode';
import type { PreviewRenderState } from '../../../extension/src/preview/preview-manager.js';
import { waitFor } from './wait.js';
import { relativePath } from './workspace.js';

/** The number of steps a spec declares (a step starts its line). */
export function stepCount(text: string): number {
    return text.split('\n').filter(line => /^\s*step\s/.test(line)).length;
}

export async function renderStates(): Promise<PreviewRenderState[]> {
    return vscode.commands.executeCommand<PreviewRenderState[]>('svc.preview.renderState');
}

/** The blueprint preview tabs open in the workbench. */
export function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('svc.preview'));
}

/** Waits until the preview of `uri` has drawn `nodes` step nodes (what the webview itself reported). */
export async function drawnPreview(uri: vscode.Uri, nodes: (state: PreviewRenderState) => boolean, timeoutMs = 60_000): Promise<PreviewRenderState> {
    let last: PreviewRenderState | undefined;
    return waitFor(`the preview of ${relativePath(uri)} to be drawn`, async () => {
        last = (await renderStates()).find(state => state.uri === uri.toString());
        return last?.rendered && nodes(last) ? last : undefined;
    }, timeoutMs, () => JSON.stringify(last ?? 'no preview'));
}
