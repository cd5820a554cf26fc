// **prefixes** — which of the known prefixes a set of quads actually uses, so dumps declare only those.
import type { Quad, Term } from '@rdfjs/types';
import { NAMESPACES, type Prefix } from '../vocab/namespaces.js';

// Longest namespace first, so that p: never shadows ps:/psv:/pq: ….
const BY_LENGTH = (Object.entries(NAMESPACES) as [Prefix, string][]).sort(([, a], [, b]) => b.length - a.length);

/** The prefix whose namespace an IRI starts with, and the local part; undefined if none fits. */
export function splitIri(iri: string): [Prefix, string] | undefined {
  for (const [prefix, namespace] of BY_LENGTH) {
    if (iri.startsWith(namespace)) return [prefix, iri.slice(namespace.length)];
  }
  return undefined;
}

export function usedPrefixes(quads: Iterable<Quad>): Record<string, string> {
  const used = new Set<Prefix>();
  const visit = (term: Term) => {
    const iri = term.termType === 'NamedNode' ? term.value : term.termType === 'Literal' ? term.datatype.value : undefined;
    const split = iri ? splitIri(iri) : undefined;
    if (split) used.add(split[0]);
  };
  for (const q of quads) {
    visit(q.subject); visit(q.predicate); visit(q.object);
  }
  return Object.fromEntries([...used].sort().map((p) => [p, NAMESPACES[p]]));
}
