import { ColorThemeKind, window, workspace } from 'vscode';
import { diagramThemes } from '#protocol/diagram-theme.js';
import type { PreviewTheme } from '#protocol/preview-messages.js';

const themes: Record<ColorThemeKind, PreviewTheme> = {
    [ColorThemeKind.Light]: 'light',
    [ColorThemeKind.Dark]: 'dark',
    [ColorThemeKind.HighContrast]: 'high-contrast',
    [ColorThemeKind.HighContrastLight]: 'high-contrast-light'
};

/** The preview's colours: `svc.preview.theme`, or by default the editor's light, dark or high-contrast theme. */
export function previewTheme(): PreviewTheme {
    const chosen = workspace.getConfiguration('svc.preview').get<string>('theme', 'auto');
    return diagramThemes.find(theme => theme === chosen) ?? themes[window.activeColorTheme.kind] ?? 'light';
}
