import { AstUtils } from 'langium';
import { isFeedback, isService } from '../../generated/ast.js';
import { workspaceEdit } from './document-edits.js';
import { insertIntoBlock } from './element-insertion.js';
import { feedableKpis } from './feedable-kpis.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';

const titles = {
    feed: { en: "Feed KPI '{kpi}'", 'zh-CN': '向 KPI“{kpi}”提供数据' }
};

/** feedback-unmapped: `feeds` one of the KPIs in reach, those measuring perceived standards first. */
export const feedKpi: QuickFix = {
    rules: ['feedback-unmapped'],
    titles,
    propose(request) {
        const feedback = nodeAtDiagnostic(request, isFeedback);
        const service = feedback && AstUtils.getContainerOfType(feedback, isService);
        if (!feedback || !service || feedback.feeds.length > 0) return [];
        return feedableKpis(service).map((kpi, index) => ({
            title: titleOf(titles.feed, request, { kpi: kpi.name }),
            edit: workspaceEdit(insertIntoBlock(feedback, [`feeds ${kpi.name}`])),
            preferred: index === 0
        }));
    }
};
