import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { generateSpecs } from './generate-specs.js';

/** Examples (one refers into the other's library), `generated` generated specs, and a half-written one with unresolved references. */
export function referenceWorkspaceFiles(generated: number): Record<string, string> {
    const example = (path: string) => readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf-8');
    return {
        'library.svc': example('hospitality/hotel-library.svc'),
        'room.svc': example('hospitality/room-service.svc'),
        ...Object.fromEntries(generateSpecs(generated).map((spec, index) => [`generated-${index}.svc`, spec.text])),
        'broken.svc': 'service S { actor A frontstage step X by A { next Y } process P { step Y by A, B { next S.Y, Missing } } step Z { standard } }'
    };
}

/** The files linked in a fresh container, without validation: for comparing scoping and indexing with Langium's own. */
export async function linkedWorkspace(files: Record<string, string>) {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return { Svc, documents };
}
