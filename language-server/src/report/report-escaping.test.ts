import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { serviceSchema, type BlueprintDocument, type ServiceModel } from '#protocol/blueprint-schema.js';
import { locales } from '#protocol/locale.js';
import { htmlReport, markdownReport, type ReportInput } from './index.js';
import { reportLabels } from './report-labels.js';
import { fixedDate, htmlRows, htmlSection, htmlTags, markdownRows, markdownSection, markdownTables, modelsOf } from '../../../test/helpers/report-kit.js';

/** Strings that would run script, break a table, a Mermaid label or a Markdown construct if written raw. */
const hostile = {
    script: '<script>alert(1)</script>',
    img: '<img src=x onerror=alert(1)>',
    mermaidBreak: '"]-->X',
    pipe: '| pipe |',
    entity: '&amp;',
    directive: '%%{init}%%',
    backticks: '`code` ```'
};

/** The same strings as `.svc` string literals (`"` and `\` escaped). */
const literal = (text: string) => `"${text.replace(/[\\"]/g, '\\$&')}"`;

const hostileSpec = `/** Doc ${hostile.script} */
service Hostile ${literal(hostile.script)} {
  version ${literal(hostile.backticks)}
  owner Clerk
  description ${literal(`${hostile.img} ${hostile.entity} ${hostile.pipe} ${hostile.directive}`)}
  actor Visitor ${literal(hostile.mermaidBreak)} customer
  actor Clerk ${literal(hostile.pipe)} frontstage
  standard Fast ${literal(`${hostile.img} ${hostile.backticks}`)} {
    dimension responsiveness  kind hard  bounds wait  target <= 5 min
    method observation  frequency daily  owner Clerk
  }
  kpi Speed ${literal(hostile.directive)} {
    measures Fast  formula ${literal(`a ${hostile.pipe} b ${hostile.script}`)}  unit min  direction lower  target 4  warning 6
    period daily  source ${literal(`${hostile.entity} ${hostile.img}`)}  owner Clerk
  }
  process Flow ${literal(hostile.mermaidBreak)} {
    stage Door ${literal(hostile.pipe)} {
      step Arrive ${literal(hostile.script)} by Visitor {
        evidence ${literal(hostile.img)}, ${literal(hostile.pipe)}
        wait 3 min
        standard Fast
        next Serve
      }
      step Serve ${literal(`${hostile.backticks} ${hostile.pipe}`)} by Clerk {
        duration 4 min
        standard Fast
        fail ${literal(hostile.script)} recover Arrive
        next end
      }
    }
  }
  capacity Desk ${literal(hostile.script)} { serves Serve  demand 10 per h  servers 1  standard Fast }
  promise Quick ${literal(hostile.mermaidBreak)} <= 10 min
  feedback Card ${literal(hostile.entity)} { channel counter  feeds Speed }
  improvement Better ${literal(hostile.img)} { addresses Speed  phase act  owner Clerk  due 2027-01-01 }
  measurements Data ${literal(hostile.img)} from "data/kpi.csv"
  survey Voice ${literal(hostile.script)} from "data/voice.csv" scale 5
}
`;

/** Measured data whose notes, respondents and items are hostile too, each with a mark: none of them may reach the report. */
const hostileData = {
    'kpi.csv': `kpi,period,value,note\nSpeed,2026-10-01,5,"note-mark ${hostile.img}"\nSpeed,2026-10-02,7,"note-mark ${hostile.script}"\n`,
    'voice.csv': `respondent,item,dimension,expectation,perception\n"respondent-mark ${hostile.pipe}","item-mark ${hostile.directive}",empathy,5,3\n`
};

/** A benign Mermaid-like SVG: namespaces are URIs, not resources. */
const benignSvg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" id="bp-1" viewBox="0 0 10 10"><style>#bp-1 .node{fill:#eee}</style>'
    + '<g class="node"><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><span>&lt;img src=x onerror=alert(1)&gt;</span></div></foreignObject></g>'
    + '<path marker-end="url(#arrow)" d="M0,0L10,10"/></svg>';

let document: BlueprintDocument;
let service: ServiceModel;

beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'svc-report-'));
    const file = join(folder, 'hostile.svc');
    writeFileSync(file, hostileSpec);
    mkdirSync(join(folder, 'data'));
    for (const [name, text] of Object.entries(hostileData)) writeFileSync(join(folder, 'data', name), text);
    const [model] = await modelsOf([file]);
    ({ document, service } = model);
});

/** A hand-built variant: `.svc` strings cannot hold line breaks, the model can. */
function withLineBreaks(): ReportInput['service'] {
    const process = service.processes[0];
    return serviceSchema.parse({
        ...service,
        description: `first line\nsecond ${hostile.pipe} line\r\n${hostile.script} ${hostile.entity}`,
        documentation: `# not a heading\n- not a list\n${hostile.img}`,
        standards: service.standards.map(standard => ({ ...standard, title: `two\nlines ${hostile.pipe}` })),
        kpis: service.kpis.map(kpi => ({ ...kpi, source: `a\n| b |\n${hostile.script}` })),
        processes: [{ ...process, steps: process.steps.map(step => ({ ...step, title: `${step.title}\n${hostile.mermaidBreak}`, evidence: [`x\ny ${hostile.pipe}`] })) }],
        feedback: service.feedback.map(feedback => ({ ...feedback, title: `${hostile.backticks}\n${hostile.directive}` })),
        measured: {
            ...service.measured!,
            kpis: service.measured!.kpis.map(kpi => ({ ...kpi, title: `kpi\n${hostile.pipe}`, unit: hostile.script })),
            surveys: service.measured!.surveys.map(survey => ({ ...survey, title: `voice\n${hostile.pipe} ${hostile.img}` }))
        }
    });
}

function hostileDocument(): BlueprintDocument {
    return { ...document, diagnostics: [...document.diagnostics, { rule: 'x-rule', severity: 'error', message: `bad\n${hostile.img} ${hostile.pipe}`, line: 2, column: 1 }] };
}

/** Raw HTML outside escaped text: any tag with an event handler, any script or img element. */
function activeTags(html: string): string[] {
    return htmlTags(html).filter(tag => /^<\/?\s*(script|img|iframe)\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag));
}

describe.each(locales)('%s', locale => {
    const inputs = (): Array<[string, ReportInput]> => [
        ['from .svc', { document, service, locale, generatedAt: fixedDate }],
        ['hand-built with line breaks', { document: hostileDocument(), service: withLineBreaks(), locale, generatedAt: fixedDate }]
    ];

    test('HTML: no script, no active tag, no remote reference; every hostile string shown escaped', () => {
        for (const [name, input] of inputs()) {
            const html = htmlReport(input);
            expect(html, name).not.toMatch(/<script/i);
            expect(activeTags(html), name).toEqual([]);
            expect(html, name).not.toMatch(/https?:/);
            expect(html, name).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
            expect(html, name).toContain('&lt;img src=x onerror=alert(1)&gt;');
            expect(html, name).toContain('&quot;]--&gt;X');
            expect(html, name).toContain('&amp;amp;');
            expect(html, name).toContain('%%{init}%%');
            expect(html, name).toContain('`code` ```');
            expect(html, name).not.toContain('"]-->X');
        }
    });

    test('the measured section shows the hostile KPI, standard and survey titles as text, and nothing of the data files\' notes', () => {
        const labels = reportLabels[locale];
        const [fromSpec, handBuilt] = inputs();
        const html = htmlSection(htmlReport(fromSpec[1]), 'performance');
        expect(htmlRows(html)[0][0]).toBe(labels.titled('%%{init}%%', 'Speed'));
        expect(html).toContain(labels.titled('&lt;img src=x onerror=alert(1)&gt; `code` ```', 'Fast'));
        expect(html).toContain(labels.titled('&lt;script&gt;alert(1)&lt;/script&gt;', 'Voice'));
        const markdown = markdownSection(markdownReport(fromSpec[1]), labels.headings.performance);
        expect(markdownRows(markdown, labels.headings.performance)[1][0]).toBe(labels.titled('&lt;img src=x onerror=alert(1)&gt; \\`code\\` \\`\\`\\`', 'Fast'));
        expect(markdown).toContain(labels.titled('&lt;script&gt;alert(1)&lt;/script&gt;', 'Voice'));
        for (const report of [htmlReport(fromSpec[1]), markdownReport(fromSpec[1])]) expect(report).not.toMatch(/note-mark|respondent-mark|item-mark/);

        const handBuiltHtml = htmlSection(htmlReport(handBuilt[1]), 'performance');
        expect(htmlRows(handBuiltHtml)[0].slice(0, 2)).toEqual([labels.titled('kpi<br>| pipe |', 'Speed'), '7 &lt;script&gt;alert(1)&lt;/script&gt;']);
        // A caption is one line of text: its line break is blank space in HTML.
        expect(handBuiltHtml).toContain(labels.titled('voice\n| pipe | &lt;img src=x onerror=alert(1)&gt;', 'Voice'));
        const handBuiltMarkdown = markdownSection(markdownReport(handBuilt[1]), labels.headings.performance);
        expect(markdownRows(handBuiltMarkdown, labels.headings.performance)[0][0]).toBe(labels.titled('kpi<br>\\| pipe \\|', 'Speed'));
        expect(handBuiltMarkdown).not.toMatch(/<script|<img/i);
    });

    test('HTML: a line break in a value becomes <br>, in cells and in the summary', () => {
        const html = htmlReport(inputs()[1][1]);
        expect(html).toContain('first line<br>second | pipe | line<br>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;');
        expect(htmlRows(htmlSection(html, 'standards'))[0][1]).toBe('two<br>lines | pipe |');
        expect(htmlRows(htmlSection(html, 'diagnostics')).find(row => row[1] === 'x-rule')).toEqual([
            locale === 'en' ? 'error' : '错误', 'x-rule', '2', 'bad<br>&lt;img src=x onerror=alert(1)&gt; | pipe |'
        ]);
    });

    test('Markdown: tables keep their column count, hostile text is escaped, no raw tag', () => {
        for (const [name, input] of inputs()) {
            const markdown = markdownReport(input);
            const tables = markdownTables(markdown);
            expect(tables.length, name).toBeGreaterThanOrEqual(8);
            for (const table of tables) {
                for (const row of table.rows) expect(row, name).toHaveLength(table.columns.length);
            }
            // Every line holding an unescaped pipe is a table row.
            for (const line of markdown.split('\n')) {
                if (/(^|[^\\])\|/.test(line)) expect(line, name).toMatch(/^\| .* \|$/);
            }
            expect(markdown, name).not.toMatch(/<script|<img/i);
            expect(markdown, name).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
            expect(markdown, name).toContain('\\| pipe \\|');
            expect(markdown, name).toContain('&amp;amp;');
            expect(markdown, name).toContain('\\`code\\` \\`\\`\\`');
            expect(markdown, name).toContain('"\\]--&gt;X');
        }
    });

    test('Markdown: line breaks stay inside their cell and a summary line cannot start a block', () => {
        const markdown = markdownReport(inputs()[1][1]);
        const labels = reportLabels[locale];
        expect(markdown).toContain(`**${labels.summary.description}**${labels.colon}first line<br>second \\| pipe \\| line<br>&lt;script&gt;alert(1)&lt;/script&gt;`);
        expect(markdown).toContain(`**${labels.summary.documentation}**${labels.colon}\\# not a heading<br>- not a list<br>&lt;img`);
        const steps = markdownRows(markdown, labels.headings.blueprint);
        expect(steps).toHaveLength(2);
        expect(steps[0][4]).toBe('x<br>y \\| pipe \\|');
        expect(markdownRows(markdown, labels.headings.kpis)[0][9]).toBe('a<br>\\| b \\|<br>&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    test('the checker\'s open diagnostics are listed with severity, rule, line and message', () => {
        const labels = reportLabels[locale];
        const rows = markdownRows(markdownReport({ document, service, locale, generatedAt: fixedDate }), labels.headings.diagnostics);
        // Desk: M/M/1 with λ = 1/6 per min, μ = 1/4: ρ = 2/3, Wq = ρ / (μ − λ) = 8 min > 5 min.
        const queueRow = rows.find(row => row[1] === 'queue-wait-exceeds-standard');
        const capacityLine = hostileSpec.split('\n').findIndex(line => line.includes('capacity Desk')) + 1;
        expect(queueRow?.slice(0, 3)).toEqual([locale === 'en' ? 'warning' : '警告', 'queue-wait-exceeds-standard', String(capacityLine)]);
        expect(rows.map(row => Number(row[2]))).toEqual([...rows.map(row => Number(row[2]))].sort((a, b) => a - b));
        const capacity = markdownRows(markdownReport({ document, service, locale, generatedAt: fixedDate }), labels.headings.capacity)[0];
        expect(capacity.slice(5)).toEqual(['66.7 %', '8 min', labels.withTarget('Fast', '≤ 5 min'), `**${labels.notMet}**`]);
    });
});

describe('blueprint diagrams', () => {
    test('HTML inlines a renderer SVG as it is, keeps namespaces, and still references nothing remote', () => {
        const html = htmlReport({ document, service, locale: 'en', generatedAt: fixedDate, blueprintSvgs: [{ title: hostile.script, svg: `<?xml version="1.0"?>\n${benignSvg}` }] });
        expect(html).toContain(benignSvg);
        expect(html).toContain(`<figcaption>&lt;script&gt;alert(1)&lt;/script&gt;</figcaption>`);
        expect(html).not.toContain('<?xml');
        expect(html).not.toMatch(/<script/i);
        expect(htmlTags(html).filter(tag => /\b(src|href)\s*=\s*["']?\s*https?:/i.test(tag))).toEqual([]);
        expect(html).not.toMatch(/url\(\s*["']?https?:|@import/i);
        expect(html).not.toContain(reportLabels.en.blueprintMissing);
    });

    test('HTML leaves out an SVG with active or remote content and says the diagram is missing', () => {
        const unsafe = [
            '<svg><script>alert(1)</script></svg>',
            '<svg><g onclick="alert(1)"></g></svg>',
            '<svg><a title=">" onmouseover="alert(1)"></a></svg>',
            '<svg><image href="https://example.com/x.png"/></svg>',
            '<svg><a xlink:href="javascript:alert(1)"></a></svg>',
            '<svg><style>@import "https://example.com/x.css";</style></svg>',
            '<div>not an svg</div>'
        ];
        const html = htmlReport({ document, service, locale: 'en', generatedAt: fixedDate, blueprintSvgs: unsafe.map((svg, index) => ({ title: `d${index}`, svg })) });
        expect(html).not.toMatch(/<script|onclick|onmouseover|example\.com|javascript:|<div>not/i);
        expect(html).toContain(reportLabels.en.blueprintMissing);
    });

    test('Markdown links exported images by an encoded relative path, before any Mermaid source', () => {
        const markdown = markdownReport({
            document, service, locale: 'zh-CN', generatedAt: fixedDate,
            blueprintImages: [{ title: `蓝图 ${hostile.mermaidBreak}`, path: 'images/门诊 blueprint (1).svg' }],
            blueprintMermaid: [{ title: 'unused', text: 'flowchart LR' }]
        });
        expect(markdown).toContain('![蓝图 "\\]--&gt;X](images/%E9%97%A8%E8%AF%8A%20blueprint%20%281%29.svg)');
        expect(markdown).not.toContain('```mermaid');
    });

    test('Markdown embeds Mermaid sources in a fence longer than any backtick run inside', () => {
        const text = 'swimlane-beta LR\n  A["```"] --> B\n';
        const markdown = markdownReport({ document, service, locale: 'en', generatedAt: fixedDate, blueprintMermaid: [{ title: `Flow ${hostile.pipe}`, text }] });
        expect(markdown).toContain('### Flow \\| pipe \\|\n\n````mermaid\nswimlane-beta LR\n  A["```"] --> B\n````');
        expect(markdown).not.toContain(reportLabels.en.blueprintMissing);
    });
});

test('the HTML page forbids scripts and remote loads by its Content-Security-Policy and prints on A4', () => {
    const html = htmlReport({ document, service, locale: 'zh-CN', generatedAt: fixedDate });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC"');
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/section\.page-break \{ break-before: page; \}/);
    expect(html).not.toMatch(/<script|<link|<iframe|https?:/i);
});
