import * as z from 'zod';
import { blueprintDocumentSchema } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import type { WorkspaceCheck } from '../workspace/check-files.js';
import { measuredExportSchema } from '#protocol/measured-schema.js';
import { measuredExport } from './measured-export.js';

/**
 * `svc export --format json`: every checked file with its blueprint model and
 * the measured data of its KPIs and surveys (documented in docs/export-format.md).
 */
export const workspaceExportSchema = z.object({
    version: z.literal(1),
    generator: z.string(),
    files: z.array(z.object({ path: z.string(), model: blueprintDocumentSchema, measured: measuredExportSchema }))
});

export type WorkspaceExport = z.infer<typeof workspaceExportSchema>;

export function exportWorkspace(check: WorkspaceCheck, displayPath: (file: string) => string, generator: string): WorkspaceExport {
    const measured = check.services.measured.MeasuredData.current();
    const exported: WorkspaceExport = {
        version: 1,
        generator,
        files: check.files.map(file => ({
            path: displayPath(file.file),
            model: buildBlueprint(file.document, check.services),
            measured: measuredExport(file.document, measured, displayPath)
        }))
    };
    // The schema is the contract: never print something that does not match it.
    return workspaceExportSchema.parse(exported);
}
