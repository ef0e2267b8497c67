import { EmptyFileSystem, isOperationCancelled, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { createNodeSvcServices } from '../svc-node-services.js';

const { Svc } = createNodeSvcServices(EmptyFileSystem);

/** 400 steps, each referring to its performer and (but the last) the next step: 799 references. */
async function bigProcess(): Promise<LangiumDocument> {
    const steps = Array.from({ length: 400 }, (_, i) => `step S${i} by Guest { next ${i < 399 ? `S${i + 1}` : 'end'} }`).join('\n');
    return parseHelper(Svc)(`service Big { actor Guest customer process P { ${steps} } }`);
}

const cancelled = () => {
    const source = new CancellationTokenSource();
    source.cancel();
    return source.token;
};

const outcomeOf = (work: Promise<unknown>) => work.then(() => 'finished', (error: unknown) => error);

describe('cancellation of the workspace passes, looked at every few hundred nodes', () => {
    test('linking stops part way', async () => {
        const document = await bigProcess();
        Svc.references.Linker.unlink(document);
        expect(isOperationCancelled(await outcomeOf(Svc.references.Linker.link(document, cancelled())))).toBe(true);
        const linked = document.references.filter(reference => 'ref' in reference && reference.ref !== undefined).length;
        expect(linked).toBeGreaterThan(0);
        expect(linked).toBeLessThan(800);
    });

    test('indexing references stops', async () => {
        const document = await bigProcess();
        const descriptions = Svc.workspace.ReferenceDescriptionProvider;
        expect((await descriptions.createDescriptions(document)).length).toBe(799);
        expect(isOperationCancelled(await outcomeOf(descriptions.createDescriptions(document, cancelled())))).toBe(true);
    });
});
