// **derived-facts** — what each event type gives the people it happened to, found by asking the code:
// for every built-in event type, a small event with a value in every field (a date, a start, an end, a
// place, a party, another organisation, another person, a charge, a penalty, a cause of death) goes
// through graph/derive.ts, and the claims its subject receives are traced back to the fields they came
// from. So the reference follows graph/derive.ts as it changes, with no table kept beside it.
import type { SpecialValue, Value } from '../graph/claim.js';
import { createContext } from '../graph/context.js';
import { eventClaims } from '../graph/derive.js';
import type { Event } from '../model/event.js';
import type { Dataset } from '../model/dataset.js';
import { EntitySchema } from '../model/entity.js';
import { ManifestSchema } from '../model/manifest.js';
import { conceptKeys, propertyOf } from './field-info.js';

const BASE = 'https://example.org/vocabulary/';
const ref = { references: [{ source: 'doc', quote: 'q' }] };
const at = (value: unknown) => [{ value, ...ref }];

/** Each probe value, and the words that say where it came from. */
const ORIGINS: Record<string, string> = {
  1901: 'date', 1902: 'start', 1903: 'end', town: 'locations', party: 'participants: a political party',
  club: 'participants: another organisation', partner: 'participants: another person', charge: 'charges',
  penalty: 'penalties', illness: 'causeOfDeath', homicide: 'mannerOfDeath', probe: 'the event itself',
  founder: 'participants with the role founder',
};

export interface DerivedFact {
  /** Whom the fact is about, when not the event's subject: "the organisation" it founds … */
  on?: string;
  property: string;
  propertyLabel: string;
  from: string;
  qualifiers: { property: string; propertyLabel: string; from: string }[];
}

/** By event type, in the vocabulary's order. */
export function derivedFacts(): Map<string, DerivedFact[]> {
  const types = conceptKeys('eventType');
  const dataset = probe(types);
  const ctx = createContext(dataset);
  return new Map(types.map((type) => {
    const event = dataset.entities.find((e): e is Event => e.kind === 'event' && e.type === type)!;
    const given = eventClaims(ctx, event);
    const facts: DerivedFact[] = [];
    // The subject's facts, then what an organisation taking part receives beyond the significant event
    // (P793) every non-person subject gets: a founding gives the organisation its inception and founders.
    const claims = [...(given.get(`subject-${type}`) ?? []).map((claim) => ({ claim, on: undefined })),
      ...(given.get('club') ?? []).filter((claim) => !(claim.property.ns === 'wd' && claim.property.name === 'significantEvent')).map((claim) => ({ claim, on: 'the organisation' }))];
    for (const { claim, on } of claims) {
      const qualifiers = claim.qualifiers.map((q) => ({ ...propertyOf(q.property), from: originOf(q.value) }));
      const fact = { ...(on && { on }), ...propertyOf(claim.property), from: claim.snak.type === 'value' ? originOf(claim.snak.value) : claim.snak.type, qualifiers };
      if (!facts.some((f) => JSON.stringify(f) === JSON.stringify(fact))) facts.push(fact);
    }
    return [type, facts];
  }));
}

/** A date by its year, an item by the last segment of its IRI (the probe event's less its type). */
function originOf(value: Value | SpecialValue): string {
  const key = value.type === 'time' ? String(value.time.year) : value.type === 'item' ? value.iri.slice(value.iri.lastIndexOf('/') + 1).replace(/^probe-.*/, 'probe') : value.type;
  return ORIGINS[key] ?? key;
}


/** A dataset of one event of each type, with a value in every field its derivation may read. */
function probe(types: string[]): Dataset {
  const manifest = ManifestSchema.parse({
    title: { en: 'probe' }, baseIri: BASE, license: 'https://example.org/licence',
    sources: [{ id: 'doc', labels: { en: 'doc' }, title: { text: 'doc', lang: 'en' }, file: 'doc.txt', language: 'en' }],
    concepts: { charge: { group: 'charge', label: 'a charge' }, penalty: { group: 'charge', label: 'a penalty' }, illness: { group: 'causeOfDeath', label: 'an illness' } },
  });
  const entities = [
    ...types.map((type) => ({ kind: 'person', id: `subject-${type}`, labels: { en: 'subject' } })),
    { kind: 'person', id: 'partner', labels: { en: 'partner' } },
    { kind: 'person', id: 'founder', labels: { en: 'founder' } },
    { kind: 'organization', id: 'party', type: 'political-party', labels: { en: 'party' } },
    { kind: 'organization', id: 'club', type: 'organization', labels: { en: 'club' } },
    { kind: 'place', id: 'town', type: 'city', labels: { en: 'town' } },
    ...types.map((type) => ({
      kind: 'event', id: `probe-${type}`, type, labels: { en: 'probe' }, date: at('1901'), start: at('1902'), end: at('1903'), locations: at('town'),
      participants: [...at(`subject-${type}`), ...at('partner'), ...at('party'), ...at('club'), { value: 'founder', qualifiers: { role: 'founder' }, ...ref }],
      charges: at('charge'), penalties: at('penalty'), causeOfDeath: at('illness'), mannerOfDeath: at('homicide'),
    })),
  ].map((entity) => EntitySchema.parse(entity));
  return { manifest, entities, files: new Map(entities.map((e) => [e.id, `${e.id}.yaml`])) };
}
