/** Device names Windows reserves whatever the extension: `CON.html` cannot be created there. */
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Long enough for any real name, short of the 255-byte limit of a file name (CJK takes 3 bytes a character). */
const maxCharacters = 64;

/**
 * One part of a file name derived from a spec (a service name, a spec's stem):
 * separators, `..`, control characters and characters that no file system
 * (Windows included) accepts become `_` or go, so the part can never leave
 * the folder it is written in. Chinese and other letters are kept.
 */
export function fileNamePart(text: string): string {
    const cleaned = Array.from(text.replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, '_').replace(/\s+/g, ' ').trim())
        .slice(0, maxCharacters).join('').trim().replace(/^\.+|\.+$/g, '');
    if (!cleaned) return '_';
    return windowsReserved.test(cleaned) ? `_${cleaned}` : cleaned;
}
