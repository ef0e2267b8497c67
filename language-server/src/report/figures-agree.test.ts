import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { MarkupContent } from 'vscode-languageserver';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import { locales, type Locale } from '#protocol/locale.js';
import { hoverTexts } from '../lsp/hover/hover-texts.js';
import { type SvcServices } from '../svc-module.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { markdownReport } from './index.js';
import { reportLabels } from './report-labels.js';
import { fixedDate, markdownRows } from '../../../test/helpers/report-kit.js';

/**
 * One computed figure reads the same in the hover, the inlay hint, the report
 * and the diagnostic: a lead time of 141 min, an Erlang C wait of 7.8376 s,
 * ρ = 0.5000000000000001 and a demand typed as 300 a year ÷ 365 d.
 */
const spec = `service Branch {
  actor Customer customer
  actor Teller frontstage
  standard Lead { bounds lead-time target <= 2 h }
  standard QuickWait { bounds wait target <= 5 s }
  process Open {
    standard Lead
    step Queue by Customer { wait 21 min next Serve }
    step Serve by Teller { duration 2 h next end }
  }
  process Counter { step Verify by Teller { duration 6 min next end } }
  capacity Desks { serves Verify demand 35 per h servers 7 standard QuickWait }
  capacity Rare { serves Verify demand 0.8219178082191781 per d servers 1 }
}`;

const shown = { leadTime: '2.35 h', wait: '7.84 s', rho: '50 %', demand: { en: '0.82 per d', 'zh-CN': '0.82 / d' } };

async function open(locale: Locale): Promise<{ Svc: SvcServices; document: LangiumDocument }> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    const document = await parseHelper(Svc)(spec, { documentUri: 'memory:///branch.svc', validation: true });
    return { Svc, document };
}

async function hoverOn(Svc: SvcServices, document: LangiumDocument, name: string): Promise<string> {
    const hover = await Svc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: URI.parse('memory:///branch.svc').toString() },
        position: document.textDocument.positionAt(spec.indexOf(` ${name} `) + 1)
    });
    return hover && MarkupContent.is(hover.contents) ? hover.contents.value : '';
}

async function hintLabels(Svc: SvcServices, document: LangiumDocument): Promise<string[]> {
    const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(spec.length) };
    const hints = await Svc.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range }) ?? [];
    return hints.map(hint => String(hint.label));
}

describe.each(locales)('%s: the same figure, the same text everywhere', locale => {
    test('lead time 141 min is 2.35 h in the hover, the inlay hint, the report and the lead-time diagnostic', async () => {
        const { Svc, document } = await open(locale);
        expect(await hoverOn(Svc, document, 'Open')).toContain(`${hoverTexts[locale].leadTime}**${locale === 'en' ? ': ' : '：'}\`${shown.leadTime}\``);
        expect(await hintLabels(Svc, document)).toContain(locale === 'en' ? `lead time ${shown.leadTime}` : `总时长 ${shown.leadTime}`);
        const model = buildBlueprint(document, Svc);
        expect(model.services[0].processes[0].leadTime.text).toBe(shown.leadTime);
        const markdown = markdownReport({ document: model, service: model.services[0], locale, generatedAt: fixedDate });
        const labels = reportLabels[locale];
        expect(markdownRows(markdown, labels.headings.leadTime)[0][1]).toBe(shown.leadTime);
        const messages = markdownRows(markdown, labels.headings.diagnostics).filter(row => row[1] === 'lead-time-exceeds-standard').map(row => row[3]);
        expect(messages).toEqual([expect.stringContaining(` ${shown.leadTime} `)]);
    });

    test('an Erlang C wait of 7.8376 s is 7.84 s and ρ is 50 % in the hover, the inlay hint, the report and the queue diagnostic', async () => {
        const { Svc, document } = await open(locale);
        const hover = await hoverOn(Svc, document, 'Desks');
        expect(hover).toContain(`\`${shown.rho}\``);
        expect(hover).toContain(`\`${shown.wait}\``);
        const separator = locale === 'en' ? ', ' : '，';
        expect(await hintLabels(Svc, document)).toContain(`ρ = ${shown.rho}${separator}Wq = ${shown.wait}`);
        const model = buildBlueprint(document, Svc);
        const markdown = markdownReport({ document: model, service: model.services[0], locale, generatedAt: fixedDate });
        const labels = reportLabels[locale];
        expect(markdownRows(markdown, labels.headings.capacity)[0].slice(5, 7)).toEqual([shown.rho, shown.wait]);
        const messages = markdownRows(markdown, labels.headings.diagnostics).filter(row => row[1] === 'queue-wait-exceeds-standard').map(row => row[3]);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain(`Wq = ${shown.wait}`);
        expect(messages[0]).toContain(`ρ = ${shown.rho}`);
    });

    test('a demand of 0.8219178082191781 per d reads 0.82 per d in the hover and the report', async () => {
        const { Svc, document } = await open(locale);
        expect(await hoverOn(Svc, document, 'Rare')).toContain(`\`${shown.demand[locale]}\``);
        const model = buildBlueprint(document, Svc);
        const markdown = markdownReport({ document: model, service: model.services[0], locale, generatedAt: fixedDate });
        expect(markdownRows(markdown, reportLabels[locale].headings.capacity)[1][2]).toBe(shown.demand[locale]);
    });
});
