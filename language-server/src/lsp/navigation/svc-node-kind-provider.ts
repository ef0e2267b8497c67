import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/**
 * Icons in the outline, breadcrumbs, workspace symbols and completion, per
 * kind of element. They use the analogies of the semantic token types
 * (semantic-tokens/element-token-types.ts), so an element looks alike in the
 * text and in the lists; where LSP has no such symbol kind, the nearest one:
 * a promise is a constant, an improvement an object, bound data a file.
 */
const kinds: Record<string, [SymbolKind, CompletionItemKind]> = {
    Service: [SymbolKind.Namespace, CompletionItemKind.Module],
    Actor: [SymbolKind.Class, CompletionItemKind.Class],
    System: [SymbolKind.Struct, CompletionItemKind.Struct],
    Standard: [SymbolKind.Interface, CompletionItemKind.Interface],
    Kpi: [SymbolKind.Variable, CompletionItemKind.Variable],
    Process: [SymbolKind.Function, CompletionItemKind.Function],
    Stage: [SymbolKind.Enum, CompletionItemKind.Enum],
    Step: [SymbolKind.Method, CompletionItemKind.Method],
    Capacity: [SymbolKind.Property, CompletionItemKind.Property],
    ServicePromise: [SymbolKind.Constant, CompletionItemKind.Constant],
    Feedback: [SymbolKind.Event, CompletionItemKind.Event],
    Improvement: [SymbolKind.Object, CompletionItemKind.Value],
    Measurements: [SymbolKind.File, CompletionItemKind.File],
    Survey: [SymbolKind.File, CompletionItemKind.File]
};

export class SvcNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return kinds[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return kinds[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
