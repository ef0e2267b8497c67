import type { Process, Service, Standard, Step } from '../generated/ast.js';
import { analyseProcess, nextSteps, type ProcessFlow } from '../model/process-flow.js';
import { serviceSteps } from '../model/service-elements.js';
import type { MeasuredAnalysis } from '../measured/measured-analysis.js';
import { notLinkedYet } from './before-linking.js';
import type { WorkspaceFacts } from './workspace-facts.js';

/**
 * What the rules share while one document is validated: analyses are
 * computed once per run and per process/service, then reused by every rule.
 */
export class RuleContext {
    private readonly flows = new Map<Process, ProcessFlow>();
    private readonly predecessorMaps = new Map<Service, Map<Step, Step[]>>();
    private readonly measuredStandards = new Map<Standard, boolean>();

    /** `facts` undefined: the workspace is not linked yet, and asking it stops the check (see before-linking.ts). */
    constructor(private readonly facts: WorkspaceFacts | undefined) {}

    get workspace(): WorkspaceFacts {
        if (!this.facts) throw notLinkedYet;
        return this.facts;
    }

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
        let result = this.measuredStandards.get(standard);
        if (result === undefined) {
            result = this.workspace.isMeasured(standard);
            this.measuredStandards.set(standard, result);
        }
        return result;
    }

    /** The workspace's measured data: data files, KPI series, survey gaps. */
    get measured(): MeasuredAnalysis {
        return this.workspace.measured();
    }

    topLevelNameCount(name: string): number {
        return this.workspace.topLevelNameCount(name);
    }
}
