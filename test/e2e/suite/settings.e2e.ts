import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, revertAllAndClose } from './workspace.js';

const fixture = 'fixtures/problems/pharmacy-pickup.svc';
const chinese = /[\u4e00-\u9fff]/;

function messages(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).map(diagnostic => diagnostic.message);
}

async function setLocale(locale: string | undefined): Promise<void> {
    await vscode.workspace.getConfiguration('svc').update('locale', locale, vscode.ConfigurationTarget.Global);
}

describe('settings', () => {
    before(activateSvc);
    afterEach(async () => {
        await setLocale(undefined);
        await revertAllAndClose();
    });

    it('svc.locale zh-CN rewords the diagnostics in Chinese, and back', async () => {
        const uri = (await openEditor(fixture)).document.uri;
        const english = await waitFor('English diagnostics', () => {
            const shown = messages(uri);
            return shown.length > 0 && !shown.some(message => chinese.test(message)) ? shown : undefined;
        }, 30_000, () => JSON.stringify(messages(uri)));

        await setLocale('zh-CN');
        const translated = await waitFor('Chinese diagnostics after the setting changed', () => {
            const shown = messages(uri);
            return shown.length === english.length && shown.every(message => chinese.test(message)) ? shown : undefined;
        }, 60_000, () => JSON.stringify(messages(uri)));
        assert.ok(translated.some(message => message.includes('Explain')), 'the messages still name the elements');

        await setLocale(undefined);
        await waitFor('English diagnostics again', () => {
            const shown = messages(uri);
            return shown.length === english.length && !shown.some(message => chinese.test(message)) || undefined;
        }, 60_000, () => JSON.stringify(messages(uri)));
    });
});
