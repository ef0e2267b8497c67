import { isKpi, type Kpi, type Service } from '../../generated/ast.js';
import { plainlyVisible } from './visible-elements.js';

/**
 * KPIs a feedback of `service` can feed by their plain name — the service's, then the
 * top-level ones of its file — those measuring perceived (soft) standards first: what customers say feeds them.
 */
export function feedableKpis(service: Service): Kpi[] {
    const kpis = plainlyVisible(service).filter(isKpi);
    const perceived = (kpi: Kpi) => kpi.measures.some(reference => reference.ref?.kind === 'soft');
    return [...kpis.filter(perceived), ...kpis.filter(kpi => !perceived(kpi))];
}
