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

/** The candidate prefixes whose namespace (everything up to the last / or #) some IRI of the quads has. */
export function usedPrefixes(quads: Iterable<Quad>, candidates: Record<string, string> = NAMESPACES): Record<string, string> {
  const byNamespace = new Map(Object.entries(candidates).map(([p, ns]) => [ns, p]));
  const used = new Set<string>();
  const visit = (term: Term) => {
    const iri = term.termType === 'NamedNode' ? term.value : term.termType === 'Literal' ? term.datatype.value : undefined;
    if (!iri) return;
    const prefix = byNamespace.get(iri.slice(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1));
    if (prefix) used.add(prefix);
  };
  for (const q of quads) {
    visit(q.subject); visit(q.predicate); visit(q.object);
  }
  return Object.fromEntries([...used].sort().map((p) => [p, candidates[p]!]));
}

/** Short prefixes for a dataset's own namespaces, like Wikidata's wd:/wds:/wdref:/wdv:, and for its own
 *  properties' (the manifest's `properties:` by name), like wdt:/p:/ps:/pq: … with a "d" in front. */
export function datasetPrefixes(base: string): Record<string, string> {
  const p = `${base}prop/`;
  return {
    ent: `${base}entity/`, stmt: `${base}statement/`, ref: `${base}reference/`, val: `${base}value/`,
    dpe: `${p}entity/`, dt: `${p}direct/`, dtn: `${p}direct-normalized/`, dp: p, dps: `${p}statement/`, dpsv: `${p}statement/value/`,
    dpsn: `${p}statement/value-normalized/`, dpq: `${p}qualifier/`, dpqv: `${p}qualifier/value/`, dpqn: `${p}qualifier/value-normalized/`,
    dpr: `${p}reference/`, dprv: `${p}reference/value/`, dprn: `${p}reference/value-normalized/`, dpno: `${p}novalue/`,
  };
}
