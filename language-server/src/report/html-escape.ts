const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text that reads as itself in HTML content and in quoted attribute values. */
export function htmlText(text: string): string {
    return text.replace(/[&<>"']/g, character => entities[character]);
}

/** Escaped text whose line breaks show as `<br>`. */
export function htmlLines(text: string): string {
    return text.split(/\r\n|\r|\n/).map(htmlText).join('<br>');
}
