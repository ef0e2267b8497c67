import { expect, test } from 'vitest';
import { codeFence, markdownPath, markdownText } from './markdown-escape.js';

test('markdownText escapes Markdown, table and HTML characters and turns line breaks into <br>', () => {
    expect(markdownText('a | b')).toBe('a \\| b');
    expect(markdownText('*x* _y_ `z` [l](u) ~s~ #h $m$ \\')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\#h \\$m\\$ \\\\');
    expect(markdownText('<script>&amp;')).toBe('&lt;script&gt;&amp;amp;');
    expect(markdownText('one\ntwo\r\nthree\rfour')).toBe('one<br>two<br>three<br>four');
    expect(markdownText('候诊不超过30分钟（≤ 30 min）')).toBe('候诊不超过30分钟（≤ 30 min）');
});

test('codeFence is longer than every backtick run of the text', () => {
    expect(codeFence('flowchart LR')).toBe('```');
    expect(codeFence('a ``` b')).toBe('````');
    expect(codeFence('`````')).toBe('``````');
});

test('markdownPath percent-encodes each segment, parentheses included', () => {
    expect(markdownPath('images/门诊 (1).svg')).toBe('images/%E9%97%A8%E8%AF%8A%20%281%29.svg');
    expect(markdownPath('out\\a b.png')).toBe('out/a%20b.png');
});
