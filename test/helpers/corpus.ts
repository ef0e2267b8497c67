import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The conformance corpus beside the project (`../shared/spec`), or `SVC_SPEC_DIR`. */
export const corpusRoot = resolve(process.env.SVC_SPEC_DIR ?? resolve(import.meta.dirname, '../../../shared/spec'));

export function corpusExists(): boolean {
    return existsSync(join(corpusRoot, 'examples')) && existsSync(join(corpusRoot, 'bad'));
}

/** Each folder with `.svc` files directly in it is one workspace. */
export function corpusWorkspaces(): Array<{ folder: string; files: string[] }> {
    const workspaces: Array<{ folder: string; files: string[] }> = [];
    const visit = (folder: string) => {
        const entries = readdirSync(folder).sort();
        const files = entries.filter(entry => entry.endsWith('.svc')).map(entry => join(folder, entry));
        if (files.length > 0) workspaces.push({ folder, files });
        for (const entry of entries) {
            const child = join(folder, entry);
            if (statSync(child).isDirectory()) visit(child);
        }
    };
    visit(join(corpusRoot, 'examples'));
    visit(join(corpusRoot, 'bad'));
    return workspaces;
}

export interface ExpectMark { file: string; line: number; rule: string; severity?: 'error' | 'warning' | 'info' }

const markSeverity = { error: 'error', warn: 'warning', info: 'info' } as const;

/** The `// expect: rule-id[:severity], ...` marks of a file (1-based lines). */
export function expectMarks(file: string): ExpectMark[] {
    const marks: ExpectMark[] = [];
    readFileSync(file, 'utf-8').split(/\r?\n/).forEach((text, index) => {
        const match = /\/\/\s*expect:\s*(.+)$/.exec(text);
        if (!match) return;
        for (const item of match[1].split(',').map(part => part.trim()).filter(Boolean)) {
            const [rule, severity] = item.split(':');
            marks.push({ file, line: index + 1, rule, severity: severity ? markSeverity[severity as keyof typeof markSeverity] : undefined });
        }
    });
    return marks;
}
