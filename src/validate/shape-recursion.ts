// **shape-recursion** — whether SHACL shapes refer back to themselves (a person shape whose sh:node on
// wdt:P22 is the person shape again). Only then does rdf-validate-shacl need its guard against endless
// checking, which costs violations on much-referenced nodes (validate.ts).
import type { Quad } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';

const SH = NAMESPACES.sh;
const RDF_FIRST = `${NAMESPACES.rdf}first`;
const RDF_REST = `${NAMESPACES.rdf}rest`;
const RDF_NIL = `${NAMESPACES.rdf}nil`;
/** Parameters whose value is a shape, or a list of shapes, that a shape's checks descend into. */
const TO_SHAPE = ['node', 'property', 'not', 'qualifiedValueShape'].map((p) => SH + p);
const TO_SHAPE_LIST = ['or', 'and', 'xone'].map((p) => SH + p);

/** A chain of shapes that comes back to where it started (first = last), if the shapes have one. */
export function shapeCycle(shapes: Iterable<Quad>): string[] | undefined {
  const edges = shapeEdges([...shapes]);
  const done = new Set<string>();
  const visit = (shape: string, path: string[]): string[] | undefined => {
    if (path.includes(shape)) return [...path.slice(path.indexOf(shape)), shape];
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

/** shape → the shapes its checks use. */
function shapeEdges(quads: Quad[]): Map<string, string[]> {
  const out = new Map<string, Quad[]>();
  for (const q of quads) out.set(q.subject.value, [...(out.get(q.subject.value) ?? []), q]);
  const object = (s: string, p: string) => out.get(s)?.find((q) => q.predicate.value === p)?.object.value;
  const list = (head: string | undefined): string[] => {
    const items: string[] = [];
    for (const seen = new Set<string>(); head && head !== RDF_NIL && !seen.has(head); head = object(head, RDF_REST)) {
      seen.add(head);
      const first = object(head, RDF_FIRST);
      if (first) items.push(first);
    }
    return items;
  };
  const edges = new Map<string, string[]>();
  for (const q of quads) {
    const targets = TO_SHAPE.includes(q.predicate.value) ? [q.object.value] : TO_SHAPE_LIST.includes(q.predicate.value) ? list(q.object.value) : [];
    if (targets.length) edges.set(q.subject.value, [...(edges.get(q.subject.value) ?? []), ...targets]);
  }
  return edges;
}
