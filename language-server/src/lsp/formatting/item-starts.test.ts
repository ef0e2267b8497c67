import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { itemStartKeywords } from './item-starts.js';

const { Svc } = createNodeSvcServices(EmptyFileSystem);
const starts = itemStartKeywords(Svc.Grammar);

/** `Rule:keyword` for every item start, e.g. `Step:next`. */
const named = new Set([...starts].map(keyword => `${AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name}:${keyword.value}`));

describe('item starts read from the grammar', () => {
    test('every element begins an item', () => {
        for (const element of ['Service:service', 'Actor:actor', 'System:system', 'Standard:standard', 'Kpi:kpi', 'Process:process',
            'Stage:stage', 'Step:step', 'FailPoint:fail', 'Capacity:capacity', 'ServicePromise:promise', 'Feedback:feedback', 'Improvement:improvement',
            'Measurements:measurements', 'Survey:survey']) {
            expect(named, element).toContain(element);
        }
    });

    test('every property keyword of a block begins an item, the moment flag included', () => {
        for (const property of ['Service:version', 'Service:owner', 'Service:description', 'Standard:dimension', 'Standard:target', 'Standard:owner',
            'Kpi:measures', 'Kpi:warning', 'Process:standard', 'Step:evidence', 'Step:wait', 'Step:duration', 'Step:standard', 'Step:moment',
            'Step:next', 'Capacity:serves', 'Capacity:demand', 'Capacity:servers', 'Feedback:feeds', 'Improvement:due']) {
            expect(named, property).toContain(property);
        }
    });

    test('keywords inside an item do not: performer, condition, recovery, rate, braces, enumerations, keywords used as names', () => {
        for (const inside of ['Step:by', 'Successor:when', 'Successor:end', 'FailPoint:recover', 'Rate:per', 'Measurements:from', 'Survey:from', 'Survey:scale', 'Step:{', 'Step:}', 'Step:,',
            'Lane:customer', 'Unit:min', 'Comparator:<=', 'NameOtherThanEnd:wait', 'NameOtherThanEnd:step', 'Name:end', 'QualifiedName:.']) {
            expect(named, inside).not.toContain(inside);
        }
    });
});
