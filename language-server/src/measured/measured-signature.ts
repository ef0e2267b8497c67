import { isKpi, isService, isStandard, isSurvey, type Kpi, type Model, type Standard } from '../generated/ast.js';
import { serviceElements } from '../model/service-elements.js';
import { isDataElement } from './data-elements.js';
import type { MeasuredAnalysis } from './measured-analysis.js';
import { formatPeriod } from './periods.js';

/**
 * Everything the measured-data rules of a document can see, as one string:
 * when a data file or another spec changes it, the document is validated
 * again (a KPI in one file, its data bound in another, the standard it
 * measures in a third). `measuringKpis` answers which KPIs measure a standard.
 */
export function measuredSignature(root: Model, analysis: MeasuredAnalysis, measuringKpis: (standard: Standard) => Kpi[]): string {
    if (analysis.isEmpty) return 'no data';
    const parts: string[] = [];
    const kpi = (node: Kpi) => {
        const data = analysis.kpi(node);
        if (!data) return '-';
        const { latest, atWarning, offTarget, worsening } = data.status;
        return [latest && `${formatPeriod(latest.period)}=${latest.value}`, atWarning, offTarget, worsening?.length ?? 0].join('/');
    };
    for (const element of root.elements ?? []) {
        const members = isService(element) ? serviceElements(element) : [element];
        for (const member of members) {
            if (isKpi(member)) parts.push(`${member.name}:${kpi(member)}`);
            else if (isStandard(member)) parts.push(`${member.name}<${measuringKpis(member).map(kpi).join(',')}`);
            else if (isDataElement(member)) {
                const gaps = isSurvey(member) ? analysis.survey(member)?.gaps.map(gap => `${gap.dimension}${gap.gap}`).join(',') : '';
                parts.push(`${member.name}!${analysis.problemOf(member)?.en ?? ''}${gaps ?? ''}`);
            }
        }
    }
    parts.push(`top-level data:${analysis.topLevelKpisWithData}`);
    return parts.join('\n');
}
