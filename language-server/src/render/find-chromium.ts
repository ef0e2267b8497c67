import { delimiter, join } from 'node:path';
import { bundledChromium } from './bundled-chromium.js';
import { isExecutableFile } from './executable-file.js';

/** The environment variable that names the browser, like the CLI's `--chromium PATH`. */
export const chromiumVariable = 'SVC_CHROMIUM';

export class ChromiumNotFoundError extends Error {
    override readonly name = 'ChromiumNotFoundError';
}

export interface BrowserSystem {
    environment?: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    arch?: string;
}

/** Names on PATH, in order of preference: Chromium, Google Chrome, Microsoft Edge. */
const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where browsers install themselves outside PATH: per machine, and on Windows per user too. */
function installedBrowsers(platform: NodeJS.Platform, environment: NodeJS.ProcessEnv): string[] {
    switch (platform) {
        case 'linux':
            return ['/usr/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
        case 'darwin':
            return [
                '/Applications/Chromium.app/Contents/MacOS/Chromium',
                '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
                '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
            ];
        case 'win32': {
            const programFiles = environment.PROGRAMFILES ?? 'C:\\Program Files';
            const programFilesX86 = environment['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)';
            return [
                join(programFiles, 'Google\\Chrome\\Application\\chrome.exe'),
                join(programFilesX86, 'Google\\Chrome\\Application\\chrome.exe'),
                ...environment.LOCALAPPDATA ? [join(environment.LOCALAPPDATA, 'Google\\Chrome\\Application\\chrome.exe')] : [],
                join(programFilesX86, 'Microsoft\\Edge\\Application\\msedge.exe'),
                join(programFiles, 'Microsoft\\Edge\\Application\\msedge.exe')
            ];
        }
        default:
            return [];
    }
}

/**
 * A browser installed on this machine: the explicit path (the CLI's
 * `--chromium`), else `SVC_CHROMIUM`, else Chromium, Chrome or Edge at their
 * usual places or on PATH. A path that was asked for but does not work is an
 * error, never silently replaced by another browser; undefined when none is installed.
 */
export function findInstalledChromium(explicitPath?: string, system: BrowserSystem = {}): string | undefined {
    const { environment = process.env, platform = process.platform } = system;
    if (explicitPath) return requireExecutable(explicitPath, `--chromium ${explicitPath}`);
    const fromVariable = environment[chromiumVariable];
    if (fromVariable) return requireExecutable(fromVariable, `${chromiumVariable}=${fromVariable}`);
    const onPath = (environment.PATH ?? '').split(delimiter).filter(Boolean);
    const [preferred, ...others] = installedBrowsers(platform, environment);
    const candidates = [
        ...preferred ? [preferred] : [],
        ...commandNames.flatMap(name => onPath.map(folder => join(folder, platform === 'win32' ? `${name}.exe` : name))),
        ...others
    ];
    return candidates.find(isExecutableFile);
}

/**
 * The Chromium-based browser to render with: an installed one
 * (`findInstalledChromium`), else — on Linux x64 — the Chromium that the npm
 * package `@sparticuz/chromium` carries, unpacked once into a cache folder.
 */
export async function findChromium(explicitPath?: string, system: BrowserSystem = {}): Promise<string> {
    const installed = findInstalledChromium(explicitPath, system);
    if (installed) return installed;
    const { platform = process.platform, arch = process.arch } = system;
    const bundled = platform === 'linux' && arch === 'x64' ? await bundledChromium(system.environment) : undefined;
    if (bundled) return bundled;
    throw new ChromiumNotFoundError(
        'Chromium was not found: drawing diagrams (SVG and PNG export) needs a Chromium-based browser. '
        + `Install Chromium (Debian/Ubuntu: apt-get install chromium), Google Chrome or Microsoft Edge, or give its path with --chromium PATH or the ${chromiumVariable} environment variable.`
    );
}

function requireExecutable(path: string, source: string): string {
    if (isExecutableFile(path)) return path;
    throw new ChromiumNotFoundError(`Chromium was not found at '${path}' (from ${source}): no executable file there. Give the path of a Chromium, Chrome or Edge executable with --chromium PATH or the ${chromiumVariable} environment variable.`);
}
