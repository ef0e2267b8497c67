export const locales = ['en', 'zh-CN'] as const;
export type Locale = typeof locales[number];

/** A text in every supported locale. */
export type Localized<T = string> = Record<Locale, T>;

/** Maps an editor display language (`zh-cn`, `zh-CN`, `zh`, `en-US`) to a supported locale. */
export function toLocale(language: string | undefined): Locale {
    return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The locale in which the language server and CLI write messages. */
export class SvcLocale {
    current: Locale = 'en';
}
