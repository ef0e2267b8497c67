import { AstUtils, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { nodesBetweenCancellationChecks } from '../workspace/cancellation.js';

/** Langium's linking, looking at cancellation every few hundred nodes (see nodesBetweenCancellationChecks). */
export class SvcLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (++visited % nodesBetweenCancellationChecks === 0) await interruptAndCheck(cancelToken);
            for (const reference of AstUtils.streamReferences(node)) this.doLink(reference, document);
        }
    }
}
