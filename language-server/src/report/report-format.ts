import { round } from '../model/units.js';

/**
 * A time in the unit a reader takes in at a glance: `14 s`, `8.6 min`,
 * `21.9 h`, `2.1 d` — one decimal at most, since the inputs are estimates.
 */
export function formatDuration(minutes: number): string {
    if (minutes > 0 && minutes < 1) return `${round(minutes * 60, 1)} s`;
    if (minutes < 120) return `${round(minutes, 1)} min`;
    if (minutes < 48 * 60) return `${round(minutes / 60, 1)} h`;
    return `${round(minutes / (24 * 60), 1)} d`;
}

/** A lead time, with the exact minutes beside it when it is shown in hours or days: `2.1 d (2985 min)`. */
export function formatLeadTime(minutes: number): string {
    const shown = formatDuration(minutes);
    return shown.endsWith(' h') || shown.endsWith(' d') ? `${shown} (${round(minutes, 1)} min)` : shown;
}

/** A ratio as a percentage with one decimal at most: `88.9%`, `75%`. */
export function formatPercent(ratio: number): string {
    return `${round(ratio * 100, 1)}%`;
}

/** The calendar day in the reader's time zone: `2027-03-15`. */
export function formatDate(date: Date): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file name of a document URI, decoded: `outpatient-visit.svc`. */
export function fileNameOf(uri: string): string {
    const last = uri.split(/[/\\]/).pop() ?? uri;
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}
