import { describe, expect, test } from 'vitest';
import { Random } from '../../../test/helpers/generate-specs.js';
import { NestedMap } from './nested-map.js';

const outerKeys = ['a', 'b', 'c', 'd'];
const innerKeys = ['x', 'y', 'z'];

/** Everything the map answers, for every key the test uses. */
function contents(map: NestedMap<number>): unknown {
    return outerKeys.map(outer => ({
        outer,
        keys: [...map.keys(outer)],
        values: [...map.values(outer)],
        got: innerKeys.map(inner => map.get(outer, inner))
    }));
}

/** The same answers from a `Map` of `Map`s. */
function modelContents(model: Map<string, Map<string, number>>): unknown {
    return outerKeys.map(outer => ({
        outer,
        keys: [...model.get(outer)?.keys() ?? []],
        values: [...model.get(outer)?.values() ?? []],
        got: innerKeys.map(inner => model.get(outer)?.get(inner))
    }));
}

describe('NestedMap', () => {
    test('answers as a Map of Maps through random sets and deletes (single entries, upgrades, emptied keys)', () => {
        for (let seed = 1; seed <= 50; seed++) {
            const random = new Random(seed);
            const map = new NestedMap<number>();
            const model = new Map<string, Map<string, number>>();
            for (let step = 0; step < 200; step++) {
                const outer = random.pick(outerKeys);
                const inner = random.pick(innerKeys);
                if (random.chance(0.55)) {
                    map.set(outer, inner, step);
                    if (!model.has(outer)) model.set(outer, new Map());
                    model.get(outer)!.set(inner, step);
                } else {
                    map.delete(outer, inner);
                    model.get(outer)?.delete(inner);
                    if (model.get(outer)?.size === 0) model.delete(outer);
                }
                expect(contents(map), `seed ${seed}, step ${step}`).toEqual(modelContents(model));
            }
        }
    });

    test('keeps the first entry when a second comes, and replaces a single entry in place', () => {
        const map = new NestedMap<string>();
        map.set('name', 'a.svc', 'first');
        map.set('name', 'a.svc', 'again');
        expect([...map.values('name')]).toEqual(['again']);
        map.set('name', 'b.svc', 'second');
        expect([...map.keys('name')]).toEqual(['a.svc', 'b.svc']);
        map.delete('name', 'a.svc');
        map.delete('name', 'b.svc');
        expect([...map.keys('name')]).toEqual([]);
        expect(map.get('name', 'b.svc')).toBeUndefined();
    });
});
