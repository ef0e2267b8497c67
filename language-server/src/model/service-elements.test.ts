import { readFileSync } from 'node:fs';
import { AstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { generateSpecs } from '../../../test/helpers/generate-specs.js';
import { isService, isStep, type Model, type Service } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { serviceElements, serviceSteps } from './service-elements.js';

const parse = parseHelper<Model>(createNodeSvcServices(EmptyFileSystem).Svc);

async function servicesOf(text: string): Promise<Service[]> {
    return (await parse(text)).parseResult.value.elements.filter(isService);
}

const name = (node: AstNode) => (node as { name?: string }).name;

describe('service elements', () => {
    test('steps of every process, staged or not, in written order; nothing from other services', async () => {
        const [service] = await servicesOf('service S { process P { step A { next end } } process Q { stage G { step B { next end } } step C { next end } } } service T { process R { step D { next end } } }');
        expect(serviceSteps(service).map(name)).toEqual(['A', 'B', 'C']);
        expect(serviceElements(service).map(name)).toEqual(['P', 'A', 'Q', 'G', 'B', 'C']);
    });

    // The walk replaces a generic traversal: it must find exactly the named nodes that one finds, in its order.
    const texts = [
        ...['healthcare/outpatient-visit.svc', 'banking/loan-application.svc', 'hospitality/room-service.svc'].map(file => readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf-8')),
        ...generateSpecs(20).map(spec => spec.text),
        'service S { process P { stage { step { } } step B { next } } standard { } kpi K }'
    ];
    test.each(texts.map((text, index) => [index, text]))('matches a generic walk of every service (text %i)', async (_, text) => {
        for (const service of await servicesOf(text)) {
            const walked = AstUtils.streamAllContents(service).filter(node => name(node) !== undefined).toArray();
            expect(serviceElements(service).filter(element => name(element) !== undefined)).toEqual(walked);
            expect(serviceSteps(service)).toEqual(AstUtils.streamAllContents(service).filter(isStep).toArray());
        }
    });
});
