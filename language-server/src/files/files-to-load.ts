import { dirname, join } from 'node:path';
import { AstUtils, type LangiumDocuments } from 'langium';
import { configFileName } from '#protocol/workspace-walk.js';
import type { SvcConfigProvider } from '../config/config-provider.js';
import { workspaceDataElements } from '../measured/data-elements.js';
import { findDataRoot, writtenDataPath } from '../measured/data-file-access.js';

/** The config files that the folders of the specs, and those above them, may hold: what the config lookups read. */
export function configFilesToLoad(documents: LangiumDocuments, configs: SvcConfigProvider): Set<string> {
    const paths = new Set<string>();
    const folders = new Set<string>();
    for (const document of documents.all) {
        const path = configs.files.pathOf(document.uri);
        for (let folder = path === undefined ? undefined : dirname(path); folder !== undefined && !folders.has(folder); folder = dirname(folder)) {
            folders.add(folder);
            paths.add(join(folder, configFileName));
            if (dirname(folder) === folder) break;
        }
    }
    return paths;
}

/**
 * The data files that the `from` paths of the workspace name inside their data
 * roots (the config files loaded): nothing outside a root is read, not even to refuse it.
 */
export function dataFilesToLoad(documents: LangiumDocuments, configs: SvcConfigProvider): Set<string> {
    const paths = new Set<string>();
    for (const element of workspaceDataElements(documents)) {
        const spec = configs.files.pathOf(AstUtils.getDocument(element).uri);
        if (spec === undefined || element.path === undefined) continue;
        const written = writtenDataPath(spec, element.path, findDataRoot(spec, configs));
        if (written.ok) paths.add(written.value);
    }
    return paths;
}
