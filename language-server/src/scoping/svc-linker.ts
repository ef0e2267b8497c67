import { DefaultLinker, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { forEachReference } from './reference-walk.js';

/** Langium's linking, in Langium's order, by a plain walk that looks at cancellation every few hundred nodes (forEachReference). */
export class SvcLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await forEachReference(document.parseResult.value, reference => this.doLink(reference, document), cancelToken);
    }
}
