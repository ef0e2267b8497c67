import { GrammarUtils } from 'langium';
import { isKpi, type Direction } from '../../generated/ast.js';
import { round } from '../../model/units.js';
import { replaceNode, workspaceEdit } from './document-edits.js';
import { nodeAtDiagnostic, titleOf, type FixProposal, type QuickFix } from './quick-fix.js';
import { thresholdMargin } from './kpi-draft.js';
import { kpiValueIn } from './time-values.js';

const titles = {
    mirror: { en: 'Set warning to {warning}, on the bad side of the target', 'zh-CN': '将预警值改为 {warning}（位于目标值的不达标一侧）' },
    direction: { en: "Change direction to '{direction}'", 'zh-CN': '将方向改为“{direction}”' }
};

const opposite: Record<Direction, Direction> = { lower: 'higher', higher: 'lower' };

/**
 * invalid-threshold: mirror the warning across the target (same distance, in the target's
 * unit; a tenth of the target when they are equal), or, if the direction was the slip, turn it.
 */
export const fixThreshold: QuickFix = {
    rules: ['invalid-threshold'],
    titles,
    propose(request) {
        const kpi = nodeAtDiagnostic(request, isKpi);
        if (!kpi?.direction || !kpi.target || !kpi.warning) return [];
        const scale = kpi.target.unit ?? kpi.unit;
        const target = kpi.target.value;
        const warning = kpiValueIn(kpi.warning, kpi.unit, scale);
        const lower = kpi.direction === 'lower';
        if (lower ? warning > target : warning < target) return [];
        const gap = Math.abs(target - warning);
        const distance = gap >= 0.01 ? gap : thresholdMargin(target);
        const mirrored = round(lower ? target + distance : target - distance);
        const text = kpi.target.unit ? `${mirrored} ${kpi.target.unit}` : `${mirrored}`;
        const proposals: FixProposal[] = [{
            title: titleOf(titles.mirror, request, { warning: text }),
            edit: workspaceEdit(replaceNode(kpi, kpi.warning.$cstNode!, text)),
            preferred: true
        }];
        const direction = GrammarUtils.findNodeForProperty(kpi.$cstNode, 'direction');
        if (direction && warning !== target) {
            proposals.push({
                title: titleOf(titles.direction, request, { direction: opposite[kpi.direction] }),
                edit: workspaceEdit(replaceNode(kpi, direction, opposite[kpi.direction]))
            });
        }
        return proposals;
    }
};
