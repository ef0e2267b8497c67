import type { Capacity } from '../generated/ast.js';
import { perMinute, satisfies, toMinutes } from './units.js';

export interface QueueFigures {
    /** Utilisation ρ = λ / (c·μ). */
    rho: number;
    /** Erlang C mean wait in minutes; undefined when ρ ≥ 1 or c is not a whole number. */
    waitMinutes: number | undefined;
}

/** M/M/c figures of a capacity, or undefined when demand, servers or service time are missing. */
export function queueAt(capacity: Capacity): QueueFigures | undefined {
    const serviceMinutes = toMinutes(capacity.serves?.ref?.duration);
    const arrivals = capacity.demand ? perMinute(capacity.demand.amount, capacity.demand.per) : undefined;
    const servers = capacity.servers;
    if (!serviceMinutes || serviceMinutes <= 0 || arrivals === undefined || arrivals < 0 || servers === undefined) {
        return undefined;
    }
    if (servers <= 0) return { rho: arrivals > 0 ? Infinity : 0, waitMinutes: undefined };
    const serviceRate = 1 / serviceMinutes;
    const rho = arrivals / (servers * serviceRate);
    // ρ = 1 computed as 0.9999999999999998 is still an unbounded queue.
    const waitMinutes = satisfies(rho, '<', 1) && Number.isInteger(servers)
        ? erlangC(servers, arrivals / serviceRate) / (servers * serviceRate - arrivals)
        : undefined;
    return { rho, waitMinutes };
}

/**
 * Probability that an arrival waits, for c servers and offered load a (< c).
 * Uses the Erlang B recurrence, which stays stable for hundreds of servers.
 */
export function erlangC(servers: number, load: number): number {
    let erlangB = 1;
    for (let k = 1; k <= servers; k++) {
        erlangB = (load * erlangB) / (k + load * erlangB);
        // Past the load it falls fast and stays 0 once it underflows: a spec's `servers 4294967296` must not loop for minutes.
        if (erlangB === 0) break;
    }
    const rho = load / servers;
    return erlangB / (1 - rho * (1 - erlangB));
}
