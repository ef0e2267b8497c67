import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isKpi, isService, isStandard, type Service, type Standard } from '../../generated/ast.js';
import { kpiLabel, standardMeasurements, type StandardMeasurement } from '../../measured/standard-measurements.js';
import { formatPeriod } from '../../measured/periods.js';
import type { SvcServices } from '../../svc-module.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { measuredValue } from '../hover/kpi-reading.js';
import { codeLensTitles } from './code-lens-titles.js';

/** Opens the blueprint preview of one service; implemented by the extension. */
export const openServiceCommand = 'svc.preview.openService';

/**
 * "Open blueprint" above each service, and above each standard the KPIs that
 * measure it (found through Langium's reference index, across the workspace)
 * or that none does — the question `standard-unmeasured` asks, answered in place —
 * and, when they have data, whether their latest values meet it (`standard-not-met`).
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
            else if (isStandard(node)) this.standardLenses(lenses, node);
        }
        return lenses;
    }

    private get titles() {
        return codeLensTitles[this.services.i18n.Locale.current];
    }

    private openBlueprint(document: LangiumDocument, service: Service): CodeLens['command'] {
        return { title: this.titles.openBlueprint, command: openServiceCommand, arguments: [document.uri.toString(), service.name] };
    }

    /** Title-only lenses: an empty command id makes VS Code show them as plain text. */
    private standardLenses(lenses: CodeLens[], standard: Standard): void {
        const kpis = [...new Set(this.facts.referencingNodes(standard).filter(isKpi))]
            .map(kpi => ({ kpi, label: kpiLabel(kpi, standard) }))
            .sort((a, b) => a.label.localeCompare(b.label));
        const labels = [...new Set(kpis.map(({ label }) => label))];
        this.pushLens(lenses, standard, { title: labels.length > 0 ? this.titles.measuredBy(labels) : this.titles.notMeasured, command: '' });
        const verdict = this.verdict(standard);
        if (verdict) this.pushLens(lenses, standard, { title: verdict, command: '' });
    }

    /**
     * "met" with the latest values, or "not met" with those that break the target; none when no KPI
     * with data is compared (no data, a bare target, a compliance rate in % of a time standard).
     */
    private verdict(standard: Standard): string | undefined {
        const compared = standardMeasurements(standard, node => this.facts.referencingNodes(node), this.services.measured.MeasuredData.current());
        if (compared.length === 0) return undefined;
        const reading = ({ kpi, label, latest }: StandardMeasurement, named: boolean) =>
            this.titles.reading(named ? label : undefined, measuredValue(latest.value, kpi.unit), formatPeriod(latest.period));
        const breaking = compared.filter(({ met }) => !met);
        return breaking.length > 0
            ? this.titles.notMet(breaking.map(item => reading(item, true)))
            : this.titles.met(compared.map(item => reading(item, compared.length > 1)));
    }

    private pushLens(lenses: CodeLens[], node: AstNode & { name: string }, command: CodeLens['command']): void {
        const name = this.services.references.NameProvider.getNameNode(node);
        if (name && node.name) lenses.push({ range: name.range, command });
    }
}
