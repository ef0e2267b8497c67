import { AstUtils, CstUtils, UriUtils, type AstNode, type LangiumDocument, type LeafCstNode, type URI } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isService } from '../../generated/ast.js';
import { serviceElements } from '../../model/service-elements.js';
import type { SvcServices } from '../../svc-module.js';

export interface NameOccurrence {
    uri: URI;
    range: Range;
    /** The element's own name, as opposed to a reference to it. */
    declaration: boolean;
}

/**
 * Every place that spells an element's name: its declaration, each reference
 * to it (only `Fast` of `Bank.Fast`) and, for a service, the `Bank` of each
 * `Bank.Member`. Renaming edits exactly these; highlighting shows them.
 * References come from Langium's reference index, never from a text search.
 */
export function nameOccurrences(element: AstNode, services: SvcServices, onlyIn?: URI): NameOccurrence[] {
    const occurrences: NameOccurrence[] = [];
    const nameNode = services.references.NameProvider.getNameNode(element);
    const home = AstUtils.getDocument(element).uri;
    if (nameNode && (!onlyIn || UriUtils.equals(home, onlyIn))) {
        occurrences.push({ uri: home, range: nameNode.range, declaration: true });
    }
    for (const { document, tokens } of referencesTo(element, services, onlyIn)) {
        occurrences.push({ uri: document.uri, range: tokens.last.range, declaration: false });
    }
    if (isService(element)) {
        const members = serviceElements(element).filter(node => services.references.NameProvider.getName(node) !== undefined);
        for (const member of members) {
            for (const { document, tokens } of referencesTo(member, services, onlyIn)) {
                if (tokens.first !== tokens.last) occurrences.push({ uri: document.uri, range: tokens.first.range, declaration: false });
            }
        }
    }
    return occurrences;
}

interface WrittenReference {
    document: LangiumDocument;
    /** `Bank` and `Fast` of `Bank.Fast`; the same token twice for a plain `Fast`. */
    tokens: { first: LeafCstNode; last: LeafCstNode };
}

function* referencesTo(target: AstNode, services: SvcServices, onlyIn: URI | undefined): Generator<WrittenReference> {
    const path = services.workspace.AstNodeLocator.getAstNodePath(target);
    for (const reference of services.shared.workspace.IndexManager.findAllReferences(target, path)) {
        if (onlyIn && !UriUtils.equals(reference.sourceUri, onlyIn)) continue;
        const document = services.shared.workspace.LangiumDocuments.getDocument(reference.sourceUri);
        const root = document?.parseResult.value.$cstNode;
        if (!document || !root) continue;
        // A written reference starts and ends with a name token.
        const first = CstUtils.findLeafNodeAtOffset(root, reference.segment.offset);
        const last = CstUtils.findLeafNodeAtOffset(root, reference.segment.end - 1);
        if (first && last) yield { document, tokens: { first, last } };
    }
}
