import { AstUtils, UriUtils, type AstNode } from 'langium';
import { isService, isStep, type Service } from '../../generated/ast.js';
import { serviceElements } from '../../model/service-elements.js';
import type { SvcServices } from '../../svc-module.js';
import { elementNouns, renameMessages } from './rename-messages.js';
import type { NameSyntax } from './name-syntax.js';

/**
 * Why `element` cannot be renamed to `newName`, in the current locale, or
 * undefined when it can: the name must lex as a name, be free in the
 * element's scope (its service, or the workspace for top-level elements) and
 * must not make an existing reference mean another element.
 */
export function renameProblem(element: AstNode, newName: string, services: SvcServices, syntax: NameSyntax): string | undefined {
    const locale = services.i18n.Locale.current;
    const messages = renameMessages;
    const noun = (type: string) => elementNouns[locale][type] ?? type;
    if (!syntax.isName(newName)) return messages.invalidName[locale]({ name: newName });
    // `next end` ends the process, so neither a step nor a service may be called that.
    if (newName === 'end' && (isStep(element) || isService(element))) return messages.endAfterNext[locale]({ kind: noun(element.$type) });

    const service = AstUtils.getContainerOfType(element.$container, isService);
    if (service) {
        const taken = namedMembers(service, services).find(member => member !== element && nameOf(member, services) === newName);
        if (taken) return messages.takenInService[locale]({ name: newName, kind: noun(taken.$type), service: service.name });
        const captured = referenceCapturedByMember(service, element, newName, services);
        if (captured) return messages.changesMeaning[locale]({ name: newName, ...captured });
    } else {
        const taken = services.shared.workspace.IndexManager.allElements()
            .find(description => description.name === newName && description.node !== element);
        if (taken) return messages.takenInWorkspace[locale]({ name: newName, kind: noun(taken.type), file: UriUtils.basename(taken.documentUri) });
        const shadowed = referenceShadowedByMember(element, newName, services);
        if (shadowed) return messages.changesMeaning[locale]({ name: newName, ...shadowed });
    }
    return undefined;
}

interface Place { file: string; line: number }

/** A reference in `service` written `newName` that now means another element but would then mean `member`. */
function referenceCapturedByMember(service: Service, member: AstNode, newName: string, services: SvcServices): Place | undefined {
    const reflection = services.shared.AstReflection;
    for (const node of AstUtils.streamAst(service)) {
        for (const info of AstUtils.streamReferences(node)) {
            const reference = info.reference;
            if (!('ref' in reference) || reference.$refText !== newName || !reference.ref || reference.ref === member) continue;
            if (reflection.isSubtype(member.$type, reflection.getReferenceType(info))) return placeOf(node, reference.$refNode?.range.start.line);
        }
    }
    return undefined;
}

/** A reference to top-level `element` from inside a service that has a member called `newName` of a type the reference accepts. */
function referenceShadowedByMember(element: AstNode, newName: string, services: SvcServices): Place | undefined {
    const reflection = services.shared.AstReflection;
    const path = services.workspace.AstNodeLocator.getAstNodePath(element);
    for (const description of services.shared.workspace.IndexManager.findAllReferences(element, path)) {
        const document = services.shared.workspace.LangiumDocuments.getDocument(description.sourceUri);
        const source = document && services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.sourcePath);
        const service = source && AstUtils.getContainerOfType(source, isService);
        if (!source || !service) continue;
        const info = AstUtils.streamReferences(source).find(candidate => candidate.reference.$refNode?.offset === description.segment.offset);
        const accepts = (node: AstNode) => info !== undefined && reflection.isSubtype(node.$type, reflection.getReferenceType(info));
        if (namedMembers(service, services).some(member => nameOf(member, services) === newName && accepts(member))) {
            return placeOf(source, description.segment.range.start.line);
        }
    }
    return undefined;
}

function namedMembers(service: Service, services: SvcServices): AstNode[] {
    return serviceElements(service).filter(node => nameOf(node, services) !== undefined);
}

function nameOf(node: AstNode, services: SvcServices): string | undefined {
    return services.references.NameProvider.getName(node);
}

function placeOf(node: AstNode, line: number | undefined): Place {
    return { file: UriUtils.basename(AstUtils.getDocument(node).uri), line: (line ?? 0) + 1 };
}
