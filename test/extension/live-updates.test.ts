import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BlueprintDocument } from '#protocol/blueprint-schema.js';
import { isDataFile, registerLiveUpdates } from '../../extension/src/preview/live-updates.js';
import { PreviewManager } from '../../extension/src/preview/preview-manager.js';
import { measuredExample, slowAnswerRow } from './blueprint-fixture.js';
import { events, fake, Uri, ViewColumn, type FakePanel } from './fake-vscode.js';

vi.mock('vscode', async () => (await import('./fake-vscode.js')).vscode);

/*
 * The preview follows the spec's measured data: a data file edited (unsaved),
 * saved or changed on disk changes the model without any edit of the spec.
 */

const specUri = Uri.file('/work/telecom/broadband-installation.svc');
const otherSpecUri = Uri.file('/work/other/other.svc');
const dataUri = Uri.file('/work/telecom/data/kpi-2026-10.csv');

let before: BlueprintDocument;
let after: BlueprintDocument;
/** The model the server answers with now (per spec URI). */
let current: Map<string, BlueprintDocument>;
let requests: string[];
let manager: PreviewManager;
let disposables: Array<{ dispose(): void }>;

const client = {
    code2ProtocolConverter: { asUri: (uri: Uri) => uri.toString() },
    sendRequest: async (_method: string, params: { uri: string }) => {
        requests.push(params.uri);
        return current.get(params.uri);
    }
} as unknown as BaseLanguageClient;

/** A preview of its own for `uri`: the ones opened before are locked to their files (an unlocked one would switch to `uri`). */
async function openPreview(uri: Uri): Promise<FakePanel> {
    for (const preview of manager.all()) preview.setLocked(true);
    manager.open(uri as never, ViewColumn.Beside);
    const panel = fake.panels[fake.panels.length - 1];
    await vi.waitFor(() => expect(requests).toContain(uri.toString()));
    await new Promise(resolve => setTimeout(resolve, 0));
    panel.fromWebview({ type: 'ready' });
    return panel;
}

function lastUpdate(panel: FakePanel): Record<string, unknown> {
    return panel.messagesOfType('update').at(-1)!;
}

const edited = (uri: Uri) => ({ document: { uri }, contentChanges: [{ text: '9' }] });

beforeAll(async () => {
    before = await measuredExample();
    after = await measuredExample(slowAnswerRow);
});

beforeEach(async () => {
    fake.reset();
    requests = [];
    current = new Map([[specUri.toString(), { ...before, uri: specUri.toString() }], [otherSpecUri.toString(), { ...before, uri: otherSpecUri.toString() }]]);
    manager = new PreviewManager(Uri.file('/ext') as never, client);
    disposables = registerLiveUpdates(manager);
});

afterEach(() => {
    for (const disposable of disposables) disposable.dispose();
    manager.dispose();
    vi.useRealTimers();
});

describe('live updates from measured data', () => {
    it('knows a data file by its extension, in any case', () => {
        expect(isDataFile(Uri.file('/w/data/kpi.csv') as never)).toBe(true);
        expect(isDataFile(Uri.file('/w/data/KPI.CSV') as never)).toBe(true);
        expect(isDataFile(Uri.file('/w/spec.svc') as never)).toBe(false);
        expect(isDataFile(Uri.file('/w/csv/notes.txt') as never)).toBe(false);
    });

    it('redraws the performance view when the server republishes the spec\'s diagnostics after a CSV edit', async () => {
        const panel = await openPreview(specUri);
        panel.fromWebview({ type: 'selectView', view: 'performance' });
        const shown = lastUpdate(panel);
        vi.useFakeTimers();
        requests.length = 0;
        // The CSV is edited (not saved): the server revalidates the spec and publishes its diagnostics.
        current.set(specUri.toString(), { ...after, uri: specUri.toString() });
        events.textChanged.fire(edited(dataUri));
        events.diagnosticsChanged.fire({ uris: [dataUri, specUri] });
        await vi.advanceTimersByTimeAsync(0);
        expect(requests).toEqual([specUri.toString()]);
        const redrawn = lastUpdate(panel);
        expect(redrawn.view).toBe('performance');
        expect(redrawn.renderKey).not.toBe(shown.renderKey);
        // The fallback of the CSV edit was replaced by the diagnostics' refresh: no second request.
        await vi.advanceTimersByTimeAsync(1_000);
        expect(requests).toEqual([specUri.toString()]);
    });

    it('asks every preview again 300 ms after the last edit of a CSV, when no diagnostics come', async () => {
        const panel = await openPreview(specUri);
        panel.fromWebview({ type: 'selectView', view: 'performance' });
        await openPreview(otherSpecUri);
        const shown = lastUpdate(panel);
        vi.useFakeTimers();
        requests.length = 0;
        current.set(specUri.toString(), { ...after, uri: specUri.toString() });
        for (let index = 0; index < 5; index++) {
            events.textChanged.fire(edited(dataUri));
            await vi.advanceTimersByTimeAsync(100);
        }
        expect(requests).toEqual([]);
        await vi.advanceTimersByTimeAsync(200);
        expect(requests.sort()).toEqual([otherSpecUri.toString(), specUri.toString()].sort());
        expect(lastUpdate(panel).renderKey).not.toBe(shown.renderKey);
    });

    it('asks again when a CSV changes on disk (saved, or written by another program), is created or deleted', async () => {
        await openPreview(specUri);
        vi.useFakeTimers();
        for (const kind of ['change', 'create', 'delete'] as const) {
            requests.length = 0;
            events.fileChanged.fire({ glob: '**/*.{csv,CSV}', kind, uri: dataUri });
            await vi.advanceTimersByTimeAsync(299);
            expect(requests, kind).toEqual([]);
            await vi.advanceTimersByTimeAsync(1);
            expect(requests, kind).toEqual([specUri.toString()]);
        }
    });

    it('leaves the other previews alone when a spec is edited or diagnosed, and ignores changes without content', async () => {
        await openPreview(specUri);
        await openPreview(otherSpecUri);
        vi.useFakeTimers();
        requests.length = 0;
        events.textChanged.fire(edited(specUri));
        await vi.advanceTimersByTimeAsync(300);
        expect(requests).toEqual([specUri.toString()]);
        requests.length = 0;
        events.diagnosticsChanged.fire({ uris: [otherSpecUri, Uri.file('/work/closed.svc')] });
        await vi.advanceTimersByTimeAsync(0);
        expect(requests).toEqual([otherSpecUri.toString()]);
        requests.length = 0;
        events.textChanged.fire({ document: { uri: dataUri }, contentChanges: [] });
        await vi.advanceTimersByTimeAsync(1_000);
        expect(requests).toEqual([]);
    });
});
