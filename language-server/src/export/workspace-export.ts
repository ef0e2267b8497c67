import { z } from 'zod';
import { blueprintDocumentSchema } from '../blueprint/blueprint-schema.js';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import type { WorkspaceCheck } from '../workspace/check-files.js';

/** `svc export --format json`: every checked file with its blueprint model (documented in docs/export-format.md). */
export const workspaceExportSchema = z.object({
    version: z.literal(1),
    generator: z.string(),
    files: z.array(z.object({ path: z.string(), model: blueprintDocumentSchema }))
});

export type WorkspaceExport = z.infer<typeof workspaceExportSchema>;

export function exportWorkspace(check: WorkspaceCheck, displayPath: (file: string) => string, generator: string): WorkspaceExport {
    const exported: WorkspaceExport = {
        version: 1,
        generator,
        files: check.files.map(file => ({ path: displayPath(file.file), model: buildBlueprint(file.document, check.services) }))
    };
    // The schema is the contract: never print something that does not match it.
    return workspaceExportSchema.parse(exported);
}
