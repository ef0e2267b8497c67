import { AstUtils, type LangiumDocument } from 'langium';
import type { SvcServices } from '../../svc-module.js';

/**
 * Names a new element must not take: every name declared in its file, and every name
 * the workspace exports (top-level elements are visible everywhere, members as `Service.Member`).
 */
export function takenNames(services: SvcServices, document: LangiumDocument): Set<string> {
    const taken = new Set<string>();
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const name = (node as { name?: unknown }).name;
        if (typeof name === 'string') taken.add(name);
    }
    for (const description of services.shared.workspace.IndexManager.allElements()) {
        taken.add(description.name.split('.').at(-1)!);
    }
    return taken;
}

/** `base`, else `base2`, `base3`, … — the first that is not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
    if (!taken.has(base)) return base;
    let counter = 2;
    while (taken.has(`${base}${counter}`)) counter++;
    return `${base}${counter}`;
}
