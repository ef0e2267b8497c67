import { beforeAll, describe, expect, it } from 'vitest';
import type { BlueprintDocument } from '#protocol/blueprint-schema.js';
import { previewUpdate, renderKey, type PreviewInputs } from '../../extension/src/preview/preview-update.js';
import { blueprintOf, measuredExample, slowAnswerRow, stagedProcess, twoServices } from './blueprint-fixture.js';

describe('what the host sends the webview', () => {
    let model: BlueprintDocument;
    let inputs: PreviewInputs;
    beforeAll(async () => {
        model = await blueprintOf(twoServices);
        inputs = {
            document: 'file:///w/a.svc', model, selection: { view: 'blueprint', service: null, process: null }, theme: 'dark', locale: 'zh-CN',
            maxStepsPerDiagram: 25, measuredOverlay: true, stale: false, notice: null
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

    it('changes the render key when only a stage is renamed (its header is drawn from the diagram, not from the Mermaid text)', async () => {
        const staged = { ...inputs, model: await blueprintOf(stagedProcess(2, 3)) };
        const renamed = { ...inputs, model: await blueprintOf(stagedProcess(2, 3).replace('"Stage 2"', '"Checkout"')) };
        const [before, after] = [previewUpdate(staged), previewUpdate(renamed)];
        expect(after.diagrams.map(diagram => diagram.text)).toEqual(before.diagrams.map(diagram => diagram.text));
        expect(after.diagrams[0].stages?.map(stage => stage.title)).toEqual(['Stage 1', 'Checkout']);
        expect(after.renderKey).not.toBe(before.renderKey);
    });

    it('names the scene: another file, view, service or process is a new one; an edit, the theme or the overlay are not', () => {
        const first = previewUpdate(inputs).scene;
        expect(previewUpdate({ ...inputs, theme: 'light', measuredOverlay: false, stale: true }).scene).toBe(first);
        expect(previewUpdate({ ...inputs, model: { ...model } }).scene).toBe(first);
        const others = [
            previewUpdate({ ...inputs, document: 'file:///w/b.svc' }).scene,
            previewUpdate({ ...inputs, selection: { ...inputs.selection, view: 'flow' } }).scene,
            previewUpdate({ ...inputs, selection: { ...inputs.selection, service: 'Phone' } }).scene,
            previewUpdate({ ...inputs, selection: { ...inputs.selection, process: 'CheckOut' } }).scene
        ];
        expect(new Set([first, ...others]).size).toBe(5);
        // The process picked stays for the performance view, which is about the whole service: one scene there.
        const performance = { ...inputs, selection: { view: 'performance' as const, service: 'Counter', process: null } };
        expect(previewUpdate({ ...performance, selection: { ...performance.selection, process: 'CheckOut' } }).scene).toBe(previewUpdate(performance).scene);
    });

    it('passes the syntax-error state and notices through, and draws nothing without a model', () => {
        expect(previewUpdate({ ...inputs, stale: true }).stale).toBe(true);
        const empty = previewUpdate({ ...inputs, model: undefined, notice: 'This file defines no service yet.' });
        expect(empty).toMatchObject({ diagrams: [], services: [], service: null, processes: [], notice: 'This file defines no service yet.' });
    });

    it('draws the performance view for the whole service: no process picker, the picked process kept for the other views', () => {
        const performance = previewUpdate({ ...inputs, selection: { view: 'performance', service: 'Counter', process: 'CheckOut' } });
        expect(performance.view).toBe('performance');
        expect(performance.diagrams.length).toBeGreaterThan(0);
        expect(performance.diagrams.every(diagram => diagram.view === 'performance')).toBe(true);
        expect(performance.processes).toEqual([]);
        expect(performance.process).toBe('CheckOut');
        expect(performance.measuredOverlay).toBeNull();
    });
});

describe('the measured overlay', () => {
    let measured: PreviewInputs;
    beforeAll(async () => {
        measured = {
            document: 'file:///w/m.svc', model: await measuredExample(), selection: { view: 'blueprint', service: null, process: null }, theme: 'light', locale: 'en',
            maxStepsPerDiagram: 25, measuredOverlay: true, stale: false, notice: null
        };
    });

    it('is offered on the blueprint of a service with measured data, on or off as the inputs say', () => {
        expect(previewUpdate(measured).measuredOverlay).toBe(true);
        expect(previewUpdate({ ...measured, measuredOverlay: false }).measuredOverlay).toBe(false);
    });

    it('is not offered where there is nothing to overlay: other views, a service without data', async () => {
        for (const view of ['flow', 'standards', 'performance'] as const) {
            expect(previewUpdate({ ...measured, selection: { ...measured.selection, view } }).measuredOverlay, view).toBeNull();
        }
        expect(previewUpdate({ ...measured, model: await blueprintOf(twoServices) }).measuredOverlay).toBeNull();
    });

    it('reaches the generator: on, the blueprint marks a step whose standard is not met; off, it draws the design alone', async () => {
        const slow = { ...measured, model: await measuredExample(slowAnswerRow) };
        const on = previewUpdate(slow);
        const off = previewUpdate({ ...slow, measuredOverlay: false });
        expect(on.renderKey).not.toBe(off.renderKey);
        expect(on.diagrams.map(diagram => diagram.text).join('\n')).toContain('45 s');
        expect(off.diagrams.map(diagram => diagram.text).join('\n')).not.toContain('45 s');
        // Without a broken standard the overlay has nothing to mark.
        expect(previewUpdate({ ...measured, measuredOverlay: false }).renderKey).toBe(previewUpdate(measured).renderKey);
    });

    it('reaches the generator: the performance view has an SVG chart per KPI with data and changes with the data', () => {
        const performance = previewUpdate({ ...measured, selection: { ...measured.selection, view: 'performance' } });
        const kpis = measured.model!.services[0].measured!.kpis;
        const text = performance.diagrams.map(diagram => diagram.text).join('\n');
        expect(performance.diagrams.filter(diagram => /^\s*xychart/m.test(diagram.text)).length).toBeGreaterThanOrEqual(kpis.length);
        for (const kpi of kpis) expect(text, kpi.name).toContain(kpi.title ?? kpi.name);
    });
});
