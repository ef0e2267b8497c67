import { CancellationTokenSource } from 'vscode-languageserver';
import { EmptyFileSystem, isOperationCancelled } from 'langium';
import { parseHelper } from 'langium/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { diagnose } from '../../../test/helpers/diagnose.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { allRules } from './rules/index.js';

const spec = `service S {
    actor Guest customer
    process P { step A by Guest { next end } }
}`;

describe('the rules\u2019 validation pass', () => {
    const coverage = allRules.find(rule => rule.id === 'servqual-coverage')!;
    const original = coverage.checks.Service;
    afterEach(() => { coverage.checks.Service = original; vi.restoreAllMocks(); });

    test('a failing rule becomes one internal-error diagnostic on its node, is logged, and the other rules still report', async () => {
        coverage.checks.Service = () => { throw new Error('boom'); };
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const diagnostics = await diagnose(spec);
        expect(diagnostics.filter(d => d.rule === 'internal-error')).toEqual([
            expect.objectContaining({ line: 1, severity: 'error', message: 'An error occurred during validation: boom' })
        ]);
        expect(diagnostics.some(d => d.rule === 'standard-incomplete' || d.rule === 'no-feedback-channel')).toBe(true);
        expect(logged).toHaveBeenCalledWith('An error occurred during validation:', expect.objectContaining({ message: 'boom' }));
    });

    test('runs no rule when only other categories are asked for', async () => {
        const { Svc } = createNodeSvcServices(EmptyFileSystem);
        const document = await parseHelper(Svc)(spec);
        const diagnostics = await Svc.validation.DocumentValidator.validateDocument(document, { categories: ['built-in'] });
        expect(diagnostics.filter(d => d.code !== 'syntax-error' && d.code !== 'unresolved-reference')).toEqual([]);
        expect((await Svc.validation.DocumentValidator.validateDocument(document)).length).toBeGreaterThan(0);
    });

    test('stops soon after being cancelled while the rules run', async () => {
        const waits = allRules.find(rule => rule.id === 'wait-without-standard')!;
        const check = waits.checks.Step!;
        const source = new CancellationTokenSource();
        let checkedSteps = 0;
        waits.checks.Step = (...args) => {
            if (++checkedSteps === 1) source.cancel();
            check(...args);
        };
        try {
            const { Svc } = createNodeSvcServices(EmptyFileSystem);
            const steps = Array.from({ length: 400 }, (_, i) => `step S${i} by Guest { next ${i < 399 ? `S${i + 1}` : 'end'} }`).join('\n');
            const document = await parseHelper(Svc)(`service Big { actor Guest customer process P { ${steps} } }`);
            const outcome = await Svc.validation.DocumentValidator.validateDocument(document, {}, source.token).then(() => 'finished', (error: unknown) => error);
            expect(isOperationCancelled(outcome)).toBe(true);
            expect(checkedSteps).toBeLessThan(400);
        } finally {
            waits.checks.Step = check;
        }
    });
});
