import { GrammarUtils } from 'langium';
import { isStandard, type Method } from '../../generated/ast.js';
import { replaceNode, workspaceEdit } from './document-edits.js';
import { nodeAtDiagnostic, titleOf, type FixProposal, type QuickFix } from './quick-fix.js';

const titles = {
    method: { en: "Measure with '{method}'", 'zh-CN': '改用“{method}”测量' },
    hard: { en: "Make the standard 'hard' (operationally counted)", 'zh-CN': '改为硬性标准“hard”（按运营数据计数）' }
};

/** Methods that reach what a customer perceives, the most common first. */
const perceptionMethods: Method[] = ['survey', 'mystery-shopper', 'observation'];

/** soft-standard-log-measured: ask or observe instead of reading a log; or the standard was meant to be hard. */
export const measurePerception: QuickFix = {
    rules: ['soft-standard-log-measured'],
    titles,
    propose(request) {
        const standard = nodeAtDiagnostic(request, isStandard);
        const method = GrammarUtils.findNodeForProperty(standard?.$cstNode, 'method');
        const kind = GrammarUtils.findNodeForProperty(standard?.$cstNode, 'kind');
        if (!standard || standard.kind !== 'soft' || standard.method !== 'system-log' || !method || !kind) return [];
        const proposals: FixProposal[] = perceptionMethods.map((candidate, index) => ({
            title: titleOf(titles.method, request, { method: candidate }),
            edit: workspaceEdit(replaceNode(standard, method, candidate)),
            preferred: index === 0
        }));
        proposals.push({ title: titleOf(titles.hard, request), edit: workspaceEdit(replaceNode(standard, kind, 'hard')) });
        return proposals;
    }
};
