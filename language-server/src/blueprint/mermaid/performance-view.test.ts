import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateMermaid } from './index.js';
import { parseChart, servicesOfFiles } from './test-support.js';

const examples = resolve(import.meta.dirname, '../../../../examples');

describe('performance view of the telecom example', () => {
    test('a chart per KPI, then the survey radar and its importance matrix, all parsed by Mermaid', async () => {
        const [{ service }] = await servicesOfFiles([resolve(examples, 'telecom/broadband-installation.svc')]);
        for (const locale of ['en', 'zh-CN'] as const) {
            const diagrams = generateMermaid(service, 'performance', { locale });
            const types = await Promise.all(diagrams.map(async diagram => (await parseChart(diagram.text)).type));
            expect(types).toEqual([...Array(6).fill('xychart'), 'radar', 'quadrantChart']);
        }
    });
});
