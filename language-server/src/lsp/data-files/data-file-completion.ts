import { CompletionItemKind, type CompletionItem, type CompletionParams, type Position } from 'vscode-languageserver';
import { isSurvey } from '../../generated/ast.js';
import { enumGlossary, enumValues } from '../../i18n/domain-glossary.js';
import type { ChunkedText } from '../../measured/chunked-text.js';
import { measurementColumns, surveyColumns, type ColumnSet } from '../../measured/data-columns.js';
import { enclosingService, KpiNames } from '../../measured/kpi-names.js';
import type { SvcServices } from '../../svc-module.js';
import type { DataFileDocument } from './data-file-documents.js';
import { dataFilePath } from './data-file-uri.js';

/**
 * Completion in a bound data file: in the `kpi` column the KPI names in the
 * element's scope, in a survey's `dimension` column the five dimensions —
 * by id and by Chinese name, the way the file already writes them.
 */
export function dataFileCompletion(svc: SvcServices, document: DataFileDocument | undefined, { textDocument, position, context }: CompletionParams): CompletionItem[] | null {
    // The space triggers completion in specs (after `by `); in a cell it is just text.
    if (!document || context?.triggerCharacter === ' ') return null;
    const path = dataFilePath(svc.files.WorkspaceFiles, textDocument.uri);
    const owner = svc.measured.MeasuredData.current().dataFiles.find(file => file.path === path)?.owner;
    if (!owner) return null;
    const { text } = document;
    const headerLine = headerLineOf(text);
    if (headerLine === undefined || position.line <= headerLine || position.line >= text.lineCount) return null;
    const line = text.lineAt(position.line);
    if (line.startsWith('#')) return null;
    const column = columnAt(text.lineAt(headerLine), cellIndex(line, position.character), isSurvey(owner) ? surveyColumns : measurementColumns);
    const typed = currentCell(line, position);
    if (column === 'kpi') {
        const names = new KpiNames(svc.shared.workspace.IndexManager).namesInScope(enclosingService(owner));
        return names.map(name => ({ label: name, kind: CompletionItemKind.Reference, textEdit: { range: typed, newText: name } }));
    }
    if (column === 'dimension') {
        return enumValues('Dimension').flatMap(dimension => {
            const chinese = enumGlossary.Dimension[dimension].term['zh-CN'];
            return [
                { label: dimension, detail: chinese, kind: CompletionItemKind.EnumMember, textEdit: { range: typed, newText: dimension } },
                { label: chinese, detail: dimension, kind: CompletionItemKind.EnumMember, textEdit: { range: typed, newText: chinese } }
            ];
        });
    }
    return null;
}

/** The first line that is neither blank nor a comment: the header. */
function headerLineOf(text: ChunkedText): number | undefined {
    for (let line = 0; line < text.lineCount; line++) {
        const content = text.lineAt(line);
        if (content.trim() !== '' && !content.startsWith('#')) return line;
    }
    return undefined;
}

/** Which known column (by its English name) the header gives the cell at `index`. */
function columnAt(header: string, index: number, columns: ColumnSet<string, string>): string | undefined {
    const name = header.split(',')[index]?.trim().toLowerCase();
    if (name === undefined) return undefined;
    return Object.entries<string>({ ...columns.required, ...columns.optional })
        .find(([english, chinese]) => name === english || name === chinese)?.[0];
}

/** The index of the cell the cursor stands in: commas outside quotes before it. */
function cellIndex(line: string, character: number): number {
    let index = 0, quoted = false;
    for (const char of line.slice(0, character)) {
        if (char === '"') quoted = !quoted;
        else if (char === ',' && !quoted) index++;
    }
    return index;
}

/** From the start of the cursor's cell to the cursor: what the completion replaces. */
function currentCell(line: string, position: Position) {
    const start = position.character === 0 ? 0 : line.lastIndexOf(',', position.character - 1) + 1;
    return { start: { line: position.line, character: start }, end: position };
}
