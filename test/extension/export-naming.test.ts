import { describe, expect, it } from 'vitest';
import { defaultExportFileName, fileNamePart, numberedFileNames, specStem, withExportExtension } from '../../extension/src/export/export-naming.js';
import { mayWrite, overwriteDecision, samePath } from '../../extension/src/export/overwrite.js';

describe('export file names', () => {
    it('proposes <spec>.<service>.<view>.<ext> beside the spec', () => {
        expect(defaultExportFileName('return-refund.svc', 'ReturnRefund', 'blueprint', 'svg')).toBe('return-refund.ReturnRefund.blueprint.svg');
        expect(defaultExportFileName('return-refund.svc', 'ReturnRefund', 'flow', 'png')).toBe('return-refund.ReturnRefund.flow.png');
        expect(defaultExportFileName('return-refund.svc', 'ReturnRefund', 'standards', 'mermaid')).toBe('return-refund.ReturnRefund.standards.mmd');
    });

    it('names reports after the service, whatever the view', () => {
        expect(defaultExportFileName('a.svc', 'S', 'flow', 'markdown')).toBe('a.S.report.md');
        expect(defaultExportFileName('a.svc', 'S', 'standards', 'html')).toBe('a.S.report.html');
        expect(defaultExportFileName('a.svc', 'S', 'performance', 'pdf')).toBe('a.S.report.pdf');
        expect(defaultExportFileName('a.svc', 'S', 'blueprint', 'docx')).toBe('a.S.report.docx');
        expect(withExportExtension('客户报告', 'docx')).toBe('客户报告.docx');
        expect(withExportExtension('report.PDF', 'pdf')).toBe('report.PDF');
    });

    it('keeps Chinese names and replaces what file systems refuse', () => {
        expect(defaultExportFileName('退货.svc', '退货/退款', 'blueprint', 'svg')).toBe('退货.退货_退款.blueprint.svg');
        expect(fileNamePart('a:b*c?"d<e>f|g\\h')).toBe('a_b_c__d_e_f_g_h');
        expect(fileNamePart('tab\there')).toBe('tab_here');
        expect(fileNamePart('two   spaces')).toBe('two spaces');
        expect(fileNamePart('...')).toBe('_');
        expect(fileNamePart('  .hidden. ')).toBe('hidden');
        expect(specStem('Spec.SVC')).toBe('Spec');
        expect(specStem('notes.txt')).toBe('notes.txt');
    });

    it('adds the extension when the dialog returns a bare name', () => {
        expect(withExportExtension('diagram', 'svg')).toBe('diagram.svg');
        expect(withExportExtension('diagram.SVG', 'svg')).toBe('diagram.SVG');
        expect(withExportExtension('diagram.svg', 'png')).toBe('diagram.svg.png');
        expect(withExportExtension('source', 'mermaid')).toBe('source.mmd');
    });

    it('numbers the files of a split view', () => {
        expect(numberedFileNames('a.S.blueprint.svg', 1)).toEqual(['a.S.blueprint.svg']);
        expect(numberedFileNames('a.S.blueprint.svg', 3)).toEqual(['a.S.blueprint.svg', 'a.S.blueprint-2.svg', 'a.S.blueprint-3.svg']);
        expect(numberedFileNames('bare', 2)).toEqual(['bare', 'bare-2']);
        expect(numberedFileNames('x.svg', 0)).toEqual(['x.svg']);
    });
});

describe('overwriting', () => {
    const spec = '/work/specs/refund.svc';

    it('writes when nothing exists', () => {
        const decision = overwriteDecision([{ path: '/work/specs/a.svg', exists: false }], spec, false);
        expect(decision).toBe('write');
        expect(mayWrite(decision, undefined)).toBe(true);
    });

    it('asks when any target exists, and writes only on an explicit yes', () => {
        const decision = overwriteDecision([{ path: '/work/specs/a.svg', exists: false }, { path: '/work/specs/a-2.svg', exists: true }], spec, false);
        expect(decision).toBe('confirm');
        expect(mayWrite(decision, true)).toBe(true);
        expect(mayWrite(decision, false)).toBe(false);
        expect(mayWrite(decision, undefined)).toBe(false);
    });

    it('never replaces the spec itself, even when confirmed', () => {
        const decision = overwriteDecision([{ path: spec, exists: true }], spec, false);
        expect(decision).toBe('refuse');
        expect(mayWrite(decision, true)).toBe(false);
        expect(overwriteDecision([{ path: '/work/specs/Refund.SVC', exists: true }], spec, true)).toBe('refuse');
        expect(overwriteDecision([{ path: '/work/specs/Refund.SVC', exists: true }], spec, false)).toBe('confirm');
    });

    it('compares Windows paths by separator and, where the file system does, ignoring case', () => {
        expect(samePath('C:\\Specs\\a.svc', 'c:/specs/a.svc', true)).toBe(true);
        expect(samePath('/a/b/', '/a/b', false)).toBe(true);
        expect(samePath('/a/B', '/a/b', false)).toBe(false);
    });
});
