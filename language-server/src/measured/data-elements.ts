import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import type { SvcConfigProvider } from '../config/config-provider.js';
import { isMeasurements, isService, isSurvey, type Measurements, type Model, type Survey } from '../generated/ast.js';
import { findDataRoot, resolveDataFile } from './data-file-access.js';
import type { Parsed } from './parse-result.js';

/** An element that binds a data file with `from "PATH"` (LANGUAGE.md, "Measured data"). */
export type DataElement = Measurements | Survey;

export function isDataElement(node: AstNode): node is DataElement {
    return isMeasurements(node) || isSurvey(node);
}

/**
 * The real path of the file an element's `from` names, or why it names none;
 * undefined for a spec that is not a file (an unsaved editor), which has no folder to resolve from.
 */
export function resolveElementFile(element: DataElement, configs: Pick<SvcConfigProvider, 'forFolder' | 'files'>): Parsed<string> | undefined {
    const specFile = configs.files.pathOf(AstUtils.getDocument(element).uri);
    if (specFile === undefined || element.path === undefined) return undefined;
    return resolveDataFile(configs.files, specFile, element.path, findDataRoot(specFile, configs));
}

/** The data elements of the workspace: files in the order of their paths (code units), elements in text order. */
export function workspaceDataElements(documents: LangiumDocuments): DataElement[] {
    const sorted = documents.all.toArray().sort((a, b) => compareCodeUnits(a.uri.path, b.uri.path));
    // Data elements stand at the top level or in a service: no need to walk the whole tree.
    return sorted.flatMap(document => ((document.parseResult.value as Partial<Model>).elements ?? [])
        .flatMap(element => isService(element) ? element.members : [element])
        .filter(isDataElement));
}

/** For each real path, the first element that names it: later ones are `data-file-invalid`. */
export function firstBindings(elements: readonly DataElement[], resolve: (element: DataElement) => Parsed<string> | undefined): Map<string, DataElement> {
    const owners = new Map<string, DataElement>();
    for (const element of elements) {
        const file = resolve(element);
        if (file?.ok && !owners.has(file.value)) owners.set(file.value, element);
    }
    return owners;
}

const compareCodeUnits = (a: string, b: string) => a < b ? -1 : a > b ? 1 : 0;
