import { describe, expect, test } from 'vitest';
import { stackSvgs } from './stack-svgs.js';

const svg = (width: number, height: number) => `<svg id="x" width="100%" style="max-width: ${width}px;" viewBox="0 0 ${width} ${height}"><g/></svg>`;

describe('stackSvgs', () => {
    test('one diagram is returned as it is', () => {
        expect(stackSvgs([{ title: 'P', svg: svg(100, 50) }])).toBe(svg(100, 50));
    });

    test('several diagrams stack under their escaped titles in one document', () => {
        const stacked = stackSvgs([{ title: 'A <b>&', svg: svg(100, 50) }, { title: 'B', svg: svg(300, 20) }]);
        expect(stacked).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="150" viewBox="0 0 300 150">/);
        expect(stacked).toContain('>A &lt;b&gt;&amp;</text>');
        expect(stacked).toContain('x="0" y="28" width="100" height="50">');
        expect(stacked).toContain('x="0" y="130" width="300" height="20">');
        expect(stacked).not.toContain('width="100%"');
    });
});
