// **concept-nodes** — the local concepts a graph uses, described: skos:Concept, labels, and
// wdt:P279 to their broader concept so that class-hierarchy queries reach them.
import type { Quad } from '@rdfjs/types';
import { CONCEPTS, conceptIri, isConceptKey, type Concept } from '../vocab/concepts.js';
import { Q } from '../vocab/items.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P } from '../vocab/properties.js';
import { refIri, type GraphContext } from './context.js';
import { termQuads } from './render-entity.js';
import { node, RDF_TYPE, triple } from './terms.js';

/** Local concept IRIs → how to describe them. Wikidata items are not described here. */
export function localConcepts(ctx: GraphContext): Map<string, { label: string; broader?: string }> {
  const out = new Map<string, { label: string; broader?: string }>();
  for (const key of Object.keys(CONCEPTS)) {
    const concept: Concept = CONCEPTS[key as keyof typeof CONCEPTS];
    if (concept.item || !isConceptKey(key)) continue;
    out.set(conceptIri(key), { label: concept.label, ...(concept.broader && { broader: NAMESPACES.wd + Q[concept.broader] }) });
  }
  for (const [key, concept] of Object.entries(ctx.manifest.concepts)) {
    out.set(`${ctx.base}concept/${key}`, { label: concept.label, ...(concept.broader && { broader: refIri(ctx, concept.broader) }) });
  }
  return out;
}

/** Adds to `used` the local concepts the quads point at. */
export function collectConcepts(quads: Iterable<Quad>, concepts: ReadonlyMap<string, unknown>, used: Set<string>): void {
  for (const q of quads) if (q.object.termType === 'NamedNode' && concepts.has(q.object.value)) used.add(q.object.value);
}

export function* conceptQuads(iri: string, concept: { label: string; broader?: string }): Generator<Quad> {
  yield triple(iri, RDF_TYPE, node(NAMESPACES.skos + 'Concept'));
  yield* termQuads(iri, { en: concept.label }, {}, {});
  if (concept.broader) yield triple(iri, NAMESPACES.wdt + P.subclassOf, node(concept.broader));
}
