// **bounded-set** — remembers the most recent N keys. A streaming export uses it to avoid writing a
// shared reference or value node twice without holding every node of a million-entity dump; a node
// reused after it was forgotten is written again, which repeats triples but never changes the graph.
export class BoundedSet {
  private readonly keys = new Set<string>();
  constructor(private readonly limit: number) {}

  has(key: string): boolean {
    return this.keys.has(key);
  }

  add(key: string): this {
    this.keys.add(key);
    if (this.keys.size > this.limit) this.keys.delete(this.keys.values().next().value!);
    return this;
  }
}
