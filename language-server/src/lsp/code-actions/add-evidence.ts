import { isStep } from '../../generated/ast.js';
import { isCustomerStep } from '../../model/lanes.js';
import { workspaceEdit } from './document-edits.js';
import { firstInBlock, insertIntoBlock } from './element-insertion.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';
import { placeholderText, stringLiteral } from './text-layout.js';

const titles = {
    add: { en: "Add an 'evidence' line", 'zh-CN': '添加“evidence”（有形展示）' }
};

/** touchpoint-without-evidence: an `evidence` line to fill in, first in the step as in LANGUAGE.md. */
export const addEvidence: QuickFix = {
    rules: ['touchpoint-without-evidence'],
    titles,
    propose(request) {
        const step = nodeAtDiagnostic(request, isStep);
        if (!step || !isCustomerStep(step) || step.evidence.length > 0) return [];
        const line = `evidence ${stringLiteral(placeholderText)}`;
        return [{
            title: titleOf(titles.add, request),
            edit: workspaceEdit(insertIntoBlock(step, [line], { before: firstInBlock(step) })),
            preferred: true
        }];
    }
};
