// **resolve** — what an item reference in the data points to: an entity, a concept, or a Wikidata item.
import { CONCEPTS, isConceptKey, type ConceptGroup } from '../vocab/concepts.js';
import type { Dataset } from './dataset.js';
import type { AnyEntity } from './entity.js';
import type { DatasetConcept } from './manifest.js';

export type Resolved =
  | { type: 'wikidata'; qid: string }
  | { type: 'entity'; entity: AnyEntity }
  | { type: 'concept'; key: string; group: ConceptGroup; builtIn: boolean };

export type Resolver = (ref: string) => Resolved | undefined;

export function createResolver(dataset: Dataset): Resolver {
  const entities = new Map<string, AnyEntity>();
  for (const source of dataset.manifest.sources) entities.set(source.id, source);
  for (const entity of dataset.entities) entities.set(entity.id, entity);
  const own: Record<string, DatasetConcept> = dataset.manifest.concepts;
  return (ref) => {
    if (/^Q\d+$/.test(ref)) return { type: 'wikidata', qid: ref };
    const entity = entities.get(ref);
    if (entity) return { type: 'entity', entity };
    if (Object.hasOwn(own, ref)) return { type: 'concept', key: ref, group: own[ref]!.group, builtIn: false };
    if (isConceptKey(ref)) return { type: 'concept', key: ref, group: CONCEPTS[ref].group, builtIn: true };
    return undefined;
  };
}
