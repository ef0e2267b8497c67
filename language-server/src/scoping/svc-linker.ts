import { DefaultLinker, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { walkAst } from './ast-walk.js';

/** Langium's linking, in Langium's order, by a plain walk that looks at cancellation every few hundred nodes (walkAst). */
export class SvcLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await walkAst(document.parseResult.value, { reference: reference => this.doLink(reference, document) }, cancelToken);
    }
}
