import type { Process, Service, Standard, Step } from '../generated/ast.js';
import { analyseProcess, nextSteps, type ProcessFlow } from '../model/process-flow.js';
import { serviceSteps } from '../model/service-elements.js';
import type { Parsed } from '../measured/parse-result.js';
import { firstBindings, resolveElementFile, type DataElement } from './data-file-binding.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * What the rules share while one document is validated: analyses are
 * computed once per run and per process/service, then reused by every rule.
 */
export class RuleContext {
    private readonly flows = new Map<Process, ProcessFlow>();
    private readonly predecessorMaps = new Map<Service, Map<Step, Step[]>>();
    private readonly measured = new Map<Standard, boolean>();
    private readonly dataFiles = new Map<DataElement, Parsed<string> | undefined>();
    private bindings: Map<string, DataElement> | undefined;

    constructor(readonly workspace: WorkspaceFacts) {}

    flow(process: Process): ProcessFlow {
        let flow = this.flows.get(process);
        if (!flow) {
            flow = analyseProcess(process);
            this.flows.set(process, flow);
        }
        return flow;
    }

    /** Steps whose `next` names `step`, across the processes of its service. */
    predecessors(service: Service, step: Step): Step[] {
        let map = this.predecessorMaps.get(service);
        if (!map) {
            map = new Map();
            for (const source of serviceSteps(service)) {
                for (const { target } of nextSteps(source)) {
                    const list = map.get(target);
                    if (list) list.push(source); else map.set(target, [source]);
                }
            }
            this.predecessorMaps.set(service, map);
        }
        return map.get(step) ?? [];
    }

    isMeasured(standard: Standard): boolean {
        let result = this.measured.get(standard);
        if (result === undefined) {
            result = this.workspace.isMeasured(standard);
            this.measured.set(standard, result);
        }
        return result;
    }

    /** The real path of the file an element's `from` names, or why it names none (undefined: the spec is no file). */
    dataFile(element: DataElement): Parsed<string> | undefined {
        if (!this.dataFiles.has(element)) this.dataFiles.set(element, resolveElementFile(element, this.workspace.configs));
        return this.dataFiles.get(element);
    }

    /** The element of the workspace that names a data file first. */
    dataFileOwner(realPath: string): DataElement | undefined {
        this.bindings ??= firstBindings(this.workspace.dataElements(), element => this.dataFile(element));
        return this.bindings.get(realPath);
    }

    topLevelNameCount(name: string): number {
        return this.workspace.topLevelNameCount(name);
    }
}
