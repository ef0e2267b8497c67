import { AstUtils, EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { isCapacity, type Capacity, type Model } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { erlangC, queueAt } from './queue.js';

/** The capacity C of a service with one step V of the given duration. */
async function capacity(duration: string | undefined, properties: string): Promise<Capacity> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    const text = `service S {
        process P { step V { ${duration ? `duration ${duration}` : ''} next end } }
        capacity C { serves V ${properties} }
    }`;
    const document = await parseHelper<Model>(Svc)(text);
    const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message);
    expect(errors, text).toEqual([]);
    return AstUtils.streamAllContents(document.parseResult.value).filter(isCapacity).head()!;
}

/** Erlang C straight from its definition, in log space so it stays finite for hundreds of servers. */
function erlangCReference(c: number, a: number): number {
    // log of a^k / k!
    const logTerm = (k: number) => k * Math.log(a) - Array.from({ length: k }, (_, i) => Math.log(i + 1)).reduce((sum, x) => sum + x, 0);
    const logLast = logTerm(c) + Math.log(c / (c - a));
    const logs = [...Array.from({ length: c }, (_, k) => logTerm(k)), logLast];
    const max = Math.max(...logs);
    const logSum = max + Math.log(logs.reduce((sum, x) => sum + Math.exp(x - max), 0));
    return Math.exp(logLast - logSum);
}

describe('erlangC', () => {
    test('M/M/1: the probability of waiting is ρ', () => {
        for (const rho of [0.1, 0.5, 2 / 3, 0.9, 0.99]) {
            expect(erlangC(1, rho)).toBeCloseTo(rho, 12);
        }
    });

    test('M/M/2 with offered load a = 1: C = 1/3', () => {
        expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    });

    test('M/M/3 with a = 2: C = (8/6 · 3) / (1 + 2 + 2 + 4) = 4/9', () => {
        expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
    });

    test('no load: nobody waits', () => {
        expect(erlangC(1, 0)).toBe(0);
        expect(erlangC(5, 0)).toBe(0);
    });

    test.each([[2, 1.5], [5, 4], [10, 8], [30, 25], [50, 49]])('c = %d, a = %d agrees with the textbook formula', (c, a) => {
        expect(erlangC(c, a)).toBeCloseTo(erlangCReference(c, a), 10);
    });

    test('many servers (c = 200) stay finite, within (0, 1), and agree with the textbook formula', () => {
        for (const load of [150, 190, 199]) {
            const value = erlangC(200, load);
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThan(0);
            expect(value).toBeLessThan(1);
            expect(value).toBeCloseTo(erlangCReference(200, load), 9);
        }
    });

    test('more load means more waiting', () => {
        expect(erlangC(4, 3)).toBeGreaterThan(erlangC(4, 2));
        expect(erlangC(4, 2)).toBeGreaterThan(erlangC(5, 2));
    });
});

describe('queueAt', () => {
    test('M/M/1: ρ = λ/μ, Wq = ρ / (μ − λ)', async () => {
        // λ = 10 per h = 1/6 per min, μ = 1/4 per min: ρ = 2/3, Wq = (2/3) / (1/4 − 1/6) = 8 min.
        const figures = queueAt(await capacity('4 min', 'demand 10 per h servers 1'));
        expect(figures?.rho).toBeCloseTo(2 / 3, 12);
        expect(figures?.waitMinutes).toBeCloseTo(8, 10);
    });

    test('M/M/2 with a = 1: ρ = 0.5, C = 1/3, Wq = (1/3) / (2μ − λ) = 2 min', async () => {
        // λ = 1/6 per min, μ = 1/6 per min (6 min service).
        const figures = queueAt(await capacity('6 min', 'demand 10 per h servers 2'));
        expect(figures?.rho).toBeCloseTo(0.5, 12);
        expect(figures?.waitMinutes).toBeCloseTo(2, 10);
    });

    test('M/M/3 with a = 2: Wq = (4/9) / (3μ − λ)', async () => {
        // service 3 min (μ = 1/3), λ = 40 per h = 2/3 per min: a = 2, ρ = 2/3, Wq = (4/9) / (1 − 2/3) = 4/3 min.
        const figures = queueAt(await capacity('3 min', 'demand 40 per h servers 3'));
        expect(figures?.rho).toBeCloseTo(2 / 3, 12);
        expect(figures?.waitMinutes).toBeCloseTo(4 / 3, 10);
    });

    test('the LANGUAGE.md counters: 40 per h, 4 min, 3 servers', async () => {
        // λ = 2/3 per min, μ = 1/4: a = 8/3, ρ = 8/9.
        const figures = queueAt(await capacity('4 min', 'demand 40 per h servers 3'));
        const a = 8 / 3;
        expect(figures?.rho).toBeCloseTo(8 / 9, 12);
        expect(figures?.waitMinutes).toBeCloseTo(erlangCReference(3, a) / (3 / 4 - 2 / 3), 10);
    });

    test('units of demand and duration are converted', async () => {
        const perHour = queueAt(await capacity('4 min', 'demand 10 per h servers 1'));
        const perMinute = queueAt(await capacity('240 s', 'demand 0.1666666666666667 per min servers 1'));
        const perDay = queueAt(await capacity('4 min', 'demand 240 per d servers 1'));
        expect(perMinute?.rho).toBeCloseTo(perHour!.rho, 9);
        expect(perMinute?.waitMinutes).toBeCloseTo(perHour!.waitMinutes!, 6);
        expect(perDay?.rho).toBeCloseTo(perHour!.rho, 12);
        expect(perDay?.waitMinutes).toBeCloseTo(perHour!.waitMinutes!, 9);
    });

    test('many servers (c = 200): finite and stable', async () => {
        // μ = 1 per min, λ = 190 per min: a = 190, ρ = 0.95.
        const figures = queueAt(await capacity('1 min', 'demand 190 per min servers 200'));
        expect(figures?.rho).toBeCloseTo(0.95, 12);
        expect(Number.isFinite(figures?.waitMinutes)).toBe(true);
        expect(figures!.waitMinutes!).toBeGreaterThan(0);
        expect(figures?.waitMinutes).toBeCloseTo(erlangCReference(200, 190) / (200 - 190), 9);
    });

    test('ρ = 1 exactly: the queue grows without bound, no wait figure', async () => {
        const figures = queueAt(await capacity('4 min', 'demand 15 per h servers 1'));
        expect(figures?.rho).toBeCloseTo(1, 12);
        expect(figures?.waitMinutes).toBeUndefined();
    });

    test('ρ > 1: no wait figure, ρ still given', async () => {
        const figures = queueAt(await capacity('4 min', 'demand 40 per h servers 1'));
        expect(figures?.rho).toBeCloseTo(8 / 3, 12);
        expect(figures?.waitMinutes).toBeUndefined();
    });

    test('fractional servers: ρ given, no wait figure', async () => {
        const figures = queueAt(await capacity('4 min', 'demand 10 per h servers 2.5'));
        expect(figures?.rho).toBeCloseTo((1 / 6) / (2.5 / 4), 12);
        expect(figures?.waitMinutes).toBeUndefined();
    });

    test('no demand: undefined', async () => {
        expect(queueAt(await capacity('4 min', 'servers 1'))).toBeUndefined();
    });

    test('no servers: undefined; zero servers with demand: unbounded (ρ = ∞), no wait figure', async () => {
        expect(queueAt(await capacity('4 min', 'demand 10 per h'))).toBeUndefined();
        expect(queueAt(await capacity('4 min', 'demand 10 per h servers 0'))).toEqual({ rho: Infinity, waitMinutes: undefined });
    });

    test('a served step without duration, with a zero or non-time duration: undefined', async () => {
        expect(queueAt(await capacity(undefined, 'demand 10 per h servers 1'))).toBeUndefined();
        expect(queueAt(await capacity('0 min', 'demand 10 per h servers 1'))).toBeUndefined();
        expect(queueAt(await capacity('4 count', 'demand 10 per h servers 1'))).toBeUndefined();
    });

    test('demand per a non-time unit: undefined', async () => {
        expect(queueAt(await capacity('4 min', 'demand 10 per count servers 1'))).toBeUndefined();
    });

    test('zero demand: ρ = 0 and nobody waits', async () => {
        const figures = queueAt(await capacity('4 min', 'demand 0 per h servers 2'));
        expect(figures?.rho).toBe(0);
        expect(figures?.waitMinutes).toBe(0);
    });
});

describe('erlangC with absurd server counts (found by the fuzzer)', () => {
    test('four billion servers answer at once, with no wait', () => {
        const started = performance.now();
        expect(erlangC(4_294_967_296, 3)).toBe(0);
        expect(performance.now() - started).toBeLessThan(100);
    });
});
