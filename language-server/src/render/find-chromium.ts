import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The environment variable that names the browser, like the CLI's `--chromium PATH`. */
export const chromiumVariable = 'SVC_CHROMIUM';

export class ChromiumNotFoundError extends Error {
    override readonly name = 'ChromiumNotFoundError';
}

/** Names on PATH, in order of preference: Debian/Ubuntu Chromium, then Google Chrome. */
const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where browsers install themselves on macOS and Windows, where they are rarely on PATH. */
const installedBrowsers: Partial<Record<NodeJS.Platform, string[]>> = {
    darwin: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    ],
    win32: [
        join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
        join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe')
    ]
};

/**
 * The Chromium-based browser to render with: the explicit path (the CLI's
 * `--chromium`), else `SVC_CHROMIUM`, else /usr/bin/chromium or a Chromium or
 * Chrome on PATH, else a standard install location. A path that was asked
 * for but does not work is an error, never silently replaced by another browser.
 */
export function findChromium(explicitPath?: string, system: { environment?: NodeJS.ProcessEnv; platform?: NodeJS.Platform } = {}): string {
    const { environment = process.env, platform = process.platform } = system;
    if (explicitPath) return requireExecutable(explicitPath, `--chromium ${explicitPath}`);
    const fromVariable = environment[chromiumVariable];
    if (fromVariable) return requireExecutable(fromVariable, `${chromiumVariable}=${fromVariable}`);
    const onPath = (environment.PATH ?? '').split(delimiter).filter(Boolean);
    const candidates = [
        ...platform === 'linux' ? ['/usr/bin/chromium'] : [],
        ...commandNames.flatMap(name => onPath.map(folder => join(folder, platform === 'win32' ? `${name}.exe` : name))),
        ...installedBrowsers[platform] ?? []
    ];
    const found = candidates.find(isExecutable);
    if (found) return found;
    throw new ChromiumNotFoundError(
        'Chromium was not found: drawing diagrams (SVG and PNG export) needs a Chromium-based browser. '
        + `Install Chromium (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or Google Chrome, or give its path with --chromium PATH or the ${chromiumVariable} environment variable.`
    );
}

function requireExecutable(path: string, source: string): string {
    if (isExecutable(path)) return path;
    throw new ChromiumNotFoundError(`Chromium was not found at '${path}' (from ${source}): no executable file there. Give the path of a Chromium or Chrome executable with --chromium PATH or the ${chromiumVariable} environment variable.`);
}

function isExecutable(path: string): boolean {
    try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}
