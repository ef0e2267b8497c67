import type { Bound, Comparator, Dimension, Method, StandardKind, Unit } from '../../generated/ast.js';
import type { MeasuredStandard } from './kpi-draft.js';
import type { ElementDraft } from './element-draft.js';

/** The fields of a new standard; what is not given here is derived. */
export interface StandardDraft {
    dimension: Dimension;
    kind: StandardKind;
    bounds?: Bound;
    /** As written after `target`: `<= 15 min`. */
    target: string;
}

export const defaultFrequency = 'monthly';

/** A starting point per SERVQUAL dimension: perceived dimensions are soft and surveyed, the others counted. */
export const dimensionDrafts: Record<Dimension, StandardDraft> = {
    reliability: { dimension: 'reliability', kind: 'hard', target: '>= 98 %' },
    responsiveness: { dimension: 'responsiveness', kind: 'hard', target: '<= 15 min' },
    assurance: { dimension: 'assurance', kind: 'soft', target: '>= 4.5 score' },
    empathy: { dimension: 'empathy', kind: 'soft', target: '>= 4.5 score' },
    tangibles: { dimension: 'tangibles', kind: 'hard', target: '>= 95 %' }
};

/** A standard that bounds a time, met by the time as designed (`time` as written, e.g. `12 min`). */
export function timeBoundDraft(bounds: Bound, time: string): StandardDraft {
    return { dimension: 'responsiveness', kind: 'hard', bounds, target: `<= ${time}` };
}

/** Perception needs asking; times come from logs; anything else is audited. */
export function methodFor(kind: StandardKind | undefined, bounds: Bound | undefined): Method {
    if (kind === 'soft') return 'survey';
    return bounds ? 'system-log' : 'audit';
}

/** A complete standard. */
export function standardElement(name: string, title: string, draft: StandardDraft, owner: string | undefined): ElementDraft {
    const properties = [
        `dimension ${draft.dimension}`,
        `kind ${draft.kind}`,
        ...(draft.bounds ? [`bounds ${draft.bounds}`] : []),
        `target ${draft.target}`,
        `method ${methodFor(draft.kind, draft.bounds)}`,
        `frequency ${defaultFrequency}`,
        ...(owner ? [`owner ${owner}`] : [])
    ];
    return { keyword: 'standard', name, title, properties };
}

/** The draft as the KPI measuring it will see the standard once inserted. */
export function measuredDraft(draft: StandardDraft): MeasuredStandard {
    const [comparator, value, unit] = draft.target.split(' ');
    return { target: { comparator: comparator as Comparator, quantity: { value: Number(value), unit: unit as Unit | undefined } }, frequency: defaultFrequency };
}
