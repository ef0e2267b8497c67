import { describe, expect, it } from 'vitest';
import { deferStyleAttributes, pngScale, svgSize } from '../../extension/src/webview/svg-text.js';

describe('deferring style attributes past the CSP', () => {
    it('renames style attributes of every tag, and nothing else', () => {
        const svg = '<svg id="d" style="max-width: 700px;" viewBox="0 0 700 300"><g class="node" style="fill:#f9f"><rect data-style="x" style=\'stroke:red\'/></g></svg>';
        expect(deferStyleAttributes(svg)).toBe(
            '<svg id="d" data-svc-style="max-width: 700px;" viewBox="0 0 700 300"><g class="node" data-svc-style="fill:#f9f"><rect data-style="x" data-svc-style=\'stroke:red\'/></g></svg>'
        );
    });

    it('leaves text and attribute values that merely mention style= alone', () => {
        const svg = '<svg><text aria-label="a style=&quot;b&quot;" title=\'x > style="y"\'>style="bold" &gt; it</text><style>.a{fill:red}</style></svg>';
        expect(deferStyleAttributes(svg)).toBe(svg);
    });

    it('handles upper case and spaces around =', () => {
        expect(deferStyleAttributes('<div STYLE = "color:red">x</div>')).toBe('<div data-svc-style = "color:red">x</div>');
    });
});

describe('SVG size for PNG export', () => {
    it('reads the viewBox of the root element', () => {
        expect(svgSize('<svg width="100%" viewBox="-8 -8 716.5 300"><svg viewBox="0 0 1 1"/></svg>')).toEqual({ width: 716.5, height: 300 });
        expect(svgSize('<svg viewBox="0,0,10,20">')).toEqual({ width: 10, height: 20 });
    });

    it('falls back to width and height, and gives up on neither', () => {
        expect(svgSize('<svg width="120px" height="80">')).toEqual({ width: 120, height: 80 });
        expect(svgSize('<svg width="100%">')).toBeUndefined();
        expect(svgSize('<svg viewBox="0 0 0 10">')).toBeUndefined();
    });

    it('scales twice, unless the canvas would be too large', () => {
        expect(pngScale({ width: 800, height: 600 }, 2)).toBe(2);
        expect(pngScale({ width: 20_000, height: 500 }, 2)).toBeCloseTo(16_384 / 20_000);
        expect(pngScale({ width: 12_000, height: 12_000 }, 2)).toBeCloseTo(Math.sqrt(200_000_000 / 144_000_000));
    });
});
