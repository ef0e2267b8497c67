import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid, type MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import type { Locale } from '#protocol/locale.js';
import { overlayViews, processViews, type PickerOption, type PreviewTheme, type PreviewView, type UpdateMessage } from '#protocol/preview-messages.js';

/** What the user picked in the preview's toolbar. */
export interface PreviewSelection {
    view: PreviewView;
    /** null: the first service of the file. */
    service: string | null;
    /** null: all processes. */
    process: string | null;
}

export interface PreviewInputs {
    /** The spec's URI: part of the scene, so that another file is fitted afresh. */
    document: string;
    /** The last valid model (or the first one seen, when the file never parsed cleanly). */
    model: BlueprintDocument | undefined;
    selection: PreviewSelection;
    theme: PreviewTheme;
    locale: Locale;
    maxStepsPerDiagram: number;
    /** Mark the steps whose standard is not met (the panel's toggle, else `svc.preview.measuredOverlay`). */
    measuredOverlay: boolean;
    /** The current text has syntax errors, so `model` is older than the text. */
    stale: boolean;
    /** A localised problem to show (no service, server failure), or null. */
    notice: string | null;
}

function pickerOption(element: { name: string; title?: string }): PickerOption {
    return { name: element.name, label: element.title && element.title !== element.name ? `${element.title} (${element.name})` : element.name };
}

/** The service the selection names, else the file's first; undefined when the file has none. */
export function selectedService(model: BlueprintDocument | undefined, selection: PreviewSelection): ServiceModel | undefined {
    const services = model?.services ?? [];
    return services.find(service => service.name === selection.service) ?? services[0];
}

/** The process the selection names if the service still has it; null (all) otherwise. */
function selectedProcess(service: ServiceModel | undefined, selection: PreviewSelection): string | null {
    return service?.processes.some(process => process.name === selection.process) ? selection.process : null;
}

/** Whether the service has measured verdicts for the overlay to show (else the toolbar offers no toggle). */
function hasMeasuredVerdicts(service: ServiceModel): boolean {
    return (service.measured?.kpis.length ?? 0) > 0 || service.standards.some(standard => standard.measured !== undefined);
}

/** The diagrams the selection shows (Mermaid text only: cheap, so the host makes them). */
export function selectedDiagrams(inputs: PreviewInputs, view: PreviewView = inputs.selection.view): MermaidDiagram[] {
    const service = selectedService(inputs.model, inputs.selection);
    if (!service) return [];
    const process = view === inputs.selection.view && processViews.includes(view) ? selectedProcess(service, inputs.selection) : null;
    return generateMermaid(service, view, {
        locale: inputs.locale,
        maxStepsPerDiagram: inputs.maxStepsPerDiagram,
        measuredOverlay: inputs.measuredOverlay,
        ...(process ? { process } : {})
    });
}

/**
 * A short fingerprint of what is drawn: equal keys mean the webview need not draw again. Of the whole
 * diagrams, not their text alone: the renderer draws stage headers and the legend from their other fields.
 */
export function renderKey(diagrams: readonly MermaidDiagram[], theme: PreviewTheme): string {
    const text = `${theme}\u0000${JSON.stringify(diagrams)}`;
    // FNV-1a, twice with different seeds: 64 bits are plenty to tell two versions of one spec apart.
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ text.length;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x5bd1e995);
    }
    return `${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}-${text.length}`;
}

/** The complete state of the webview for these inputs. */
export function previewUpdate(inputs: PreviewInputs): UpdateMessage {
    const service = selectedService(inputs.model, inputs.selection);
    const diagrams = selectedDiagrams(inputs);
    const view = inputs.selection.view;
    const process = selectedProcess(service, inputs.selection);
    return {
        type: 'update',
        renderKey: renderKey(diagrams, inputs.theme),
        scene: JSON.stringify([inputs.document, view, service?.name ?? null, processViews.includes(view) ? process : null]),
        diagrams,
        theme: inputs.theme,
        view,
        services: (inputs.model?.services ?? []).map(pickerOption),
        service: service?.name ?? null,
        // No process picker where the view is about the whole service; the pick is kept for the other views.
        processes: processViews.includes(view) ? (service?.processes ?? []).map(pickerOption) : [],
        process,
        measuredOverlay: service && overlayViews.includes(view) && hasMeasuredVerdicts(service) ? inputs.measuredOverlay : null,
        stale: inputs.stale,
        notice: inputs.notice
    };
}
