// IndexedDataset answers every match pattern as n3's Store does (an independent DatasetCore), below
// and above the size where it starts indexing, and keeps set semantics.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import rdfjs from 'rdf-validate-shacl/src/defaultEnv.js';
import { describe, expect, it } from 'vitest';
import { IndexedDataset } from '../../src/validate/indexed-dataset.js';
import { termKey } from '../../src/graph/terms.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const XSD_STRING = namedNode('http://www.w3.org/2001/XMLSchema#string');

/** Terms that share a value but differ in kind, language or datatype: none may match another. */
const TERMS: Term[] = [
  namedNode('x'), blankNode('x'), literal('x'), literal('x', 'en'), literal('x', 'EN-gb'), literal('x', namedNode('x')),
  namedNode('http://e/a'), namedNode('http://e/b'),
];
const SUBJECTS = TERMS.filter((t) => t.termType !== 'Literal');
const PREDICATES = [namedNode('http://e/p'), namedNode('http://e/q'), namedNode('x')];

function graph(size: number): Quad[] {
  const quads: Quad[] = [];
  for (let i = 0; quads.length < size; i++) {
    quads.push(quad(SUBJECTS[i % SUBJECTS.length]! as never, PREDICATES[(i >> 2) % PREDICATES.length]!, TERMS[(i * 7) % TERMS.length]! as never, i % 11 === 0 ? namedNode('http://e/g') : defaultGraph()));
  }
  return quads;
}

const keyOf = (q: Quad) => [q.subject, q.predicate, q.object, q.graph].map(termKey).join(' ');
const keys = (quads: Iterable<Quad>) => [...quads].map(keyOf).sort();
const slots = (list: Term[]) => [undefined, ...list];

describe('IndexedDataset', () => {
  for (const size of [5, 200]) {
    it(`matches every pattern as n3's Store does (${size} quads)`, () => {
      const quads = graph(size);
      const ours = new IndexedDataset(quads);
      const reference = new Store(quads);
      let patterns = 0;
      for (const s of slots(SUBJECTS)) for (const p of slots(PREDICATES)) for (const o of slots(TERMS)) for (const g of [undefined, defaultGraph(), namedNode('http://e/g')]) {
        expect(keys(ours.match(s, p, o, g)), `${s?.value} ${p?.value} ${o?.value} ${g?.value}`).toEqual(keys(reference.match(s as never, p as never, o as never, g as never)));
        patterns++;
      }
      expect(patterns).toBe((SUBJECTS.length + 1) * (PREDICATES.length + 1) * (TERMS.length + 1) * 3);
      expect(ours.size).toBe(reference.size);
    });
  }

  it("finds terms made by another factory (rdf-validate-shacl's own environment)", () => {
    const quads = graph(200);
    const ours = new IndexedDataset(quads);
    const copy = (t: Term): Term => t.termType === 'NamedNode' ? rdfjs.namedNode(t.value) : t.termType === 'BlankNode' ? rdfjs.blankNode(t.value)
      : t.termType === 'Literal' ? rdfjs.literal(t.value, t.language || rdfjs.namedNode(t.datatype.value)) : rdfjs.defaultGraph();
    for (const q of quads.slice(0, 40)) {
      const [s, p, o] = [copy(q.subject), copy(q.predicate), copy(q.object)];
      expect(ours.has(rdfjs.quad(s as never, p as never, o as never, copy(q.graph) as never))).toBe(true);
      expect(keys(ours.match(s, p, o))).toEqual(keys(ours.match(q.subject as Term, q.predicate, q.object as Term)));
    }
  });

  it('holds each quad once, and forgets deleted ones', () => {
    const quads = graph(100);
    const ours = new IndexedDataset([...quads, ...quads]);
    expect(ours.size).toBe(new Store(quads).size);
    ours.add(quads[3]!);
    expect(ours.size).toBe(new Store(quads).size);
    const gone = quads[3]!;
    ours.delete(gone);
    expect(ours.has(gone)).toBe(false);
    const rest = new Store(quads.filter((q) => !q.equals(gone)));
    expect(keys(ours.match(gone.subject as Term, gone.predicate))).toEqual(keys(rest.match(gone.subject as never, gone.predicate as never)));
  });

  it('keeps indexes up to date as quads are added after a lookup', () => {
    const ours = new IndexedDataset(graph(100));
    const s = namedNode('http://e/new');
    expect(ours.match(s).size).toBe(0);
    ours.add(quad(s, namedNode('http://e/p'), literal('late')));
    expect(keys(ours.match(s))).toEqual([`http://e/new http://e/p "late"^^http://www.w3.org/2001/XMLSchema#string `]);
    expect(ours.match(null, namedNode('http://e/p'), literal('late')).size).toBe(1);
  });

  it('gives match results of its own that do not write through to it', () => {
    const ours = new IndexedDataset(graph(100));
    const found = ours.match(null, namedNode('http://e/p'));
    found.add(quad(namedNode('http://e/other'), namedNode('http://e/p'), literal('y')));
    expect(ours.match(namedNode('http://e/other')).size).toBe(0);
    expect(found.size).toBe(ours.match(null, namedNode('http://e/p')).size + 1);
  });
});
