import { toBase64 } from '#protocol/base64.js';
import type { Locale } from '#protocol/locale.js';
import { uiStrings } from '../webview/ui-strings.js';
import { exportFormats, previewViews } from '#protocol/preview-messages.js';

/** The only extension folders the webview may load from (relative to the extension root). */
export const previewResourceFolders = ['out/extension', 'extension/media'] as const;

export interface PreviewHtmlInput {
    /** `webview.cspSource`: the origin of the extension's resources inside the webview. */
    cspSource: string;
    /** `webview.asWebviewUri(...)` of out/extension/preview.js and extension/media/preview.css. */
    scriptUri: string;
    styleUri: string;
    locale: Locale;
}

/** 128 random bits, fresh for every page: the only way a script or style element may run. */
export function createNonce(): string {
    return toBase64(crypto.getRandomValues(new Uint8Array(16)));
}

/** The Content-Security-Policy of the preview: nothing remote, no eval, scripts and style elements by nonce only. */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => escapes[character]);
}

/** The preview page: toolbar, banner and canvas; the script fills them. */
export function previewHtml(input: PreviewHtmlInput): string {
    const nonce = createNonce();
    const text = uiStrings[input.locale];
    const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
    const button = (id: string, label: string, title: string) =>
        `<button type="button" id="${id}" title="${escapeHtml(title)}" aria-label="${escapeHtml(title)}">${escapeHtml(label)}</button>`;
    return `<!DOCTYPE html>
<html lang="${escapeHtml(input.locale)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(input.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
</head>
<body>
<header class="toolbar" role="toolbar" aria-label="${escapeHtml(text.toolbar)}">
<label>${escapeHtml(text.view)} <select id="view">${previewViews.map(view => option(view, text.views[view])).join('')}</select></label>
<label id="service-picker" hidden>${escapeHtml(text.service)} <select id="service"></select></label>
<label id="process-picker" hidden>${escapeHtml(text.process)} <select id="process"></select></label>
<label id="part-picker" hidden>${escapeHtml(text.part)} <select id="part"></select></label>
<label id="overlay-toggle" title="${escapeHtml(text.measuredOverlayHint)}" hidden><input type="checkbox" id="overlay"> ${escapeHtml(text.measuredOverlay)}</label>
<span class="spacer"></span>
${button('zoom-out', '−', text.zoomOut)}<output id="zoom-level" class="zoom-level" aria-label="${escapeHtml(text.zoomLevel)}" aria-live="polite">100%</output>${button('zoom-in', '+', text.zoomIn)}
${button('zoom-fit', text.zoomFit, text.zoomFitHint)}${button('zoom-actual', '100%', text.zoomActualHint)}
<select id="export" aria-label="${escapeHtml(text.exportAs)}">${option('', text.exportAs)}${exportFormats.map(format => option(format, text.exports[format])).join('')}</select>
</header>
<div id="banner" class="banner" role="status" hidden></div>
<div id="notice" class="notice" role="status" hidden></div>
<main id="viewport" class="viewport" tabindex="0" aria-label="${escapeHtml(text.diagramCanvas)}"><div id="canvas" class="canvas"><p class="placeholder">${escapeHtml(text.rendering)}</p></div></main>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
