/** The one entry of an outer key, held without a `Map` until a second one comes. */
class OnlyEntry<V> {
    constructor(readonly key: string, public value: V) {}
}

/**
 * Outer key → inner key → value, like a `Map` of `Map`s, for indexes where most
 * outer keys have a single entry (a name exported by one document, an element
 * referred to from one document): that entry is kept as a small object, and a
 * `Map` is made only for an outer key's second inner key. Tens of thousands of
 * one-entry `Map`s cost ~200 bytes each and work for the garbage collector.
 * Iteration order is a `Map`'s: inner keys in the order they were first set.
 */
export class NestedMap<V> {
    private readonly entries = new Map<string, OnlyEntry<V> | Map<string, V>>();

    get(outer: string, inner: string): V | undefined {
        const entry = this.entries.get(outer);
        if (entry instanceof OnlyEntry) return entry.key === inner ? entry.value : undefined;
        return entry?.get(inner);
    }

    set(outer: string, inner: string, value: V): void {
        const entry = this.entries.get(outer);
        if (entry === undefined) {
            this.entries.set(outer, new OnlyEntry(inner, value));
        } else if (!(entry instanceof OnlyEntry)) {
            entry.set(inner, value);
        } else if (entry.key === inner) {
            entry.value = value;
        } else {
            this.entries.set(outer, new Map([[entry.key, entry.value], [inner, value]]));
        }
    }

    delete(outer: string, inner: string): void {
        const entry = this.entries.get(outer);
        if (entry instanceof OnlyEntry) {
            if (entry.key === inner) this.entries.delete(outer);
        } else if (entry) {
            entry.delete(inner);
            if (entry.size === 0) this.entries.delete(outer);
        }
    }

    /** The inner keys of `outer`. */
    keys(outer: string): Iterable<string> {
        const entry = this.entries.get(outer);
        if (entry instanceof OnlyEntry) return [entry.key];
        return entry?.keys() ?? [];
    }

    /** The values of `outer`'s inner keys. */
    values(outer: string): Iterable<V> {
        const entry = this.entries.get(outer);
        if (entry instanceof OnlyEntry) return [entry.value];
        return entry?.values() ?? [];
    }
}
