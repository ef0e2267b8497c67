import { DocumentState, isOperationCancelled, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { blueprintRequestMethod, blueprintRequestParamsSchema, type BlueprintDocument } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import type { SvcServices } from '../svc-module.js';

/** `svc/blueprint { uri }`: the blueprint model of a document, once it is validated. */
export function serveBlueprints(shared: LangiumSharedServices, svc: SvcServices): void {
    shared.lsp.Connection?.onRequest(blueprintRequestMethod, async (params: unknown, cancelToken): Promise<BlueprintDocument> => {
        const parsed = blueprintRequestParamsSchema.safeParse(params);
        if (!parsed.success) throw new ResponseError(-32602, `svc/blueprint expects { uri: string }: ${parsed.error.message}`);
        const uri = URI.parse(parsed.data.uri);
        const documents = shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) throw new ResponseError(-32602, `not a known .svc document: ${parsed.data.uri}`);
        // Cancelled ($/cancelRequest) while waiting: RequestCancelled, as Langium's own handlers answer, not InternalError.
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, cancelToken).catch((error: unknown) => {
            throw isOperationCancelled(error) ? new ResponseError(LSPErrorCodes.RequestCancelled, 'svc/blueprint cancelled') : error;
        });
        const document = documents.getDocument(uri)!;
        return buildBlueprint(document, svc, shared.workspace.TextDocuments?.get(parsed.data.uri)?.version ?? 0);
    });
}
