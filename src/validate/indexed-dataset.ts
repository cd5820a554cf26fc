// **IndexedDataset** is an RDF/JS DatasetCore built for rdf-validate-shacl's access pattern: many
// `match(s, p, ?)` and `match(?, p, o)` lookups on a graph, and thousands of tiny report graphs.
// It keeps the quads it is given (no re-minted terms, unlike n3's Store), answers `match` with a plain
// array-backed dataset (not a Readable stream), scans small graphs and indexes big ones on first use.
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { termKey } from '../graph/terms.js';

/** Below this size a scan is cheaper than building and probing an index. */
const SCAN_LIMIT = 32;

type Index = Map<string, Map<string, Quad[]>>;

export class IndexedDataset implements DatasetCore<Quad, Quad> {
  private readonly quads: Quad[] = [];
  /** subject → predicate → quads and predicate → object → quads, each built on its first lookup. */
  private _spo: Index | undefined;
  private _pos: Index | undefined;

  /** `unique`: the caller guarantees no quad repeats, so adding skips the membership test. */
  constructor(quads?: Iterable<Quad>, unique = false) {
    if (!quads) return;
    if (unique) for (const q of quads) this.quads.push(q);
    else for (const q of quads) this.add(q);
  }

  get size(): number {
    return this.quads.length;
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.quads[Symbol.iterator]();
  }

  add(quad: Quad): this {
    if (this.has(quad)) return this;
    this.quads.push(quad);
    if (this._spo) put(this._spo, termKey(quad.subject), termKey(quad.predicate), quad);
    if (this._pos) put(this._pos, termKey(quad.predicate), termKey(quad.object), quad);
    return this;
  }

  delete(quad: Quad): this {
    const at = this.quads.findIndex((q) => q.equals(quad));
    if (at < 0) return this;
    this.quads.splice(at, 1);
    this._spo = this._pos = undefined; // rare (clownface list edits): rebuild on next use
    return this;
  }

  has(quad: Quad): boolean {
    return this.find(quad.subject, quad.predicate, quad.object, quad.graph).length > 0;
  }

  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): IndexedDataset {
    // A copy: the found array may be our own, which the result must not share.
    return new IndexedDataset(this.find(subject, predicate, object, graph).slice(), true);
  }

  // ## Private methods

  /** The quads matching the pattern, possibly an array of ours; an index lookup already matched its keys. */
  private find(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): Quad[] {
    if (this.quads.length <= SCAN_LIMIT) return only(this.quads, s, p, o, g);
    if (s) return only(lookup(this.spo(), s, p) ?? NONE, null, null, o, g);
    if (p) return only(lookup(this.pos(), p, o) ?? NONE, null, null, null, g);
    return only(this.quads, null, null, o, g);
  }

  private spo(): Index {
    return (this._spo ??= indexBy(this.quads, (q) => termKey(q.subject), (q) => termKey(q.predicate)));
  }

  private pos(): Index {
    return (this._pos ??= indexBy(this.quads, (q) => termKey(q.predicate), (q) => termKey(q.object)));
  }
}

const NONE: Quad[] = [];

/** The quads that have the given terms; the array itself when no term is given. */
function only(quads: Quad[], s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): Quad[] {
  if (!s && !p && !o && !g) return quads;
  return quads.filter((q) => (!s || q.subject.equals(s)) && (!p || q.predicate.equals(p)) && (!o || q.object.equals(o)) && (!g || q.graph.equals(g)));
}

/** The quads under `first`, and under `second` too when it is given, in a two-level index. */
function lookup(index: Index, first: Term, second: Term | null | undefined): Quad[] | undefined {
  const inner = index.get(termKey(first));
  if (!inner) return undefined;
  if (second) return inner.get(termKey(second));
  return inner.size === 1 ? inner.values().next().value : [...inner.values()].flat();
}

function indexBy(quads: Quad[], first: (q: Quad) => string, second: (q: Quad) => string): Index {
  const index: Index = new Map();
  for (const q of quads) put(index, first(q), second(q), q);
  return index;
}

function put(index: Index, first: string, second: string, quad: Quad): void {
  let inner = index.get(first);
  if (!inner) index.set(first, (inner = new Map()));
  const list = inner.get(second);
  if (list) list.push(quad);
  else inner.set(second, [quad]);
}
