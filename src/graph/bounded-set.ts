// **bounded-set** — remembers recent keys in bounded memory. A streaming export uses it to avoid
// writing a shared reference or value node twice without holding every node of a million-entity dump;
// a node reused after it was forgotten is written again, which repeats triples but never changes the graph.
//
// Two generations instead of evicting the oldest key one by one: deleting from the front of a JS Set
// leaves holes that the next `values().next()` walks over, which made eviction the hottest spot of big exports.
export class BoundedSet {
  private current = new Set<string>();
  private previous = new Set<string>();
  private readonly generation: number;

  /** Remembers at least the `limit / 2` most recent keys, and never more than `limit`. */
  constructor(limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  has(key: string): boolean {
    return this.current.has(key) || this.previous.has(key);
  }

  add(key: string): this {
    this.current.add(key);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Set();
    }
    return this;
  }
}

/** The same for a memo of computed values. */
export class BoundedMap<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  private readonly generation: number;

  constructor(limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old); // keep what is still in use
    return old;
  }

  set(key: string, value: V): this {
    this.current.set(key, value);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    return this;
  }
}
