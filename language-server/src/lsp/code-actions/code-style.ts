import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Locale, Localized } from '#protocol/locale.js';
import { indentationOf, indentStep } from './text-layout.js';

/** How a file is written, so that code a fix inserts reads as if the consultant had typed it. */
export interface CodeStyle {
    /** Elements' blocks written on one line: `step A by B { evidence "x" next C }`. */
    oneLine: boolean;
    /** One level of indentation, as the file indents members in their blocks. */
    indent: string;
    /** Most declared names are Chinese (`前台接待`): new names are too. */
    chineseNames: boolean;
    /** The language of the file's titles (and names): new titles are written in it. */
    language: Locale;
}

/** Elements whose blocks hold properties only: the ones whose layout shows the file's style. */
const propertyBlocks = new Set(['Standard', 'Kpi', 'Step', 'Capacity', 'Feedback', 'Improvement']);
const blocks = new Set([...propertyBlocks, 'Service', 'Process', 'Stage']);
const chinese = /[\u3400-\u9fff\uf900-\ufaff]/;

const styles = new WeakMap<LangiumDocument, { version: number; style: CodeStyle }>();

/** The style of a document, read from its elements (and remembered until it changes). */
export function codeStyleOf(document: LangiumDocument): CodeStyle {
    const known = styles.get(document);
    if (known?.version === document.textDocument.version) return known.style;
    const style = readStyle(document);
    styles.set(document, { version: document.textDocument.version, style });
    return style;
}

/** The style of the document that holds `node`. */
export const codeStyleAt = (node: AstNode): CodeStyle => codeStyleOf(AstUtils.getDocument(node));

function readStyle(document: LangiumDocument): CodeStyle {
    let oneLineBlocks = 0;
    let openBlocks = 0;
    const indents = new Map<string, number>();
    const names: string[] = [];
    const titles: string[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const { name, title } = node as { name?: unknown; title?: unknown };
        if (typeof name === 'string') names.push(name);
        if (typeof title === 'string') titles.push(title);
        const layout = blocks.has(node.$type) ? blockLayout(document, node) : undefined;
        if (!layout) continue;
        if (layout.oneLine && propertyBlocks.has(node.$type)) oneLineBlocks++;
        if (!layout.oneLine) {
            if (propertyBlocks.has(node.$type)) openBlocks++;
            if (layout.indent) indents.set(layout.indent, (indents.get(layout.indent) ?? 0) + 1);
        }
    }
    const mostlyChinese = (texts: string[]) => texts.filter(text => chinese.test(text)).length * 2 > texts.length;
    const chineseNames = mostlyChinese(names);
    return {
        // A tie goes to the formatter's style, one property per line.
        oneLine: oneLineBlocks > openBlocks,
        indent: [...indents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? indentStep,
        chineseNames,
        language: chineseNames || mostlyChinese(titles) ? 'zh-CN' : 'en'
    };
}

/** Whether a block with content is written on one line, else the indentation of its content. */
function blockLayout(document: LangiumDocument, node: AstNode): { oneLine: boolean; indent?: string } | undefined {
    const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    const close = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
    // An empty block `{ }` says nothing about the style.
    if (!open || !close || !/\S/.test(document.textDocument.getText().slice(open.end, close.offset))) return undefined;
    if (open.range.start.line === close.range.start.line) return { oneLine: true };
    const own = indentationOf(document, node.$cstNode!.range.start.line);
    const inner = indentationOf(document, open.range.end.line + 1);
    return { oneLine: false, indent: inner.startsWith(own) && inner.length > own.length ? inner.slice(own.length) : undefined };
}

/** A name or title template in the file's language: `{placeholder}`s filled in. */
export function inStyle(template: Localized, language: Locale, values: Record<string, string> = {}): string {
    return template[language].replace(/\{(\w+)\}/g, (placeholder, key: string) => values[key] ?? placeholder);
}

/** A name for a new element: Chinese in a file of Chinese names, else the English pattern. */
export const nameInStyle = (template: Localized, style: CodeStyle, values: Record<string, string> = {}): string =>
    inStyle(template, style.chineseNames ? 'zh-CN' : 'en', values);

/** A title for a new element, in the language of the file's titles. */
export const titleInStyle = (template: Localized, style: CodeStyle, values: Record<string, string> = {}): string =>
    inStyle(template, style.language, values);
