import { AstUtils, GrammarUtils } from 'langium';
import type { Step } from '../../generated/ast.js';
import { analyseProcess, nextSteps, processOf } from '../../model/process-flow.js';
import { replaceRange, type DocumentEdit } from './document-edits.js';
import type { ElementDraft } from './element-draft.js';
import { insertAfter, insertBefore, insertIntoBlock } from './element-insertion.js';

/** A new step drafted once its `next` is known (`next Verify`, `next A, B when "…"`, `next end`). */
export type StepDraft = (next: string) => ElementDraft;

/**
 * Where a new step can enter the flow around `step` so that it is reached and goes on:
 * right after it (taking over its `next`), or right before it (the steps that went to it
 * go to the new one). Undefined when the flow is unknown or `step` is not reached.
 */
export interface Splice {
    /** Steps the new one would follow (`before`: those going to `step`), or precede (`after`: where `step` went). */
    neighbours: Step[];
    edit(draft: StepDraft, name: string): DocumentEdit[];
}

/** The steps of `step`'s process whose `next` names it. */
export function predecessorsInProcess(step: Step): Step[] {
    const process = processOf(step);
    return process ? analyseProcess(process).steps.filter(source => nextSteps(source).some(edge => edge.target === step)) : [];
}

function reachedInKnownFlow(step: Step): boolean {
    const process = processOf(step);
    const flow = process && analyseProcess(process);
    return flow !== undefined && !flow.unknownFlow && flow.reachable.has(step);
}

/** `step` → new → where `step` went; its successors are written in one `next` (or it has none: then the new step ends the process). */
export function spliceAfter(step: Step): Splice | undefined {
    const nexts = GrammarUtils.findNodesForKeyword(step.$cstNode, 'next');
    if (!reachedInKnownFlow(step) || nexts.length > 1) return undefined;
    const successors = step.next.map(successor => successor.$cstNode!);
    return {
        neighbours: nextSteps(step).map(edge => edge.target),
        edit(draft, name) {
            if (successors.length === 0) return [insertIntoBlock(step, [`next ${name}`]), insertAfter(step, [draft('end')])];
            const document = AstUtils.getDocument(step);
            const range = { start: successors[0].range.start, end: successors.at(-1)!.range.end };
            return [replaceRange(document, range, name), insertAfter(step, [draft(document.textDocument.getText(range))])];
        }
    };
}

/** Steps going to `step` → new → `step`; with none, `step` must be the start, which the new step then becomes. */
export function spliceBefore(step: Step): Splice | undefined {
    // `next end` would end the process instead of going to a step called `end`.
    if (!reachedInKnownFlow(step) || step.name === 'end') return undefined;
    const predecessors = predecessorsInProcess(step);
    if (predecessors.length === 0 && analyseProcess(processOf(step)!).start !== step) return undefined;
    return {
        neighbours: predecessors,
        edit(draft, name) {
            const redirected = predecessors.flatMap(source => source.next.filter(successor => successor.target?.ref === step))
                .map(successor => replaceRange(AstUtils.getDocument(step), successor.target!.$refNode!.range, name));
            return [...redirected, insertBefore(step, [draft(step.name)])];
        }
    };
}
