import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';

/** Test support: models through the real pipeline, and readers for the rendered tables. */

export const examplesRoot = resolve(import.meta.dirname, '../../examples');

export interface ExampleModel {
    /** `healthcare/outpatient-visit.svc`. */
    example: string;
    document: BlueprintDocument;
    service: ServiceModel;
}

/** Every service of the given files, checked together as one workspace, as the blueprint builder sees it. */
export async function modelsOf(files: readonly string[]): Promise<Array<Omit<ExampleModel, 'example'> & { file: string }>> {
    const { files: checked, services } = await checkFiles(files);
    return checked.flatMap(({ file, document }) => {
        const model = buildBlueprint(document, services);
        return model.services.map(service => ({ file, document: model, service }));
    });
}

/** Every service in `examples/`, each folder one workspace. */
export async function exampleModels(): Promise<ExampleModel[]> {
    const models: ExampleModel[] = [];
    for (const folder of readdirSync(examplesRoot, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort()) {
        const files = readdirSync(join(examplesRoot, folder)).filter(name => name.endsWith('.svc')).sort().map(name => join(examplesRoot, folder, name));
        for (const model of await modelsOf(files)) {
            models.push({ example: `${folder}/${model.file.slice(join(examplesRoot, folder).length + 1)}`, document: model.document, service: model.service });
        }
    }
    return models;
}

/** A fixed local noon, so the date reads the same in every time zone. */
export const fixedDate = new Date(2027, 2, 15, 12, 0, 0);

/** The text of a Markdown section, from its `## n. heading` to the next one. */
export function markdownSection(markdown: string, heading: string): string {
    const sections = markdown.split(/^(?=## )/m);
    const section = sections.find(part => new RegExp(`^## \\d+\\. ${escapeRegExp(heading)}\\n`).test(part));
    if (section === undefined) throw new Error(`no section '${heading}'`);
    return section;
}

/** The cells of a table row, split at the pipes that are not backslash-escaped. */
export function markdownCells(line: string): string[] {
    const cells: string[] = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const character = line[i];
        if (character === '\\') {
            current += character + (line[i + 1] ?? '');
            i++;
        } else if (character === '|') {
            cells.push(current.trim());
            current = '';
        } else {
            current += character;
        }
    }
    cells.push(current.trim());
    // `| a | b |` splits into ['', 'a', 'b', ''].
    return cells.slice(1, -1);
}

/** Every table of a Markdown text: header cells and row cells. */
export function markdownTables(markdown: string): Array<{ columns: string[]; rows: string[][] }> {
    const tables: Array<{ columns: string[]; rows: string[][] }> = [];
    let current: string[] = [];
    for (const line of [...markdown.split('\n'), '']) {
        if (line.startsWith('|')) {
            current.push(line);
        } else if (current.length > 0) {
            const [header, , ...rows] = current.map(markdownCells);
            tables.push({ columns: header, rows });
            current = [];
        }
    }
    return tables;
}

/** The rows of a Markdown section's tables, as cells. */
export function markdownRows(markdown: string, heading: string): string[][] {
    return markdownTables(markdownSection(markdown, heading)).flatMap(table => table.rows);
}

/** The markup of an HTML section by its id. */
export function htmlSection(html: string, id: string): string {
    const match = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
    if (!match) throw new Error(`no section '${id}'`);
    return match[1];
}

/** The body rows of the tables in some HTML, as cell markup (still escaped). */
export function htmlRows(html: string): string[][] {
    const body = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map(match => match[1]).join('\n');
    return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row => [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(cell => cell[1]));
}

/** Every tag of some HTML, a `>` inside quotes included. */
export function htmlTags(html: string): string[] {
    return html.match(/<(?:"[^"]*"|'[^']*'|[^'">])*>/g) ?? [];
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
