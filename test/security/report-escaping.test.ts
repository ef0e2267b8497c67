import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { generateMermaid } from '../../language-server/src/blueprint/mermaid/index.js';
import { locales } from '#protocol/locale.js';
import { htmlReport, markdownReport } from '../../language-server/src/report/index.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { activeContent, elementsOf, textOf } from './html-safety.js';

/*
 * Issue 7, item 3, last clause (checklist item 6): reports HTML-escape every
 * user string. The hostile titles of the preview issue go through the real
 * pipeline into the HTML and Markdown reports; the HTML is parsed as a browser
 * parses it, the Markdown is first turned into HTML as a viewer would.
 */

const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    ']]>',
    '</style><script>alert(2)</script>',
    '<a href="javascript:alert(3)">x</a> [link](javascript:alert(4))',
    '%%{init: {"securityLevel":"loose"}}%%',
    'click Ask call alert()'
];
const literal = (text: string) => `"${text.replace(/[\\"]/g, '\\$&')}"`;
const at = (index: number) => literal(hostile[index % hostile.length]);

/** Every string the report shows comes from a hostile title, description, evidence, failure or formula. */
const spec = `service Hostile ${at(0)} {
  description ${at(1)}
  owner Clerk
  actor Guest ${at(2)} customer
  actor Clerk ${at(3)} frontstage
  standard Fast ${at(4)} {
    dimension responsiveness  kind hard  bounds wait  target <= 5 min
    method observation  frequency daily  owner Clerk
  }
  kpi Speed ${at(5)} {
    measures Fast  formula ${at(6)}  unit min  direction lower  target 4  warning 6
    period daily  source ${at(0)}  owner Clerk
  }
  process Main ${at(1)} {
    stage Door ${at(2)} {
      step Ask ${at(3)} by Guest { evidence ${at(4)} wait 3 min standard Fast next Serve when ${at(5)} }
      step Serve ${at(6)} by Clerk { duration 4 min standard Fast fail ${at(0)} recover Ask next end }
    }
  }
  capacity Desk ${at(1)} { serves Serve  demand 10 per h  servers 1  standard Fast }
  promise Quick ${at(2)} <= 10 min
  feedback Card ${at(3)} { channel counter  feeds Speed }
  improvement Better ${at(4)} { addresses Speed  phase act  owner Clerk  due 2027-01-01 }
}
`;

const scratch = mkdtempSync(join(tmpdir(), 'svc-security-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let document: BlueprintDocument;
let service: ServiceModel;

beforeAll(async () => {
    const file = join(scratch, 'hostile.svc');
    writeFileSync(file, spec);
    const check = await checkFiles([file]);
    document = buildBlueprint(check.files[0].document, check.services);
    service = document.services[0];
    expect(service.title).toBe(hostile[0]);
});

describe.each(locales)('6. reports with hostile titles (%s)', locale => {
    const input = () => {
        const blueprintMermaid = generateMermaid(service, 'blueprint', { locale });
        return { document, service, locale, blueprintMermaid, generatedAt: new Date(2027, 0, 1, 12) };
    };

    test('HTML: no script element, no event handler, no javascript: URL; each title reads as itself', () => {
        const html = htmlReport(input());
        expect(activeContent(html)).toEqual([]);
        expect(elementsOf(html).filter(element => element.tagName === 'style')).toHaveLength(1);
        const text = textOf(html.replace(/<style>[\s\S]*?<\/style>/, ''));
        for (const string of hostile) expect(text).toContain(string);
    });

    test('Markdown: shown by a Markdown viewer, no script, no handler, no javascript: link', () => {
        const markdown = markdownReport(input());
        const html = marked.parse(markdown, { async: false });
        expect(activeContent(html)).toEqual([]);
        const text = textOf(html);
        for (const string of hostile.slice(0, 5)) expect(text).toContain(string);
    });

    test('Markdown: the Mermaid blocks hold no directive and no click from a label', () => {
        const markdown = markdownReport(input());
        const blocks = [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map(match => match[2]);
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) {
            expect(block).not.toContain('%%{');
            expect(block).not.toMatch(/^\s*click\s/m);
            // Label text is encoded (`#60;`): the only tags left are the generator's own line and word breaks.
            expect(block.replaceAll('<br/>', '').replaceAll('<wbr>', '')).not.toContain('<');
        }
    });
});
