// **shape-predicates** — the predicates SHACL shapes can look at in a data graph. A data triple with
// any other predicate cannot change a result, so the validator need not index it.
import type { Quad, Term } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';

const SH = NAMESPACES.sh;
const RDF_FIRST = `${NAMESPACES.rdf}first`;
const RDF_REST = `${NAMESPACES.rdf}rest`;
/** Path forms that wrap one path or a list of paths. */
const PATH_WRAPPERS = ['alternativePath', 'inversePath', 'zeroOrMorePath', 'oneOrMorePath', 'zeroOrOnePath'].map((p) => SH + p);
/** Parameters whose values are data predicates. */
const PREDICATE_PARAMETERS = ['targetSubjectsOf', 'targetObjectsOf', 'equals', 'disjoint', 'lessThan', 'lessThanOrEquals'].map((p) => SH + p);
/** What targets and sh:class read (rdf-validate-shacl follows rdfs:subClassOf in the data graph too). */
const CLASS_PREDICATES = [`${NAMESPACES.rdf}type`, `${NAMESPACES.rdfs}subClassOf`];

/**
 * Every predicate a shape's path, target or pair constraint names, plus rdf:type and rdfs:subClassOf;
 * undefined when the shapes can see any predicate: a closed shape, or a SPARQL-based constraint or target.
 */
export function predicatesSeenBy(shapes: Iterable<Quad>): Set<string> | undefined {
  const quads = [...shapes];
  if (quads.some((q) => q.predicate.value === `${SH}closed` || q.predicate.value === `${SH}sparql` || q.predicate.value === `${SH}target`)) return undefined;
  const out = new Map<string, Term[]>();
  for (const q of quads) out.set(q.subject.value, [...(out.get(q.subject.value) ?? []), q.predicate, q.object]);
  const seen = new Set(CLASS_PREDICATES);
  const visited = new Set<string>();
  const addPath = (path: Term) => {
    // A named node is a predicate (rdf-validate-shacl reads no path lists from named nodes).
    if (path.termType === 'NamedNode') { seen.add(path.value); return; }
    if (visited.has(path.value)) return;
    visited.add(path.value);
    const pairs = out.get(path.value) ?? [];
    for (let i = 0; i < pairs.length; i += 2) {
      const [predicate, object] = [pairs[i]!.value, pairs[i + 1]!];
      if (predicate === RDF_FIRST || PATH_WRAPPERS.includes(predicate)) addPath(object);
      else if (predicate === RDF_REST && object.value !== `${NAMESPACES.rdf}nil`) addPath(object);
    }
  };
  for (const q of quads) {
    if (q.predicate.value === `${SH}path`) addPath(q.object);
    else if (PREDICATE_PARAMETERS.includes(q.predicate.value)) seen.add(q.object.value);
  }
  return seen;
}

/** The quads whose predicate the shapes can see; all of them when `seen` is undefined. */
export function* quadsSeen(quads: Iterable<Quad>, seen: Set<string> | undefined): Iterable<Quad> {
  if (!seen) return yield* quads;
  for (const q of quads) if (seen.has(q.predicate.value)) yield q;
}
