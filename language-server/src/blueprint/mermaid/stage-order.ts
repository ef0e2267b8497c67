/**
 * Stage columns in a swimlane blueprint. Mermaid's swimlane layout gives a
 * node the rank of its predecessor in another lane (a link across lanes does
 * not move it right), so steps of two stages share ranks and the stages could
 * not be drawn as columns. An invisible separator node in the lane of each
 * entry step of the next stage, linked from the stage's nodes (it ranks with
 * the last of them) and linked to the entry in its own lane (a link within a
 * lane moves one rank right): the entry, and every node of the next stage
 * after it, then ranks after every node of this stage, whatever the lanes.
 * The layout ranks a lane's nodes in the order of the links, so only the last
 * nodes of each lane (those from which no other node of the stage in the lane
 * is reached) are linked to the separator: every link costs layout time
 * (Mermaid routes invisible links like edges: a 15-step blueprint takes 3 s
 * instead of 0.3 s), and a link from a node that a later
 * stage's recovery edge leads back to could close a cycle that the layout
 * breaks at the wrong link.
 */

/** A node of a column and the lane it is drawn in (its subgraph's position). */
export interface ColumnMember {
    id: string;
    lane: number;
}

export interface OrderedColumn {
    members: ColumnMember[];
    /** Links between members (next edges, step to evidence and to end marker), from → to. */
    links: Array<[string, string]>;
    /** Nodes of the column that no link from inside the column reaches (its first step when every one is). */
    entries: string[];
}

export interface ColumnOrder {
    /** Lane position → the separator nodes to declare in that lane. */
    separators: Map<number, string[]>;
    /** Invisible links (`~~~`), from → to. */
    links: Array<[string, string]>;
}

/** Separators and links that keep the columns in the given order from left to right. */
export function orderColumns(columns: readonly OrderedColumn[]): ColumnOrder {
    const separators = new Map<number, string[]>();
    const links: Array<[string, string]> = [];
    columns.slice(0, -1).forEach((column, index) => {
        const next = columns[index + 1];
        const laneOf = new Map(next.members.map(member => [member.id, member.lane]));
        const lasts = lastInLane(column);
        for (const lane of new Set(next.entries.map(entry => laneOf.get(entry) ?? 0))) {
            const separator = `sep${index}l${lane}`;
            separators.set(lane, [...separators.get(lane) ?? [], separator]);
            for (const member of lasts) links.push([member.id, separator]);
            for (const entry of next.entries.filter(candidate => laneOf.get(candidate) === lane)) links.push([separator, entry]);
        }
    });
    return { separators, links };
}

/** The members from which no other member of the same lane is reached through the column's links (unless it reaches them back). */
function lastInLane(column: OrderedColumn): ColumnMember[] {
    const next = new Map<string, string[]>();
    for (const [from, to] of column.links) next.set(from, [...next.get(from) ?? [], to]);
    const reach = (start: string): Set<string> => {
        const seen = new Set<string>();
        const queue = [...next.get(start) ?? []];
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            if (seen.has(id)) continue;
            seen.add(id);
            queue.push(...next.get(id) ?? []);
        }
        return seen;
    };
    const reached = new Map(column.members.map(member => [member.id, reach(member.id)]));
    return column.members.filter(member => !column.members.some(other =>
        other.lane === member.lane && other.id !== member.id && reached.get(member.id)!.has(other.id) && !reached.get(other.id)!.has(member.id)));
}
