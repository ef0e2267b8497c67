import { isStandard, type Dimension, type Standard } from '../../generated/ast.js';
import { isTimeUnit } from '../../model/units.js';
import { words } from '../../validation/message-format.js';
import { designedMinutes, timeText } from './time-values.js';
import { workspaceEdit } from './document-edits.js';
import { insertIntoBlock } from './element-insertion.js';
import { ownerCandidate } from './owner-candidate.js';
import { nodeAtDiagnostic, titleOf, type FixRequest, type QuickFix } from './quick-fix.js';
import { defaultFrequency, dimensionDrafts, methodFor } from './standard-draft.js';

const titles = {
    complete: { en: "Complete standard '{standard}': add {fields}", 'zh-CN': '补全服务标准“{standard}”：添加 {fields}' }
};

/** standard-incomplete: the missing required fields, with values guessed from what the standard already says. */
export const completeStandard: QuickFix = {
    rules: ['standard-incomplete'],
    titles,
    propose(request) {
        const standard = nodeAtDiagnostic(request, isStandard);
        if (!standard) return [];
        const fields = missingFields(request, standard);
        if (fields.length === 0) return [];
        return [{
            title: titleOf(titles.complete, request, { standard: standard.name, fields: words(fields.map(([field]) => field), request.locale) }),
            edit: workspaceEdit(insertIntoBlock(standard, fields.map(([field, value]) => `${field} ${value}`))),
            preferred: true
        }];
    }
};

/** [field, value] for each missing field we can fill, in the order LANGUAGE.md lists them. */
function missingFields(request: FixRequest, standard: Standard): Array<[string, string]> {
    const isTime = standard.bounds !== undefined || isTimeUnit(standard.target?.quantity.unit);
    const dimension: Dimension = standard.dimension ?? (isTime ? 'responsiveness' : 'reliability');
    const owner = ownerCandidate(standard);
    const fields: Array<[string, string | undefined]> = [
        ['dimension', standard.dimension ? undefined : dimension],
        ['target', standard.target ? undefined : draftTarget(request, standard, dimension)],
        ['method', standard.method ? undefined : methodFor(standard.kind, standard.bounds)],
        ['frequency', standard.frequency ? undefined : defaultFrequency],
        ['owner', standard.owner ? undefined : owner]
    ];
    return fields.filter((field): field is [string, string] => field[1] !== undefined);
}

function draftTarget(request: FixRequest, standard: Standard, dimension: Dimension): string {
    const designed = standard.bounds && designedMinutes(request.services, standard);
    if (designed) return `<= ${timeText(designed)}`;
    if (standard.bounds) return dimensionDrafts.responsiveness.target;
    return standard.kind === 'soft' ? dimensionDrafts.empathy.target : dimensionDrafts[dimension].target;
}
