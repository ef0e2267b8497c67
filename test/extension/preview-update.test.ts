import { beforeAll, describe, expect, it } from 'vitest';
import type { BlueprintDocument } from '../../language-server/src/blueprint/blueprint-schema.js';
import { previewUpdate, renderKey, type PreviewInputs } from '../../extension/src/preview/preview-update.js';
import { blueprintOf, twoServices } from './blueprint-fixture.js';

describe('what the host sends the webview', () => {
    let model: BlueprintDocument;
    let inputs: PreviewInputs;
    beforeAll(async () => {
        model = await blueprintOf(twoServices);
        inputs = {
            model, selection: { view: 'blueprint', service: null, process: null }, theme: 'dark', locale: 'zh-CN',
            maxStepsPerDiagram: 25, stale: false, notice: null
        };
    });

    it('shows the first service, all its processes, with pickers for services and processes', () => {
        const update = previewUpdate(inputs);
        expect(update.service).toBe('Counter');
        expect(update.services).toEqual([{ name: 'Counter', label: '柜台 (Counter)' }, { name: 'Phone', label: 'Phone' }]);
        expect(update.processes.map(process => process.name)).toEqual(['CheckIn', 'CheckOut']);
        expect(update.process).toBeNull();
        expect(update.diagrams.length).toBeGreaterThanOrEqual(2);
        expect(update.diagrams.every(diagram => diagram.view === 'blueprint')).toBe(true);
        expect(Object.keys(update.diagrams[0].nodes)).toEqual(expect.arrayContaining(['Arrive', 'Register']));
        expect(update.theme).toBe('dark');
    });

    it('follows the pickers, and falls back when a picked name is gone', () => {
        const one = previewUpdate({ ...inputs, selection: { view: 'flow', service: 'Counter', process: 'CheckOut' } });
        expect(one.process).toBe('CheckOut');
        expect(one.diagrams.flatMap(diagram => Object.keys(diagram.nodes))).toEqual(['Leave']);
        expect(one.view).toBe('flow');
        const renamed = previewUpdate({ ...inputs, selection: { view: 'blueprint', service: 'Gone', process: 'Call' } });
        expect(renamed.service).toBe('Counter');
        expect(renamed.process).toBeNull();
        const other = previewUpdate({ ...inputs, selection: { view: 'standards', service: 'Phone', process: null } });
        expect(other.service).toBe('Phone');
        expect(other.processes).toEqual([{ name: 'Call', label: 'Call' }]);
    });

    it('changes the render key exactly when the drawing changes', () => {
        const first = previewUpdate(inputs);
        expect(previewUpdate({ ...inputs, stale: true, notice: 'x' }).renderKey).toBe(first.renderKey);
        expect(previewUpdate({ ...inputs, theme: 'light' }).renderKey).not.toBe(first.renderKey);
        expect(previewUpdate({ ...inputs, selection: { ...inputs.selection, view: 'flow' } }).renderKey).not.toBe(first.renderKey);
        const edited = { ...first.diagrams[0], text: `${first.diagrams[0].text} ` };
        expect(renderKey([edited, ...first.diagrams.slice(1)], 'dark')).not.toBe(first.renderKey);
        expect(first.renderKey.length).toBeLessThanOrEqual(200);
    });

    it('passes the syntax-error state and notices through, and draws nothing without a model', () => {
        expect(previewUpdate({ ...inputs, stale: true }).stale).toBe(true);
        const empty = previewUpdate({ ...inputs, model: undefined, notice: 'This file defines no service yet.' });
        expect(empty).toMatchObject({ diagrams: [], services: [], service: null, processes: [], notice: 'This file defines no service yet.' });
    });
});
