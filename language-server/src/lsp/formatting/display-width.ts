/**
 * Columns a text occupies in a monospaced editor: CJK ideographs, kana, Hangul,
 * full-width forms and emoji take two, everything else one. Titles in Chinese
 * are twice as wide as they are long, so the line width is measured in columns.
 */
export function displayWidth(text: string): number {
    let width = 0;
    for (const character of text) {
        width += isWide(character.codePointAt(0) ?? 0) ? 2 : 1;
    }
    return width;
}

const wideRanges: ReadonlyArray<readonly [number, number]> = [
    [0x1100, 0x115F],   // Hangul Jamo initials
    [0x2E80, 0x303E],   // CJK radicals, symbols and punctuation
    [0x3041, 0x33FF],   // kana, CJK compatibility
    [0x3400, 0x4DBF],   // CJK extension A
    [0x4E00, 0x9FFF],   // CJK unified ideographs
    [0xA000, 0xA4CF],   // Yi
    [0xAC00, 0xD7A3],   // Hangul syllables
    [0xF900, 0xFAFF],   // CJK compatibility ideographs
    [0xFE30, 0xFE4F],   // CJK compatibility forms
    [0xFF00, 0xFF60],   // full-width forms
    [0xFFE0, 0xFFE6],   // full-width signs
    [0x1F300, 0x1FAFF], // emoji and pictographs
    [0x20000, 0x3FFFD]  // CJK extensions B and later
];

function isWide(codePoint: number): boolean {
    return wideRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}
