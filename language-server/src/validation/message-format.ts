import type { Comparator, Threshold } from '../generated/ast.js';
import type { Locale } from '#protocol/locale.js';
import { formatQuantity } from '../model/units.js';

/** `'A', 'B' and 'C'` in English, `“A”、“B”、“C”` in Chinese. */
export function names(list: readonly string[], locale: Locale): string {
    if (locale === 'zh-CN') return list.map(name => `“${name}”`).join('、');
    const quoted = list.map(name => `'${name}'`);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `a, b and c` / `a、b、c` for plain words (field names, dimensions). */
export function words(list: readonly string[], locale: Locale): string {
    if (locale === 'zh-CN') return list.join('、');
    return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

const symbols: Record<Comparator, string> = { '<': '<', '<=': '≤', '=': '=', '>=': '≥', '>': '>' };

/** `≤ 30 min` */
export function threshold(target: Pick<Threshold, 'comparator' | 'quantity'>): string {
    return `${symbols[target.comparator]} ${formatQuantity(target.quantity)}`;
}

/** `'一次办结' (≤ 30 min)` for each standard, joined. */
export function standardsWithTargets(list: ReadonlyArray<{ name: string; target: string }>, locale: Locale): string {
    const quote = (name: string) => locale === 'zh-CN' ? `“${name}”` : `'${name}'`;
    const items = list.map(item => `${quote(item.name)} (${item.target})`);
    return locale === 'zh-CN' ? items.join('、') : words(items, 'en');
}
