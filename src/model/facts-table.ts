// **facts-table** — the facts a streaming export needs about every entity (its kind, whether an
// organisation is a party) in ~16 bytes per entity, in shared memory so that worker threads read the
// same table without copies. Ids are keyed by 64 bits of hash (two independent 32-bit hashes); two ids
// colliding would need some 4 billion entities for even odds.
import type { EntityFacts } from '../model/resolve.js';
import { PARTY_CONCEPTS } from '../vocab/concepts.js';

const KINDS = ['person', 'work', 'event', 'place', 'organization', 'source'] as const;
const KIND_BITS = 0x3f;
const PARTY = 0x80;
/** Named as a participant of some event: may receive statements from events (graph/derive.ts). The
 *  mark can come before the entity's own line, so a slot may hold the mark alone (no kind yet). */
const SUBJECT = 0x40;

export interface SharedFacts {
  keys: SharedArrayBuffer;
  values: SharedArrayBuffer;
}

export class FactsTable {
  private keys: Uint32Array;
  private values: Uint8Array;
  private count = 0;
  /** Slots taken, by entities and by marks of ids not (yet) seen as entities. */
  private taken = 0;

  constructor(shared?: SharedFacts, capacity = 1 << 16) {
    this.keys = new Uint32Array(shared?.keys ?? new SharedArrayBuffer(capacity * 8));
    this.values = new Uint8Array(shared?.values ?? new SharedArrayBuffer(capacity));
  }

  get shared(): SharedFacts {
    return { keys: this.keys.buffer as SharedArrayBuffer, values: this.values.buffer as SharedArrayBuffer };
  }

  get size(): number {
    return this.count;
  }

  /** Adds an entity; false if its id is already there. */
  add(id: string, kind: EntityFacts['kind'], type?: string): boolean {
    const slot = this.slotFor(id);
    const old = this.values[slot]!;
    if (old & KIND_BITS) return false;
    this.values[slot] = old | (KINDS.indexOf(kind as never) + 1) | (type && PARTY_CONCEPTS.has(type) ? PARTY : 0);
    this.count++;
    return true;
  }

  /** Takes an entity out (a skipped line): references to it no longer resolve. */
  forget(id: string): void {
    const [h1, h2] = hash(id);
    const slot = this.find(h1, h2);
    if (!(this.values[slot]! & KIND_BITS)) return;
    this.values[slot] = this.values[slot]! & ~(KIND_BITS | PARTY);
    this.count--;
  }

  /** Notes that an event names `id` as a participant. */
  markSubject(id: string): void {
    const slot = this.slotFor(id);
    this.values[slot] = this.values[slot]! | SUBJECT;
  }

  /** Whether some event names the entity as a participant: if not, no event gives it statements. */
  receivesDerived(id: string): boolean {
    const [h1, h2] = hash(id);
    return !!(this.values[this.find(h1, h2)]! & SUBJECT);
  }

  get(id: string): EntityFacts | undefined {
    const [h1, h2] = hash(id);
    const code = this.values[this.find(h1, h2)]!;
    if (!(code & KIND_BITS)) return undefined;
    return { id, kind: KINDS[(code & KIND_BITS) - 1]!, ...(code & PARTY && { type: 'political-party' }) };
  }

  /** The slot of an id, taken for it if it was free. */
  private slotFor(id: string): number {
    if ((this.taken + 1) * 2 > this.values.length) this.grow();
    const [h1, h2] = hash(id);
    const slot = this.find(h1, h2);
    if (!this.values[slot]) {
      this.keys[slot * 2] = h1;
      this.keys[slot * 2 + 1] = h2;
      this.taken++;
    }
    return slot;
  }

  /** Open addressing with linear probing; a value of 0 marks a free slot. */
  private find(h1: number, h2: number): number {
    const mask = this.values.length - 1;
    for (let slot = (h1 ^ (h2 * 31)) & mask; ; slot = (slot + 1) & mask) {
      if (!this.values[slot] || (this.keys[slot * 2] === h1 && this.keys[slot * 2 + 1] === h2)) return slot;
    }
  }

  private grow(): void {
    const [keys, values] = [this.keys, this.values];
    this.keys = new Uint32Array(new SharedArrayBuffer(keys.byteLength * 2));
    this.values = new Uint8Array(new SharedArrayBuffer(values.byteLength * 2));
    for (let slot = 0; slot < values.length; slot++) {
      if (!values[slot]) continue;
      const at = this.find(keys[slot * 2]!, keys[slot * 2 + 1]!);
      this.keys[at * 2] = keys[slot * 2]!;
      this.keys[at * 2 + 1] = keys[slot * 2 + 1]!;
      this.values[at] = values[slot]!;
    }
  }
}

/** Two 32-bit hashes of the UTF-16 code units: FNV-1a, and a multiply-xorshift mix. */
function hash(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, (b >>> 0) || 1];
}
