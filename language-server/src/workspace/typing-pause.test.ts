import { isOperationCancelled } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { typingPauseOf } from './typing-pause.js';

describe('a typing pause', () => {
    test('ends after its time when nothing cancels it', async () => {
        const source = new CancellationTokenSource();
        const started = performance.now();
        await typingPauseOf(30)(source.token);
        expect(performance.now() - started).toBeGreaterThanOrEqual(29);
    });

    test('is cut short by a cancellation, with Langium\'s cancellation', async () => {
        const source = new CancellationTokenSource();
        const pausing = typingPauseOf(60_000)(source.token);
        source.cancel();
        await expect(pausing.catch((error: unknown) => isOperationCancelled(error))).resolves.toBe(true);
    });

    test('does not start when already cancelled', async () => {
        const source = new CancellationTokenSource();
        source.cancel();
        await expect(typingPauseOf(60_000)(source.token).catch((error: unknown) => isOperationCancelled(error))).resolves.toBe(true);
    });
});
