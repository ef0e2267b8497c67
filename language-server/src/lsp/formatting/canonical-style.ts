/** The one canonical layout of `.svc` files (docs/decisions.md, "Formatting"). */
export const canonicalStyle = {
    /** Spaces per nesting level; editor tab settings are ignored so that editor and CLI agree. */
    indent: '  ',
    /** A block written on one line stays on one line while its line fits in this many display columns. */
    lineWidth: 100
} as const;
