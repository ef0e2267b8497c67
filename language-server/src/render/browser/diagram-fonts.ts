/**
 * The families diagrams are drawn in. The headless renderer serves the first
 * two from npm packages (render/bundled-fonts.ts), so pictures look the same on
 * every machine; a webview or an SVG viewer falls back to the others.
 */
export const bundledFontFamilies = ['Noto Sans SC', 'Noto Emoji'];

/** Latin and Chinese from one family, so that Mermaid's text measurements match what is drawn. */
export const diagramFontFamily = [...bundledFontFamilies, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif']
    .map(family => family.includes(' ') ? `"${family}"` : family)
    .join(', ');
