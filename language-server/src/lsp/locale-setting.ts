import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams } from 'vscode-languageserver';
import * as z from 'zod';
import { toLocale } from '#protocol/locale.js';
import type { SvcServices } from '../svc-module.js';
import { revalidateWorkspace } from '../workspace/svc-document-builder.js';

/** `svc/setLocale { locale }`: the extension's `svc.locale` setting changed. */
export const setLocaleNotification = 'svc/setLocale';
const localeParamsSchema = z.object({ locale: z.string() });

/**
 * The language the server writes in: the extension's `svc.locale` setting (an
 * initialization option, then `svc/setLocale` on change — no restart, so no
 * request fails meanwhile), else the editor's display language.
 */
export function serveLocaleSetting(shared: LangiumSharedServices, svc: SvcServices): void {
    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        const option = localeParamsSchema.safeParse(params.initializationOptions);
        svc.i18n.Locale.current = toLocale(option.success ? option.data.locale : params.locale);
    });
    shared.lsp.Connection?.onNotification(setLocaleNotification, (params: unknown) => {
        const parsed = localeParamsSchema.safeParse(params);
        if (!parsed.success) return;
        svc.i18n.Locale.current = toLocale(parsed.data.locale);
        // Every message was worded in the old language: word them again.
        revalidateWorkspace(shared);
    });
}
