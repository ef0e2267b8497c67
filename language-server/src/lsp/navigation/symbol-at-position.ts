import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Position } from 'vscode-languageserver';
import { isService } from '../../generated/ast.js';
import type { SvcServices } from '../../svc-module.js';
import { isQualifier } from './name-tokens.js';

export interface SymbolAtPosition {
    /** The element that the name under the cursor stands for. */
    element: AstNode;
    /** The name token under the cursor. */
    token: LeafCstNode;
}

/**
 * The element named at `position`: a declared name, a reference, or the
 * `Bank` of `Bank.Fast` — which stands for the service, not for `Fast`.
 */
export function symbolAt(document: LangiumDocument, position: Position, services: SvcServices): SymbolAtPosition | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(position);
    const token = CstUtils.findDeclarationNodeAtOffset(root, offset, services.parser.GrammarConfig.nameRegexp);
    if (!token) return undefined;
    const [declared] = services.references.References.findDeclarations(token);
    if (!declared) return undefined;
    const element = isQualifier(token) ? AstUtils.getContainerOfType(declared, isService) : declared;
    return element ? { element, token } : undefined;
}
