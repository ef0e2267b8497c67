import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The conformance corpus beside the project (`../shared/spec`), or `SVC_SPEC_DIR`. */
export const corpusRoot = resolve(process.env.SVC_SPEC_DIR ?? resolve(import.meta.dirname, '../../../shared/spec'));

/** The measured-data corpus of language 1.1, apart from the 1.0 corpus: its own `examples/` and `bad/`. */
export const measuredCorpusRoot = join(corpusRoot, 'measured');

export function corpusExists(): boolean {
    return existsSync(join(corpusRoot, 'examples')) && existsSync(join(corpusRoot, 'bad'));
}

export function measuredCorpusExists(): boolean {
    return existsSync(join(measuredCorpusRoot, 'examples')) && existsSync(join(measuredCorpusRoot, 'bad'));
}

export interface CorpusWorkspace {
    folder: string;
    /** The `.svc` files directly in the folder. */
    files: string[];
    /** The CSV files below the folder, outside any deeper workspace. */
    dataFiles: string[];
}

/** The workspaces of the language 1.0 corpus (`examples/` and `bad/`; `measured/` is not part of it). */
export function corpusWorkspaces(): Array<{ folder: string; files: string[] }> {
    return [...workspacesUnder(join(corpusRoot, 'examples')), ...workspacesUnder(join(corpusRoot, 'bad'))]
        .map(({ folder, files }) => ({ folder, files }));
}

/** The workspaces of the measured-data corpus (`measured/examples/` and `measured/bad/`), with their data files. */
export function measuredCorpusWorkspaces(): CorpusWorkspace[] {
    return [...workspacesUnder(join(measuredCorpusRoot, 'examples')), ...workspacesUnder(join(measuredCorpusRoot, 'bad'))];
}

/** Each folder with `.svc` files directly in it is one workspace; the CSV files below it (down to the next workspace) are its data. */
function workspacesUnder(top: string): CorpusWorkspace[] {
    const workspaces: CorpusWorkspace[] = [];
    const visit = (folder: string, owner: CorpusWorkspace | undefined) => {
        const entries = readdirSync(folder).sort();
        const files = entries.filter(entry => entry.endsWith('.svc')).map(entry => join(folder, entry));
        let current = owner;
        if (files.length > 0) {
            current = { folder, files, dataFiles: [] };
            workspaces.push(current);
        }
        for (const entry of entries) {
            const child = join(folder, entry);
            if (statSync(child).isDirectory()) visit(child, current);
            else if (/\.csv$/i.test(entry)) current?.dataFiles.push(child);
        }
    };
    visit(top, undefined);
    return workspaces;
}

export interface ExpectMark { file: string; line: number; rule: string; severity?: 'error' | 'warning' | 'info' }

const markSeverity = { error: 'error', warn: 'warning', info: 'info' } as const;

/**
 * The `rule-id[:severity]` items of a mark's list; undefined when one of them is
 * not such an item, so that prose quoting the convention (`// expect: rule[:severity]`) is no mark.
 */
function markItems(list: string): Array<Pick<ExpectMark, 'rule' | 'severity'>> | undefined {
    const items = list.split(',').map(part => part.trim());
    const parsed = items.map(item => /^([a-z][a-z0-9-]*)(?::(error|warn|info))?$/.exec(item));
    if (parsed.some(match => !match)) return undefined;
    return parsed.map(match => ({ rule: match![1], severity: match![2] ? markSeverity[match![2] as keyof typeof markSeverity] : undefined }));
}

/** The `// expect: rule-id[:severity], ...` marks of a spec (1-based lines). */
export function expectMarks(file: string): ExpectMark[] {
    return readFileSync(file, 'utf-8').split(/\r?\n/).flatMap((text, index) => {
        const match = /\/\/\s*expect:\s*(.+?)\s*$/.exec(text);
        return (match ? markItems(match[1]) ?? [] : []).map(item => ({ file, line: index + 1, ...item }));
    });
}

/**
 * The marks of a data file (1-based lines): a comment line `# expect: rule-id[:severity], ...`
 * marks the next line that is not a comment. Blank lines are passed over too, since the
 * data files ignore them and no row starts there. Lines end at LF, as the data files' rows do.
 */
export function dataFileMarks(file: string, text: string): ExpectMark[] {
    const marks: ExpectMark[] = [];
    let pending: { line: number; items: Array<Pick<ExpectMark, 'rule' | 'severity'>> } | undefined;
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.startsWith('#')) {
            const match = /^#\s*expect:\s*(.+?)\s*$/.exec(line);
            const items = match ? markItems(match[1]) : undefined;
            if (items) pending = { line: index + 1, items: [...pending?.items ?? [], ...items] };
            return;
        }
        if (line.trim() === '' || !pending) return;
        marks.push(...pending.items.map(item => ({ file, line: index + 1, ...item })));
        pending = undefined;
    });
    if (pending) throw new Error(`${file}:${pending.line}: the mark has no line after it to mark`);
    return marks;
}
