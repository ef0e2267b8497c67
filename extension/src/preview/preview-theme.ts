import { ColorThemeKind, window } from 'vscode';
import type { PreviewTheme } from './protocol.js';

const themes: Record<ColorThemeKind, PreviewTheme> = {
    [ColorThemeKind.Light]: 'light',
    [ColorThemeKind.Dark]: 'dark',
    [ColorThemeKind.HighContrast]: 'high-contrast',
    [ColorThemeKind.HighContrastLight]: 'high-contrast-light'
};

/** The preview follows the editor's light, dark or high-contrast theme. */
export function editorPreviewTheme(): PreviewTheme {
    return themes[window.activeColorTheme.kind] ?? 'light';
}
