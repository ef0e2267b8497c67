import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams, type Position } from 'vscode-languageserver';
import { isCapacity, isKpi, isProcess, isStep, type Capacity, type Kpi, type Process, type Step } from '../../generated/ast.js';
import type { SvcLocale } from '#protocol/locale.js';
import type { MeasuredData } from '../../measured/measured-data.js';
import { formatPeriod } from '../../measured/periods.js';
import { formatMinutes, formatPercent } from '../../model/format-quantity.js';
import { laneOf } from '../../model/lanes.js';
import { analyseProcess } from '../../model/process-flow.js';
import { queueAt } from '../../model/queue.js';
import { satisfies } from '../../model/units.js';
import { fileName, measuredValue, readKpi, standingWords } from '../hover/kpi-reading.js';
import { hintLabels } from './hint-labels.js';

/**
 * What the model computes, shown where it applies: a process's lead time,
 * a capacity's utilisation ρ and queue wait Wq, the lane a step's
 * performer puts it in, and a KPI's latest measured value.
 */
export class SvcInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly locale: SvcLocale, private readonly measured: MeasuredData) {
        super();
    }

    /** Langium visits every node that overlaps the range, so a process enclosing it would add a hint outside. */
    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const hints = await super.getInlayHints(document, params, cancelToken);
        const { start, end } = params.range;
        const offset = (position: Position) => document.textDocument.offsetAt(position);
        return hints?.filter(hint => offset(hint.position) >= offset(start) && offset(hint.position) <= offset(end));
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isProcess(node)) this.leadTime(node, acceptor);
        else if (isCapacity(node)) this.queue(node, acceptor);
        else if (isStep(node)) this.lane(node, acceptor);
        else if (isKpi(node)) this.latestValue(node, acceptor);
    }

    private get labels() {
        return hintLabels[this.locale.current];
    }

    /** After the process's name (and title); a process without steps has no lead time. */
    private leadTime(process: Process, acceptor: InlayHintAcceptor): void {
        const position = headerEnd(process);
        const flow = analyseProcess(process);
        if (!position || flow.steps.length === 0) return;
        acceptor({
            position,
            label: this.labels.leadTime(formatMinutes(flow.leadTime.minutes)),
            tooltip: this.labels.leadTimeTooltip(flow.leadTime.criticalPath.map(step => step.name)),
            paddingLeft: true
        });
    }

    /** After the capacity's name (and title), once demand, servers and the served step's duration are known. */
    private queue(capacity: Capacity, acceptor: InlayHintAcceptor): void {
        const position = headerEnd(capacity);
        const figures = queueAt(capacity);
        if (!position || !figures) return;
        const rho = formatPercent(figures.rho);
        // Same tolerance as capacity-overload: ρ computed as 0.9999999999999998 is 1.
        const overloaded = !satisfies(figures.rho, '<', 1);
        const wait = figures.waitMinutes === undefined ? undefined : formatMinutes(figures.waitMinutes);
        acceptor({
            position,
            label: overloaded ? this.labels.overloaded : this.labels.queue(rho, wait),
            tooltip: overloaded ? this.labels.overloadedTooltip(rho) : this.labels.queueTooltip(rho, wait),
            paddingLeft: true
        });
    }

    /** After `by X`: the performer's lane, which is the step's lane in the blueprint. */
    private lane(step: Step, acceptor: InlayHintAcceptor): void {
        const lane = laneOf(step);
        const position = step.performer?.$refNode?.range.end;
        if (!lane || !position) return;
        acceptor({ position, label: `: ${this.labels.lane[lane]}`, kind: InlayHintKind.Type });
    }

    /** After the KPI's name (and title): its latest value and period; nothing for a KPI without data. */
    private latestValue(kpi: Kpi, acceptor: InlayHintAcceptor): void {
        const position = headerEnd(kpi);
        const reading = readKpi(kpi, this.measured.current().kpi(kpi));
        if (!position || !reading) return;
        const { latest, standing } = reading;
        acceptor({
            position,
            label: this.labels.kpiValue(measuredValue(latest.value, kpi.unit), formatPeriod(latest.period)),
            tooltip: this.labels.kpiTooltip(standing && standingWords[this.locale.current][standing], fileName(latest.file), latest.line + 1),
            paddingLeft: true
        });
    }
}

/** The end of `process NAME "title"`: where the header's words stop. */
function headerEnd(node: Process | Capacity | Kpi): Position | undefined {
    const property = node.title === undefined ? 'name' : 'title';
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range.end;
}
