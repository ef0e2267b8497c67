/** The editor's colour theme kinds; the preview, the exports and the headless renderer share them. */
export const diagramThemes = ['light', 'dark', 'high-contrast', 'high-contrast-light'] as const;
export type DiagramTheme = typeof diagramThemes[number];

/** Dark backgrounds need Mermaid's dark theme and light decorations. */
export function isDarkTheme(theme: DiagramTheme): boolean {
    return theme === 'dark' || theme === 'high-contrast';
}
