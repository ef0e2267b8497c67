import { AstUtils } from 'langium';
import { isKpi, isService, type Kpi, type Standard, type Unit } from '../generated/ast.js';
import { standardVerdict } from './kpi-status.js';
import type { SeriesPoint } from './kpi-status.js';
import type { MeasuredAnalysis } from './measured-analysis.js';

/** A KPI with data that measures a standard, compared with the standard's target. */
export interface StandardMeasurement {
    kpi: Kpi;
    /** As a reader of the standard writes it: `Bank.Speed` when the KPI belongs to another service. */
    label: string;
    latest: SeriesPoint;
    met: boolean;
}

/**
 * The KPIs with data that measure the standard and can be compared with its
 * target (LANGUAGE.md, "What the data means"), in workspace order — file,
 * then text — so that what a message, lens or report says does not depend on
 * the order files were opened in. Empty for a standard without a target.
 * `referencing` gives the nodes that refer to the standard (WorkspaceFacts.referencingNodes).
 */
export function standardMeasurements(standard: Standard, referencing: (standard: Standard) => readonly unknown[], analysis: MeasuredAnalysis): StandardMeasurement[] {
    const target = standard.target;
    // A target cut short by a syntax error has nothing to compare with.
    if (!target?.quantity) return [];
    // Sorted after the KPIs without data are dropped: most workspaces have none, and the order costs lookups.
    const kpis = [...new Set(referencing(standard).filter(isKpi))];
    return kpis.flatMap(kpi => {
        const latest = analysis.kpi(kpi)?.status.latest;
        if (!latest) return [];
        const verdict = standardVerdict(target, latest.value, kpi.unit as Unit | undefined);
        return verdict === 'not-compared' ? [] : [{ kpi, label: kpiLabel(kpi, standard), latest, met: verdict === 'met' }];
    }).sort((a, b) => inTextOrder(a.kpi, b.kpi));
}

/** Documents by URI, then nodes by offset. */
function inTextOrder(a: Kpi, b: Kpi): number {
    const [uriA, uriB] = [AstUtils.getDocument(a).uri.toString(), AstUtils.getDocument(b).uri.toString()];
    return uriA < uriB ? -1 : uriA > uriB ? 1 : (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

/** A KPI as a reader of the standard writes it: `Bank.Speed` when it belongs to another service. */
export function kpiLabel(kpi: Kpi, standard: Standard): string {
    const service = AstUtils.getContainerOfType(kpi, isService);
    return service && service !== AstUtils.getContainerOfType(standard, isService) ? `${service.name}.${kpi.name}` : kpi.name;
}
