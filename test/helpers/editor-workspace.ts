import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '#protocol/locale.js';
import { type SvcServices } from '../../language-server/src/svc-module.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';

/** Test support for the editor features: in-memory files built as one workspace. */
export interface TestWorkspace {
    shared: LangiumSharedServices;
    svc: SvcServices;
    documents: Record<string, LangiumDocument>;
    /** The position of `fragment`'s `at`-th character in `file`, at its `occurrence`-th appearance. */
    position(file: string, fragment: string, options?: { occurrence?: number; at?: number }): Position;
}

export const uriOf = (file: string) => URI.parse(`file:///workspace/${file}`).toString();

export async function openWorkspace(files: Record<string, string>, locale: Locale = 'en'): Promise<TestWorkspace> {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    const documents: Record<string, LangiumDocument> = {};
    for (const [file, text] of Object.entries(files)) {
        documents[file] = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uriOf(file)));
        shared.workspace.LangiumDocuments.addDocument(documents[file]);
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: false });
    for (const [file, document] of Object.entries(documents)) {
        const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message);
        if (errors.length > 0) throw new Error(`syntax errors in ${file}: ${errors.join('; ')}`);
    }
    return {
        shared, svc: Svc, documents,
        position(file, fragment, { occurrence = 0, at = 0 } = {}) {
            const text = files[file];
            let index = -1;
            for (let i = 0; i <= occurrence; i++) {
                index = text.indexOf(fragment, index + 1);
                if (index < 0) throw new Error(`'${fragment}' #${occurrence} not found in ${file}`);
            }
            return documents[file].textDocument.positionAt(index + at);
        }
    };
}

/** The files' texts after applying a workspace edit, for the files it changes. */
export function applyEdit(workspace: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const changed: Record<string, string> = {};
    for (const [file, document] of Object.entries(workspace.documents)) {
        const edits: TextEdit[] | undefined = edit?.changes?.[document.uri.toString()];
        if (!edits) continue;
        const text = document.textDocument;
        changed[file] = TextDocument.applyEdits(TextDocument.create(text.uri, text.languageId, text.version, text.getText()), edits);
    }
    return changed;
}
