import { AstUtils } from 'langium';
import { isFailPoint, isStep } from '../../generated/ast.js';
import { insertAt, workspaceEdit } from './document-edits.js';
import { insertAfter } from './element-insertion.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';
import { codeStyleAt, nameInStyle, titleInStyle } from './code-style.js';
import { takenNames, uniqueName } from './unique-names.js';

const titles = {
    create: { en: "Create recovery step '{step}'", 'zh-CN': '创建补救步骤“{step}”' },
    stepTitle: { en: 'Recover: {failure}', 'zh-CN': '补救：{failure}' }
};

const recoveryName = { en: 'Recover_{step}', 'zh-CN': '补救{step}' };

/**
 * fail-without-recovery: a new step right after the failing one, by the same performer,
 * that ends the process; the fail point recovers with it.
 */
export const recoverFailPoint: QuickFix = {
    rules: ['fail-without-recovery'],
    titles,
    propose(request) {
        const fail = nodeAtDiagnostic(request, isFailPoint);
        const step = fail && AstUtils.getContainerOfType(fail, isStep);
        if (!fail || !step || fail.recover) return [];
        const style = codeStyleAt(step);
        const name = uniqueName(nameInStyle(recoveryName, style, { step: step.name }), takenNames(request.services, request.document));
        const performer = step.performer?.ref ? `by ${step.performer.$refText}` : undefined;
        const recovery = { keyword: 'step', name, title: titleInStyle(titles.stepTitle, style, { failure: fail.description }), tail: performer, properties: ['next end'] };
        return [{
            title: titleOf(titles.create, request, { step: name }),
            edit: workspaceEdit(
                insertAt(request.document, fail.$cstNode!.range.end, ` recover ${name}`),
                insertAfter(step, [recovery])
            ),
            preferred: true
        }];
    }
};
