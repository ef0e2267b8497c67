import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { URI } from 'langium';
import type { ConfigProblem } from './config-errors.js';
import { parseConfig } from './config-parser.js';
import type { SvcConfig } from './config-schema.js';

export const configFileName = 'svc.config.json';

export interface LoadedConfig {
    /** File system path of the config file; undefined when none applies. */
    path?: string;
    text?: string;
    config: SvcConfig;
    problems: ConfigProblem[];
}

const noConfig: LoadedConfig = { config: {}, problems: [] };

/** Finds and caches the nearest `svc.config.json` above each file. */
export class SvcConfigProvider {
    private readonly byFolder = new Map<string, LoadedConfig>();

    forDocument(uri: URI): LoadedConfig {
        return uri.scheme === 'file' ? this.forFolder(dirname(uri.fsPath)) : noConfig;
    }

    forFolder(folder: string): LoadedConfig {
        const cached = this.byFolder.get(folder);
        if (cached) return cached;
        const candidate = join(folder, configFileName);
        const parent = dirname(folder);
        const found = existsSync(candidate) ? loadConfigFile(candidate) : parent === folder ? noConfig : this.forFolder(parent);
        this.byFolder.set(folder, found);
        return found;
    }

    /** Forget everything, e.g. after a config file was created, edited or deleted. */
    clear(): void {
        this.byFolder.clear();
    }
}

export function loadConfigFile(path: string): LoadedConfig {
    let text: string;
    try {
        text = readFileSync(path, 'utf-8').replace(/^\uFEFF/, '');
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { path, config: {}, problems: [{ offset: 0, length: 0, message: { en: `Cannot read the file: ${reason}`, 'zh-CN': `无法读取文件：${reason}` } }] };
    }
    return { path, text, ...parseConfig(text) };
}
