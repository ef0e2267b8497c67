import { TextRun, type IRunOptions } from 'docx';

/** Characters XML 1.0 cannot hold: a title with one would make the whole document unreadable. */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with what XML cannot hold shown as �. */
export function xmlSafe(text: string): string {
    return text.replace(notXml, '\uFFFD');
}

/** Text as Word runs, literally (the docx package escapes markup), each line break a `<w:br/>` as the HTML report's `<br>`. */
export function textRuns(text: string, style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
    return xmlSafe(text).split(/\r\n|\r|\n/).map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }));
}
