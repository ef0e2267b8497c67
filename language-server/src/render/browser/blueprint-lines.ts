import type { Locale } from '#protocol/locale.js';

/**
 * The three lines of a service blueprint (Shostack; Bitner, Ostrom and
 * Morgan), each between two adjacent lanes: what the customer does meets the
 * front stage at the line of interaction; what the customer can see ends at
 * the line of visibility; the back stage calls on support processes across
 * the line of internal interaction.
 */
export interface BlueprintLine {
    kind: 'interaction' | 'visibility' | 'internal-interaction';
    above: string;
    below: string;
    label: Record<Locale, string>;
    /** SVG dash pattern, so that the three lines tell apart even in black and white. */
    dash: string;
}

export const blueprintLines: readonly BlueprintLine[] = [
    { kind: 'interaction', above: 'customer', below: 'frontstage', label: { en: 'Line of interaction', 'zh-CN': '互动线' }, dash: '10 5' },
    { kind: 'visibility', above: 'frontstage', below: 'backstage', label: { en: 'Line of visibility', 'zh-CN': '可视线' }, dash: '14 4 3 4' },
    { kind: 'internal-interaction', above: 'backstage', below: 'support', label: { en: 'Line of internal interaction', 'zh-CN': '内部互动线' }, dash: '4 4' }
];

/**
 * The subgraph id the blueprint generator gives a lane: `lane` and the lane's
 * position in the canonical order (language-server/src/blueprint/mermaid/blueprint-view.ts).
 */
export function laneSubgraphId(lane: string): string {
    return `lane${['evidence', 'customer', 'frontstage', 'backstage', 'support', 'unassigned'].indexOf(lane)}`;
}
