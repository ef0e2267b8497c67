import { AstUtils, GrammarUtils } from 'langium';
import { isStandard, type Standard, type Step } from '../../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import { insertAt, workspaceEdit, type DocumentEdit } from './document-edits.js';
import { firstNext, insertIntoBlock } from './element-insertion.js';
import { insertStandardWithKpi } from './kpi-for-standard.js';
import { ownerCandidate } from './owner-candidate.js';
import { titleOf, type FixProposal, type FixRequest } from './quick-fix.js';
import { codeStyleAt, nameInStyle, titleInStyle } from './code-style.js';
import type { StandardDraft } from './standard-draft.js';
import { takenNames, uniqueName } from './unique-names.js';
import { plainlyVisible } from './visible-elements.js';

/** Names a standard on the step: appended to its `standard` list, else a `standard` line above the flow. */
export function attachStandard(step: Step, name: string): DocumentEdit {
    const last = GrammarUtils.findNodesForProperty(step.$cstNode, 'standards').at(-1);
    if (last) return insertAt(AstUtils.getDocument(step), last.range.end, `, ${name}`);
    return insertIntoBlock(step, [`standard ${name}`], { before: firstNext(step) });
}

/** Standards a step can name plainly and does not name yet: its service's, then the top-level ones of its file. */
export function attachableStandards(step: Step): Standard[] {
    const attached = new Set(step.standards.map(reference => reference.ref));
    return plainlyVisible(step).filter(isStandard).filter(standard => !attached.has(standard));
}

export interface StandardForStep {
    /** The new standard's name before it is made unique, and its title: templates with `{step}`. */
    name: Localized;
    title: Localized;
    draft: StandardDraft;
    titles: { create: Localized; attach: Localized };
    /** Which existing standards would do; all by default. */
    fits?: (standard: Standard) => boolean;
}

/** A new standard (with its KPI) created and attached to the step (preferred), then each fitting existing standard to attach instead. */
export function createOrAttachStandard(request: FixRequest, step: Step, options: StandardForStep): FixProposal[] {
    const style = codeStyleAt(step);
    const taken = takenNames(request.services, request.document);
    const name = uniqueName(nameInStyle(options.name, style, { step: step.name }), taken);
    taken.add(name);
    const title = titleInStyle(options.title, style, { step: step.title ?? step.name });
    const create: FixProposal = {
        title: titleOf(options.titles.create, request, { standard: name }),
        edit: workspaceEdit(...insertStandardWithKpi(step, { name, title, draft: options.draft, owner: ownerCandidate(step) }, taken), attachStandard(step, name)),
        preferred: true
    };
    const attach = attachableStandards(step).filter(options.fits ?? (() => true)).map(standard => ({
        title: titleOf(options.titles.attach, request, { standard: standard.name }),
        edit: workspaceEdit(attachStandard(step, standard.name))
    }));
    return [create, ...attach];
}
