import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { blueprintDiagrams } from './blueprint-view.js';
import type { BlueprintView, GenerateOptions, MermaidDiagram } from '#protocol/diagram.js';
import { flowDiagram } from './flow-view.js';
import { measuredOverlay } from './measured-overlay.js';
import { performanceDiagrams } from './performance-view.js';
import { stepLimit } from './split-process.js';
import { otherStandardsDiagram, processStandardsDiagram } from './standards-view.js';
import { diagramTexts } from './texts.js';

export { blueprintViews, type BlueprintView, type GenerateOptions, type MermaidDiagram } from '#protocol/diagram.js';
export { encodeLabel } from './encode-label.js';

/**
 * Mermaid diagrams of one service, one or more per process (the performance
 * view: its charts of measured data): pure text generation from the blueprint
 * model; node and subgraph ids are generated and every spec string is
 * encoded, so the text is safe whatever the spec says.
 */
export function generateMermaid(service: ServiceModel, view: BlueprintView, options: GenerateOptions = {}): MermaidDiagram[] {
    const texts = diagramTexts(options.locale);
    const processes = service.processes.filter(process => options.process === undefined || process.name === options.process);
    switch (view) {
        case 'blueprint': {
            const overlay = measuredOverlay(service, options.measuredOverlay ?? true);
            return processes.flatMap(process => blueprintDiagrams(process, stepLimit(options.maxStepsPerDiagram), texts, overlay));
        }
        case 'flow':
            return processes.map(process => flowDiagram(process, texts));
        case 'standards': {
            const others = options.process === undefined ? otherStandardsDiagram(service, texts) : undefined;
            return [...processes.map(process => processStandardsDiagram(service, process, texts)), ...others ? [others] : []];
        }
        case 'performance':
            // The service's measured data, whatever process is selected.
            return performanceDiagrams(service, texts);
    }
}
