import { dirname, join } from 'node:path';
import type { URI } from 'langium';
import type { WorkspaceFiles } from '../files/workspace-files.js';
import { configFileName } from '#protocol/workspace-walk.js';
import type { ConfigProblem } from './config-errors.js';
import { parseConfig } from './config-parser.js';
import type { SvcConfig } from './config-schema.js';


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

    constructor(readonly files: WorkspaceFiles) {}

    forDocument(uri: URI): LoadedConfig {
        const path = this.files.pathOf(uri);
        return path === undefined ? noConfig : this.forFolder(dirname(path));
    }

    forFolder(folder: string): LoadedConfig {
        const cached = this.byFolder.get(folder);
        if (cached) return cached;
        const candidate = join(folder, configFileName);
        const parent = dirname(folder);
        const found = this.files.exists(candidate) ? loadConfigFile(this.files, candidate) : parent === folder ? noConfig : this.forFolder(parent);
        this.byFolder.set(folder, found);
        return found;
    }

    /** Forget everything, e.g. after a config file was created, edited or deleted. */
    clear(): void {
        this.byFolder.clear();
    }
}

/** Config files are a few hundred bytes; a megabyte is more than any would need. */
const maxConfigBytes = 1024 * 1024;

export function loadConfigFile(files: WorkspaceFiles, path: string): LoadedConfig {
    let text: string;
    try {
        const read = files.read(path, maxConfigBytes);
        if (read.kind !== 'file') throw new Error({ 'too-large': 'it is larger than 1 MB', directory: 'it is a folder', other: 'it is not a regular file' }[read.kind]);
        text = new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, '');
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { path, config: {}, problems: [{ offset: 0, length: 0, message: { en: `Cannot read the file: ${reason}`, 'zh-CN': `无法读取文件：${reason}` } }] };
    }
    return { path, text, ...parseConfig(text) };
}
