import { findSuppressions } from '../../validation/suppressions.js';
import { insertAt, workspaceEdit, type DocumentEdit } from './document-edits.js';
import { titleOf, type FixRequest, type QuickFix } from './quick-fix.js';
import { indentationOf, lineText } from './text-layout.js';

const titles = {
    disable: { en: "Disable '{rule}' for this line", 'zh-CN': '在此行禁用“{rule}”' }
};

const directive = 'svc-disable-next-line';

/**
 * Every diagnostic: `// svc-disable-next-line RULE` above its line, indented like it;
 * a directive already there with other ids gets this one added.
 */
export const disableForLine: QuickFix = {
    rules: 'every',
    titles,
    propose(request) {
        const rule = String(request.diagnostic.code);
        return [{ title: titleOf(titles.disable, request, { rule }), edit: workspaceEdit(directiveEdit(request, rule)) }];
    }
};

function directiveEdit(request: FixRequest, rule: string): DocumentEdit {
    const line = request.diagnostic.range.start.line;
    const previous = line > 0 ? lineText(request.document, line - 1) : '';
    if (findSuppressions(previous).get(1) instanceof Set) {
        // The ids end where the line or its ` -- reason` does.
        const afterDirective = previous.indexOf(directive) + directive.length;
        const reason = previous.indexOf(' -- ', afterDirective);
        const idsEnd = (reason < 0 ? previous : previous.slice(0, reason)).trimEnd().length;
        return insertAt(request.document, { line: line - 1, character: idsEnd }, `, ${rule}`);
    }
    return insertAt(request.document, { line, character: 0 }, `${indentationOf(request.document, line)}// ${directive} ${rule}\n`);
}
