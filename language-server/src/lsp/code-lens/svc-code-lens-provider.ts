import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isKpi, isService, isStandard, type Kpi, type Service, type Standard } from '../../generated/ast.js';
import type { SvcServices } from '../../svc-module.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { codeLensTitles } from './code-lens-titles.js';

/** Opens the blueprint preview of one service; implemented by the extension. */
export const openServiceCommand = 'svc.preview.openService';

/**
 * "Open blueprint" above each service, and above each standard the KPIs that
 * measure it (found through Langium's reference index, across the workspace)
 * or that none does — the question `standard-unmeasured` asks, answered in place.
 */
export class SvcCodeLensProvider implements CodeLensProvider {
    private readonly facts: WorkspaceFacts;

    constructor(private readonly services: SvcServices) {
        this.facts = new WorkspaceFacts(services);
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const lenses: CodeLens[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (isService(node)) this.pushLens(lenses, node, this.openBlueprint(document, node));
            else if (isStandard(node)) this.pushLens(lenses, node, this.measurement(node));
        }
        return lenses;
    }

    private get titles() {
        return codeLensTitles[this.services.i18n.Locale.current];
    }

    private openBlueprint(document: LangiumDocument, service: Service): CodeLens['command'] {
        return { title: this.titles.openBlueprint, command: openServiceCommand, arguments: [document.uri.toString(), service.name] };
    }

    /** A title-only lens: an empty command id makes VS Code show it as plain text. */
    private measurement(standard: Standard): CodeLens['command'] {
        const kpis = [...new Set(this.facts.referencingNodes(standard).filter(isKpi).map(kpi => kpiLabel(kpi, standard)))]
            .sort((a, b) => a.localeCompare(b));
        return { title: kpis.length > 0 ? this.titles.measuredBy(kpis) : this.titles.notMeasured, command: '' };
    }

    private pushLens(lenses: CodeLens[], node: AstNode & { name: string }, command: CodeLens['command']): void {
        const name = this.services.references.NameProvider.getNameNode(node);
        if (name && node.name) lenses.push({ range: name.range, command });
    }
}

/** A KPI as its reader would write it next to the standard: `Bank.Speed` when it belongs to another service. */
function kpiLabel(kpi: Kpi, standard: Standard): string {
    const service = AstUtils.getContainerOfType(kpi, isService);
    return service && service !== AstUtils.getContainerOfType(standard, isService) ? `${service.name}.${kpi.name}` : kpi.name;
}
