// **resolve** — what an item reference in the data points to: an entity, a concept, or a Wikidata item.
import { CONCEPTS, isConceptKey, type ConceptGroup } from '../vocab/concepts.js';
import type { Dataset } from './dataset.js';
import type { AnyEntity } from './entity.js';
import type { DatasetConcept } from './manifest.js';

/** The few facts about an entity that other entities' statements need: enough to mint its IRI,
 *  check a reference's target kind, and derive facts (a party membership needs the party's type). */
export interface EntityFacts {
  id: string;
  kind: AnyEntity['kind'];
  type?: string;
  qid?: string;
}

export const factsOf = (e: AnyEntity): EntityFacts =>
  ({ id: e.id, kind: e.kind, ...('type' in e && { type: e.type }), ...(e.qid && { qid: e.qid }) });

export type Resolved =
  | { type: 'wikidata'; qid: string }
  | { type: 'entity'; entity: EntityFacts }
  | { type: 'concept'; key: string; group: ConceptGroup; builtIn: boolean; qid?: string };

export type Resolver = (ref: string) => Resolved | undefined;

export function createResolver(dataset: Dataset): Resolver {
  const entities = new Map<string, EntityFacts>();
  for (const entity of [...dataset.manifest.sources, ...dataset.entities]) entities.set(entity.id, factsOf(entity));
  return resolverOf(entities, dataset.manifest.concepts);
}

/** A resolver over an index of entity facts, as a streaming export builds it in a first pass. */
export function resolverOf(entities: { get(id: string): EntityFacts | undefined }, own: Record<string, DatasetConcept>): Resolver {
  return (ref) => {
    if (/^Q\d+$/.test(ref)) return { type: 'wikidata', qid: ref };
    const entity = entities.get(ref);
    if (entity) return { type: 'entity', entity };
    if (Object.hasOwn(own, ref)) {
      const { group, qid } = own[ref]!;
      return { type: 'concept', key: ref, group, builtIn: false, ...(qid && { qid }) };
    }
    if (isConceptKey(ref)) return { type: 'concept', key: ref, group: CONCEPTS[ref].group, builtIn: true };
    return undefined;
  };
}
