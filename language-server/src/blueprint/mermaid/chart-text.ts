import { encodeLabel } from './encode-label.js';

/*
 * Text and numbers in the chart grammars (xychart-beta, quadrantChart,
 * radar-beta). These are not flowcharts, but the same encoding holds: a
 * quoted string there ends only at `"` (xychart `[^"]*`, quadrant `[^"]*`,
 * radar Langium strings with `\` escapes), a title runs to the end of its
 * line, and Mermaid finds `%%{…}%%` directives and `#…;` entity codes
 * anywhere in the text before any grammar reads it. `encodeLabel` leaves no
 * `"`, `\`, `%`, `#`, `<`, `[`, `]`, `:` or line break: every such character
 * becomes an entity code (`#34;`) that Mermaid shows as the character (`:`
 * because Mermaid drops the last `;` of any line matching `style…:…#…;`
 * before decoding, which would leave a code of the title undecoded).
 */

/** A chart string: spec or data text, encoded, in double quotes. */
export function chartString(text: string): string {
    return `"${chartLine(text)}"`;
}

/** A title that runs to the end of its line (quadrantChart, radar-beta): encoded, one line. */
export function chartLine(text: string): string {
    return encodeLabel(text);
}

/**
 * A number as the chart grammars read it: digits, an optional `-` and a
 * decimal point, never an exponent (`1e21` is not a number to xychart).
 */
export function chartNumber(value: number): string {
    const shown = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
    return shown === '-0' ? '0' : shown;
}

/** A quadrantChart coordinate: the grammar reads `1` or `0` with decimals, so the value is clamped to 0..1. */
export function unitCoordinate(value: number): string {
    const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5;
    const shown = clamped.toFixed(3);
    return shown === '1.000' ? '1' : shown;
}
