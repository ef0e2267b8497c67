import type { LangiumDocument, Lexer } from 'langium';
import { CompletionTriggerKind, type CompletionContext } from 'vscode-languageserver';
import { completionParseStart } from './completion-parse-start.js';

/**
 * Characters that open the completion list without Ctrl+Space: a space after a
 * keyword that names another element, a dot after a qualifier (`Other.`).
 */
export const completionTriggerCharacters = [' ', '.'];

/** Keywords followed by a reference (the grammar's `'by' performer=[Performer]` and the like). */
export const referenceKeywords: ReadonlySet<string> = new Set([
    'by', 'next', 'measures', 'standard', 'recover', 'serves', 'feeds', 'addresses', 'owner'
]);

/**
 * Whether a completion request should be answered. Asked for (Ctrl+Space, or typing a
 * letter) always; typed as a trigger character only where a reference comes next —
 * after a reference keyword, or after `Name.` — so that typing prose or a title does
 * not pop lists.
 */
export function wantsCompletion(lexer: Lexer, document: LangiumDocument, offset: number, context: CompletionContext | undefined): boolean {
    if (context?.triggerKind !== CompletionTriggerKind.TriggerCharacter) return true;
    // Lexing from the enclosing top-level element keeps a keystroke cheap in a long file.
    const text = document.textDocument.getText().substring(completionParseStart(document, offset), offset);
    const { tokens, hidden, errors } = lexer.tokenize(text);
    const lineStart = text.lastIndexOf('\n') + 1;
    // An unclosed string or a stray character on the line: what is typed may be prose.
    if (errors.some(error => error.offset >= lineStart)) return false;
    const [last, beforeLast] = tokens.slice(-2).reverse();
    // Inside or right after a comment, nothing is completed.
    if (!last || hidden.some(comment => comment.endOffset! >= last.startOffset)) return false;
    const rest = text.substring(last.endOffset! + 1);
    if (context.triggerCharacter === '.') return last.image === '.' && rest === '' && /\p{L}/u.test(beforeLast?.image ?? '');
    return context.triggerCharacter === ' ' && referenceKeywords.has(last.image) && /^\s+$/.test(rest);
}
