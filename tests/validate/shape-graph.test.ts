// Our shapes never refer back to themselves. validate.ts turns off rdf-validate-shacl's guard against
// recursive shapes (maxNodeChecks), which would otherwise drop checks of much-referenced nodes.
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/load/load-shapes.js';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** Parameters whose value is a shape, or a list of shapes, that a shape's checks descend into. */
const TO_SHAPE = ['node', 'property', 'not', 'qualifiedValueShape'].map((p) => SH + p);
const TO_SHAPE_LIST = ['or', 'and', 'xone'].map((p) => SH + p);

/** shape → the shapes its checks use. */
function shapeEdges(quads: Quad[]): Map<string, string[]> {
  const out = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
  const list = (head: string): string[] => (head === `${RDF}nil` ? [] : [...out(head, `${RDF}first`), ...list(out(head, `${RDF}rest`)[0] ?? `${RDF}nil`)]);
  const edges = new Map<string, string[]>();
  for (const q of quads) {
    const targets = TO_SHAPE.includes(q.predicate.value) ? [q.object.value] : TO_SHAPE_LIST.includes(q.predicate.value) ? list(q.object.value) : [];
    if (targets.length) edges.set(q.subject.value, [...(edges.get(q.subject.value) ?? []), ...targets]);
  }
  return edges;
}

/** A path that comes back to where it started, if there is one. */
function findCycle(edges: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (shape: string, path: string[]): string[] | undefined => {
    if (path.includes(shape)) return [...path, shape];
    if (done.has(shape)) return undefined;
    for (const next of edges.get(shape) ?? []) {
      const cycle = visit(next, [...path, shape]);
      if (cycle) return cycle;
    }
    done.add(shape);
    return undefined;
  };
  for (const shape of edges.keys()) {
    const cycle = visit(shape, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the shapes graph', () => {
  it('has no shape that refers back to itself', async () => {
    const edges = shapeEdges(await loadShapes());
    expect(edges.size).toBeGreaterThan(20); // the walk sees the sh:node / sh:or structure
    expect(findCycle(edges)).toBeUndefined();
  });

  it('would show a cycle if there were one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
