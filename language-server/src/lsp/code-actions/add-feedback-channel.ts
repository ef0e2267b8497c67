import { isFeedback, isService } from '../../generated/ast.js';
import { workspaceEdit } from './document-edits.js';
import { codeStyleAt, nameInStyle, titleInStyle } from './code-style.js';
import { insertMember } from './element-insertion.js';
import { feedableKpis } from './feedable-kpis.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';
import { takenNames, uniqueName } from './unique-names.js';

const titles = {
    add: { en: "Add survey feedback '{feedback}'", 'zh-CN': '添加问卷反馈渠道“{feedback}”' }
};

const feedbackName = { en: 'F_Survey', 'zh-CN': '问卷反馈' };
const feedbackTitle = { en: 'Customer survey', 'zh-CN': '顾客问卷' };

/** no-feedback-channel: a survey channel feeding the KPI that most needs customers' voices, if there is one. */
export const addFeedbackChannel: QuickFix = {
    rules: ['no-feedback-channel'],
    titles,
    propose(request) {
        const service = nodeAtDiagnostic(request, isService);
        if (!service || service.members.some(isFeedback)) return [];
        const style = codeStyleAt(service);
        const name = uniqueName(nameInStyle(feedbackName, style), takenNames(request.services, request.document));
        const kpi = feedableKpis(service)[0];
        const feedback = { keyword: 'feedback', name, title: titleInStyle(feedbackTitle, style), properties: ['channel survey', ...(kpi ? [`feeds ${kpi.name}`] : [])] };
        return [{ title: titleOf(titles.add, request, { feedback: name }), edit: workspaceEdit(insertMember(service, 'Feedback', [feedback])), preferred: true }];
    }
};
