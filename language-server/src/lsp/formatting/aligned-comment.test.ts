import { describe, expect, test } from 'vitest';
import { alignedComment } from './aligned-comment.js';

describe('doc-style comments', () => {
    test('continuation lines that start with * line up under the first star', () => {
        expect(alignedComment('/**\n        * One.\n\t* Two.\n*/', 4)).toBe('/**\n     * One.\n     * Two.\n     */');
    });

    test('their line breaks are kept', () => {
        expect(alignedComment('/*\r\n * a\r\n */', 0)).toBe('/*\r\n * a\r\n */');
    });

    test('a comment with any other continuation line is kept as written', () => {
        const text = '/* Keep\n        * this\n   shape */';
        expect(alignedComment(text, 2)).toBe(text);
    });

    test('one-line comments are kept as written', () => {
        expect(alignedComment('/** doc */', 6)).toBe('/** doc */');
    });
});
