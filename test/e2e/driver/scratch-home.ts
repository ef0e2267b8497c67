import * as path from 'node:path';

/**
 * The environment of every program the run starts, with the XDG homes in
 * `home`, a scratch folder: code-server writes a config file with a generated
 * password to $XDG_CONFIG_HOME/code-server on its first start, and its
 * heartbeat to $XDG_DATA_HOME/code-server, VS Code a device id to
 * $XDG_CACHE_HOME/Microsoft; Chromium keeps crash reports in
 * $XDG_CONFIG_HOME/chromium, and dconf a file in $XDG_CACHE_HOME. Without this
 * they land in the user's home.
 */
export function scratchHomeEnvironment(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
        ...process.env, ...extra,
        XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_CACHE_HOME: path.join(home, 'cache')
    };
}
