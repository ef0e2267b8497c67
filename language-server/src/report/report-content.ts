import type { Locale } from '#protocol/locale.js';

/**
 * The report as plain text arranged in sections, before any format: the
 * Markdown and HTML renderers both draw this, so the two formats always hold
 * the same sections, and every string in it is escaped by the renderer.
 */

/** How a table cell reads at a glance; the HTML colours it, Markdown bolds `bad`. */
export type Tone = 'good' | 'bad';

/** Cell text may hold line breaks (several standards, several fail points). */
export type Cell = string | { text: string; tone?: Tone };

export interface Fact {
    label: string;
    value: string;
}

export interface DiagramSources {
    svgs: ReadonlyArray<{ title: string; svg: string }>;
    mermaid: ReadonlyArray<{ title: string; text: string }>;
    images: ReadonlyArray<{ title: string; path: string }>;
    /** Rendered PNG pictures: the Word report embeds them. */
    pictures: readonly DiagramPicture[];
    /** Said when the format has nothing to show. */
    missing: string;
}

/** A diagram drawn to PNG, with its size in pixels and how many pixels it has per CSS pixel of the drawing. */
export interface DiagramPicture {
    title: string;
    png: Uint8Array;
    width: number;
    height: number;
    scale: number;
}

export type Block =
    | { kind: 'paragraph'; text: string; tone?: Tone }
    | { kind: 'facts'; facts: Fact[] }
    | { kind: 'table'; caption?: string; columns: string[]; rows: Cell[][] }
    | { kind: 'diagrams'; sources: DiagramSources };

export interface Section {
    /** Stable ASCII id: the HTML anchor. */
    id: string;
    heading: string;
    /** Big sections start a new printed page. */
    pageBreak: boolean;
    blocks: Block[];
}

export interface ReportContent {
    locale: Locale;
    /** Service title and name. */
    title: string;
    /** Report kind, date and source file, on one line under the title. */
    subtitle: string;
    sections: Section[];
}

export function cellText(cell: Cell): string {
    return typeof cell === 'string' ? cell : cell.text;
}

/** A table, or the sentence saying there is nothing to list. */
export function tableOrNote(columns: string[], rows: Cell[][], emptyNote: string): Block {
    return rows.length > 0 ? { kind: 'table', columns, rows } : { kind: 'paragraph', text: emptyNote };
}
