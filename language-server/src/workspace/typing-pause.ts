import { OperationCancelled } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/** Resolves when the typing has paused; rejects with Langium's `OperationCancelled` when `token` is cancelled first. */
export type TypingPause = (token: CancellationToken) => Promise<void>;

/**
 * A pause of `ms` milliseconds: an edit that comes within it cancels the build
 * waiting on it (the editor sends a change per keystroke).
 */
export function typingPauseOf(ms: number): TypingPause {
    return token => new Promise<void>((resolve, reject) => {
        if (token.isCancellationRequested) {
            reject(OperationCancelled);
            return;
        }
        const listening = token.onCancellationRequested(() => {
            clearTimeout(timer);
            reject(OperationCancelled);
        });
        const timer = setTimeout(() => {
            listening.dispose();
            resolve();
        }, ms);
    });
}
