import { isFeedback, isService } from '../../generated/ast.js';
import { workspaceEdit } from './document-edits.js';
import { insertMember } from './element-insertion.js';
import { feedableKpis } from './feedable-kpis.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';
import { indentStep } from './text-layout.js';
import { takenNames, uniqueName } from './unique-names.js';

const titles = {
    add: { en: "Add survey feedback '{feedback}'", 'zh-CN': '添加问卷反馈渠道“{feedback}”' }
};

/** no-feedback-channel: a survey channel feeding the KPI that most needs customers' voices, if there is one. */
export const addFeedbackChannel: QuickFix = {
    rules: ['no-feedback-channel'],
    titles,
    propose(request) {
        const service = nodeAtDiagnostic(request, isService);
        if (!service || service.members.some(isFeedback)) return [];
        const name = uniqueName('F_Survey', takenNames(request.services, request.document));
        const kpi = feedableKpis(service)[0];
        const lines = [`feedback ${name} {`, `${indentStep}channel survey`, ...(kpi ? [`${indentStep}feeds ${kpi.name}`] : []), '}'];
        return [{ title: titleOf(titles.add, request, { feedback: name }), edit: workspaceEdit(insertMember(service, 'Feedback', lines)), preferred: true }];
    }
};
