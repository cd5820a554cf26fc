// **concept-nodes** — the local concepts a graph uses, described: skos:Concept, labels, and a
// "subclass of" (P279) statement to their broader concept so that class-hierarchy queries reach them.
// The statement is a real one, as in Wikibase: wdt:P279 in both profiles, p:/ps:P279 in the full one.
// The Wikidata items it points at (wd:Q5 …) get a stub with their label, as Special:EntityData writes
// one for each item it mentions, so that label joins work without Wikidata at hand.
import type { Quad } from '@rdfjs/types';
import { CONCEPTS, conceptIri, isConceptKey, type Concept } from '../vocab/concepts.js';
import { ITEM_LABELS, Q, type ItemName } from '../vocab/items.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { Claim } from './claim.js';
import { refIri, type GraphContext } from './context.js';
import { wd } from './property.js';
import { claimQuads, type Written } from './render-claims.js';
import { termQuads } from './render-entity.js';
import { node, RDF_TYPE, triple } from './terms.js';

/** A local concept: its key (which names its statements), label and broader concept's IRI; or
 *  (`stub`) a Wikidata item of the verified tables or one a dataset concept names, by its label only. */
export interface LocalConcept {
  key: string;
  label: string;
  broader?: string;
  /** The broader concept as the data names it (a key or QID), which names the P279 statement. */
  broaderRef?: string;
  stub?: true;
}

/** Local concept and known Wikidata item IRIs → how to describe them. */
export function localConcepts(ctx: GraphContext): Map<string, LocalConcept> {
  const out = new Map<string, LocalConcept>();
  for (const name of Object.keys(Q) as ItemName[]) out.set(NAMESPACES.wd + Q[name], { key: name, label: ITEM_LABELS[name], stub: true });
  for (const key of Object.keys(CONCEPTS)) {
    const concept: Concept = CONCEPTS[key as keyof typeof CONCEPTS];
    if (concept.item || !isConceptKey(key)) continue;
    out.set(conceptIri(key), { key, label: concept.label, ...(concept.broader && { broader: NAMESPACES.wd + Q[concept.broader], broaderRef: Q[concept.broader] }) });
  }
  for (const [key, concept] of Object.entries(ctx.manifest.concepts)) {
    // A concept that is a Wikidata item: that item, with the dataset's label, like the stubs above.
    if (concept.qid) out.set(NAMESPACES.wd + concept.qid, { key, label: concept.label, stub: true });
    else out.set(`${ctx.base}concept/${key}`, { key, label: concept.label, ...(concept.broader && { broader: refIri(ctx, concept.broader), broaderRef: concept.broader }) });
  }
  return out;
}

/** Adds to `used` the local concepts the quads point at. */
export function collectConcepts(quads: Iterable<Quad>, concepts: ReadonlyMap<string, unknown>, used: Set<string>): void {
  for (const q of quads) if (q.object.termType === 'NamedNode' && concepts.has(q.object.value)) used.add(q.object.value);
}

/** The used concepts and the local concepts above them, described, in IRI order. */
export function conceptsQuads(ctx: GraphContext, used: Iterable<string>, written: Written): Quad[] {
  const concepts = localConcepts(ctx);
  const all = new Set<string>();
  const add = (iri: string) => {
    const concept = concepts.get(iri);
    if (!concept || all.has(iri)) return;
    all.add(iri);
    if (concept.broader) add(concept.broader);
  };
  for (const iri of used) add(iri);
  return [...all].sort().flatMap((iri) => conceptQuads(ctx, iri, concepts.get(iri)!, written));
}

export function conceptQuads(ctx: GraphContext, iri: string, concept: LocalConcept, written: Written): Quad[] {
  // Labels only: no `a wikibase:Item`, which the WDQS loader drops too, and which our shapes keep for
  // the entities a dump describes in full.
  if (concept.stub) return termQuads(iri, { en: concept.label }, {}, {});
  const quads = [triple(iri, RDF_TYPE, node(NAMESPACES.skos + 'Concept')), ...termQuads(iri, { en: concept.label }, {}, {})];
  if (!concept.broader) return quads;
  const subclassOf: Claim = { property: wd('subclassOf'), snak: { type: 'value', value: { type: 'item', iri: concept.broader, ...(concept.broaderRef && { ref: concept.broaderRef }) } }, rank: 'normal', qualifiers: [], references: [], origin: 'broader' };
  return quads.concat(claimQuads(ctx, concept.key, iri, [subclassOf], written));
}
