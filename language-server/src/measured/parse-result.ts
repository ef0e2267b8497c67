import type { Localized } from '#protocol/locale.js';

/** What a data cell means, or why it means nothing: a problem in every locale, for `measurement-invalid`. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Localized };

export function parsed<T>(value: T): Parsed<T> {
    return { ok: true, value };
}

export function problem(en: string, zh: string): { ok: false; problem: Localized } {
    return { ok: false, problem: { en, 'zh-CN': zh } };
}
