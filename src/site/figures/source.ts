// **source** — what the figure builders read: entities by id, the events naming a participant, and
// concept labels. `figureSource(dataset)` builds it from a loaded dataset once for all pages; a
// streaming build can fill the same interface from its own index.
import type { Dataset } from '../../model/dataset.js';
import type { AnyEntity } from '../../model/entity.js';
import type { Event } from '../../model/event.js';
import { CONCEPTS, isConceptKey } from '../../vocab/concepts.js';
import type { Label } from './svg.js';

export interface FigureSource {
  entity(id: string): AnyEntity | undefined;
  /** Events with a participant statement naming the entity (any role, any rank), in data order. */
  eventsOf(id: string): Event[];
  /** A concept's label ("imprisonment", "friend"), or undefined for a key that is no concept. */
  conceptLabel(key: string): string | undefined;
  /** The language labels are drawn in where they have it; defaults to English. */
  lang: string;
}

export function figureSource(dataset: Dataset, lang = 'en'): FigureSource {
  const entities = new Map<string, AnyEntity>();
  for (const e of [...dataset.manifest.sources, ...dataset.entities]) entities.set(e.id, e);
  const events = new Map<string, Event[]>();
  for (const e of dataset.entities) {
    if (e.kind !== 'event') continue;
    const named = new Set(e.participants.flatMap((p) => (p.snak.type === 'value' ? [p.snak.value] : [])));
    for (const id of named) events.set(id, [...(events.get(id) ?? []), e]);
  }
  const own = dataset.manifest.concepts;
  return {
    entity: (id) => entities.get(id),
    eventsOf: (id) => events.get(id) ?? [],
    conceptLabel: (key) => (Object.hasOwn(own, key) ? own[key]!.label : isConceptKey(key) ? CONCEPTS[key].label : undefined),
    lang,
  };
}

/** The label in the wanted language, else English, else the first language in alphabetical order. */
export function pickLabel(terms: Record<string, string>, lang: string): Label | undefined {
  const key = terms[lang] !== undefined ? lang : terms.en !== undefined ? 'en' : Object.keys(terms).sort()[0];
  return key === undefined ? undefined : { text: terms[key]!, lang: key };
}

/** An item reference's label: the entity's, the concept's, or the reference itself (a Wikidata id). */
export function labelOf(source: FigureSource, ref: string): Label {
  const entity = source.entity(ref);
  if (entity) return pickLabel(entity.labels, source.lang) ?? { text: ref };
  const concept = source.conceptLabel(ref);
  return concept !== undefined ? { text: concept, lang: 'en' } : { text: ref };
}

/** Whether the reference is an entity of the dataset (it has a page to link to). */
export const isEntity = (source: FigureSource, ref: string): boolean => source.entity(ref) !== undefined;

