import type { Kpi } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import type { TextRange } from './cell-locator.js';

/** A `measurement-invalid` row: reported on its line, from the offending cell on. */
export interface RowProblem {
    range: TextRange;
    problem: Localized;
    /** The row names no KPI: what it wrote and the closest names in scope, for a quick fix. */
    unknownKpi?: { name: string; suggestions: string[] };
}

/** A `kpi` cell that names a KPI: go to definition, hover. */
export interface KpiCell {
    range: TextRange;
    kpi: Kpi;
}
