import { parseCliReport, type Expected } from './expectations.js';
import { machineFile, readText } from './files.js';
import type { RunParameters } from './run-parameters.js';
import { workspaceFile } from './workspace.js';

/*
 * What the test files need while mocha loads them (their tests are made from
 * it), read before they load: file reads are asynchronous in the web worker.
 */

interface RunContext {
    parameters: RunParameters;
    /** svc check's diagnostics by file (relative to the workspace). */
    expected: Map<string, Expected[]>;
    /** The text of every .svc file svc check read, by the same path. */
    specTexts: Map<string, string>;
}

let loaded: RunContext | undefined;

export async function loadRunContext(parameters: RunParameters): Promise<void> {
    const expected = parseCliReport(await readText(machineFile(parameters.expectedDiagnostics)));
    const specs = [...expected.keys()].filter(file => file.endsWith('.svc'));
    const texts = await Promise.all(specs.map(file => readText(workspaceFile(file))));
    loaded = { parameters, expected, specTexts: new Map(specs.map((file, index) => [file, texts[index]])) };
}

export function runContext(): RunContext {
    if (!loaded) throw new Error('the run context is read before the suite loaded it');
    return loaded;
}
