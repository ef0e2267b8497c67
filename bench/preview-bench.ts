import { buildBlueprint } from '../language-server/src/blueprint/build-blueprint.js';
import { generateMermaid } from '../language-server/src/blueprint/mermaid/index.js';
import { HeadlessRenderer } from '../language-server/src/render/headless-renderer.js';
import { checkFiles } from '../language-server/src/workspace/check-files.js';
import { generateBlueprintSpec } from './generate-workspace.js';
import { medianOf } from './measure.js';
import { writeWorkspace } from './workspace-files.js';

export interface PreviewTimes {
    steps: number;
    diagrams: number;
    /** buildBlueprint plus generateMermaid: what the preview adds to a validated document. */
    modelAndTextMs: number;
    /** Mermaid in headless Chromium, for the same diagrams: the preview's floor. */
    renderMs: number;
}

/** The preview of one service with a process of `steps` steps, in the blueprint view (25 steps a diagram, the default). */
export async function previewTimes(renderer: HeadlessRenderer, steps: number, runs: number): Promise<PreviewTimes> {
    const { paths } = writeWorkspace(`preview-${steps}`, [{ name: 'blueprint.svc', text: generateBlueprintSpec(steps) }]);
    const { files: [file], services } = await checkFiles(paths);
    const diagramsOf = () => generateMermaid(buildBlueprint(file.document, services).services[0], 'blueprint', { maxStepsPerDiagram: 25 });
    const modelAndTextMs = await medianOf(runs, diagramsOf);
    const diagrams = diagramsOf();
    await renderer.render(diagrams, { locale: 'en', theme: 'light' }); // warm Mermaid up
    // One render of 500 steps takes about half a minute: fewer runs keep `npm run bench` under 10 minutes.
    const renderMs = await medianOf(steps >= 500 ? 1 : runs, () => renderer.render(diagrams, { locale: 'en', theme: 'light' }));
    return { steps, diagrams: diagrams.length, modelAndTextMs, renderMs };
}
