import type { DefaultSharedModuleContext, LangiumSharedServices } from 'langium/lsp';
import { nodeWorkspaceFiles } from './files/node-workspace-files.js';
import { createSvcServices, type SvcServices } from './svc-module.js';

/** The services of the CLI and the Node language server: config and data files come from the disk. */
export function createNodeSvcServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Svc: SvcServices } {
    return createSvcServices(context, nodeWorkspaceFiles);
}
