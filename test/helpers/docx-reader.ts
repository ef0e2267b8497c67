import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/**
 * Test support: what a .docx holds, read as Word reads it — the package
 * unzipped, word/document.xml parsed in document order (runs, breaks, tables).
 */

export interface DocxParagraph {
    /** The paragraph style id: `Heading1`, `Title`, …; undefined for body text. */
    style?: string;
    /** The runs' text, a `<w:br/>` as a line break. */
    text: string;
}

export interface DocxPicture {
    name: string;
    width: number;
    height: number;
}

export interface DocxContents {
    /** Every paragraph outside tables, in order. */
    paragraphs: DocxParagraph[];
    /** Every table: its rows, each row its cells' text. */
    tables: string[][][];
    /** Every PNG under word/media, with its size from the PNG header. */
    pictures: DocxPicture[];
    /** `<w:pgSz>` of each Word section: width and height in twips. */
    pageSizes: Array<{ width: number; height: number }>;
    /** The footers' field codes and text (PAGE, NUMPAGES …). */
    footers: string[];
    /** word/document.xml as written. */
    xml: string;
    /** word/styles.xml as written. */
    styles: string;
    /** All text of the document body, paragraphs and tables, one paragraph a line. */
    allText: string;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false
});

function tagOf(node: Node): string {
    return Object.keys(node).find(key => key !== ':@')!;
}

function childrenOf(node: Node): Node[] {
    const value = node[tagOf(node)];
    return Array.isArray(value) ? value as Node[] : [];
}

function find(nodes: Node[], tag: string): Node[] {
    return nodes.flatMap(node => tagOf(node) === tag ? [node] : find(childrenOf(node), tag));
}

/** The text of w:t, w:br and w:tab under a node, skipping nested tables. */
function textOf(node: Node): string {
    const tag = tagOf(node);
    if (tag === '#text') return String(node['#text']);
    if (tag === 'w:br') return '\n';
    if (tag === 'w:tab') return '\t';
    if (tag === 'w:instrText' || tag === 'w:fldChar') return '';
    return childrenOf(node).map(textOf).join('');
}

function paragraphOf(node: Node): DocxParagraph {
    const properties = childrenOf(node).find(child => tagOf(child) === 'w:pPr');
    const style = properties ? childrenOf(properties).find(child => tagOf(child) === 'w:pStyle')?.[':@']?.['w:val'] : undefined;
    const text = childrenOf(node).filter(child => tagOf(child) === 'w:r' || tagOf(child) === 'w:hyperlink').map(textOf).join('');
    return { style, text };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function readDocx(bytes: Uint8Array): DocxContents {
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']);
    const body = find(parser.parse(xml) as Node[], 'w:body')[0];
    const paragraphs: DocxParagraph[] = [];
    const tables: string[][][] = [];
    const lines: string[] = [];
    for (const block of childrenOf(body)) {
        const tag = tagOf(block);
        if (tag === 'w:p') {
            const paragraph = paragraphOf(block);
            paragraphs.push(paragraph);
            lines.push(paragraph.text);
        } else if (tag === 'w:tbl') {
            const rows = find(childrenOf(block), 'w:tr').map(row => find(childrenOf(row), 'w:tc').map(cell => find(childrenOf(cell), 'w:p').map(paragraph => paragraphOf(paragraph).text).join('\n')));
            tables.push(rows);
            lines.push(...rows.map(row => row.join('\t')));
        }
    }
    const pageSizes = find(childrenOf(body), 'w:pgSz').map(node => ({ width: Number(node[':@']?.['w:w']), height: Number(node[':@']?.['w:h']) }));
    const footers = Object.keys(files).filter(name => /^word\/footer\d*\.xml$/.test(name)).map(name => strFromU8(files[name]));
    const pictures = Object.keys(files).filter(name => /^word\/media\/.*\.png$/.test(name)).map(name => ({ name, ...pngSize(files[name]) }));
    return { paragraphs, tables, pictures, pageSizes, footers, xml, styles: strFromU8(files['word/styles.xml']), allText: lines.join('\n') };
}
