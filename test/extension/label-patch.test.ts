import { describe, expect, it } from 'vitest';
import { encodeLabel, label } from '../../language-server/src/blueprint/mermaid/encode-label.js';
import { decodeLabel, labelChanges } from '../../extension/src/webview/label-patch.js';
import { previewUpdate, type PreviewInputs } from '../../extension/src/preview/preview-update.js';
import { blueprintOf, twoServices } from './blueprint-fixture.js';

async function diagramsOf(text: string) {
    const inputs: PreviewInputs = {
        model: await blueprintOf(text), selection: { view: 'blueprint', service: null, process: null },
        document: 'file:///w/a.svc', theme: 'light', locale: 'en', maxStepsPerDiagram: 25, measuredOverlay: true, stale: false, notice: null
    };
    return previewUpdate(inputs).diagrams;
}

describe('label-only changes between two versions of a diagram', () => {
    it('finds a changed step title as one node label, decoded', async () => {
        const [before] = await diagramsOf(twoServices);
        const [after] = await diagramsOf(twoServices.replace('"登记"', '"登记 <b>#1</b> \\"VIP\\""'));
        const changes = labelChanges(before, after);
        expect(changes).toBeDefined();
        expect([...changes!.values()]).toEqual([['登记 <b>#1</b> "VIP"', 'takes 5 min']]);
        expect([...changes!.keys()]).toEqual([after.nodes.Register]);
    });

    it('treats a changed figure shown in a label as a label change', async () => {
        const [before] = await diagramsOf(twoServices);
        const [after] = await diagramsOf(twoServices.replace('duration 5 min', 'duration 7 min'));
        expect([...labelChanges(before, after)!.values()]).toEqual([['登记', 'takes 7 min']]);
    });

    it('finds nothing to patch when nothing changed', async () => {
        const [before] = await diagramsOf(twoServices);
        expect(labelChanges(before, before)?.size).toBe(0);
    });

    it('asks for a new layout when the structure changes', async () => {
        const [before] = await diagramsOf(twoServices);
        const lane = await diagramsOf(twoServices.replace('actor Clerk "前台" frontstage', 'actor Clerk "前台" backstage'));
        const edge = await diagramsOf(twoServices.replace('step Arrive "到店" by Guest { next Register }', 'step Arrive "到店" by Guest { next Register\n next end }'));
        const step = await diagramsOf(twoServices.replace('    step Leave', '    step Pay by Guest { next end }\n    step Leave'));
        expect(labelChanges(before, lane[0])).toBeUndefined();
        expect(labelChanges(before, edge[0])).toBeUndefined();
        expect(labelChanges(before, { ...before, title: 'other' })).toBeUndefined();
        const [, checkOutBefore] = await diagramsOf(twoServices);
        expect(labelChanges(checkOutBefore, step[1])).toBeUndefined();
    });

    it('asks for a new layout when an edge label changes', () => {
        const text = (condition: string) => `flowchart LR\n    s0["A"]\n    s1["B"]\n    s0 -->|"${condition}"| s1\n`;
        const diagram = (condition: string) => ({ title: '', view: 'flow' as const, nodes: {}, lanes: [], text: text(condition) });
        expect(labelChanges(diagram('yes'), diagram('no'))).toBeUndefined();
    });

    it('lays out the performance view anew, even where it writes a flowchart node (its empty state)', () => {
        const text = (label: string) => `flowchart TB\n    note0("${label}")\n`;
        const diagram = (view: 'flow' | 'performance', label: string) => ({ title: '', view, nodes: {}, lanes: [], text: text(label) });
        expect(labelChanges(diagram('flow', 'No data'), diagram('flow', 'No data yet'))).toEqual(new Map([['note0', ['No data yet']]]));
        expect(labelChanges(diagram('performance', 'No data'), diagram('performance', 'No data yet'))).toBeUndefined();
    });

    it('decodes a label with the <wbr> that keeps Mermaid from reading \\n, $$ or a long word: it draws nothing', () => {
        const lines = ['a\\nb $$x$$', `${'x'.repeat(40)} fa:fa-car`];
        expect(label(...lines)).toContain('<wbr>');
        expect(decodeLabel(label(...lines))).toEqual(lines);
    });

    it('decodes every character encodeLabel writes as an entity, and splits lines', () => {
        const hostile = '"]-->X %%{init: {"securityLevel":"loose"}}%% <img src=x onerror=alert(1)> `x` $a$ \\ | ; # & 𠮷 \u200b';
        expect(decodeLabel(`${encodeLabel(hostile)}<br/>second`)).toEqual([hostile, 'second']);
    });
});
