// **derived-facts** — what each event type gives the people it happened to, found by asking the code:
// for every built-in event type, a small event with a value in every field (a date, a start, an end, a
// place, a party, another organisation, another person, a charge, a penalty, a cause of death) goes
// through buildGraph, and the statements its subject receives are traced back to the fields they came
// from. So the reference follows graph/derive.ts as it changes, with no table kept beside it.
import type { Quad } from '@rdfjs/types';
import { buildGraph } from '../graph/build.js';
import type { Dataset } from '../model/dataset.js';
import { EntitySchema } from '../model/entity.js';
import { ManifestSchema } from '../model/manifest.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P, PROPERTY_LABELS, type PropertyName } from '../vocab/properties.js';
import { conceptKeys } from './field-info.js';

const BASE = 'https://example.org/vocabulary/';
const ref = { references: [{ source: 'doc', quote: 'q' }] };
const at = (value: unknown) => [{ value, ...ref }];

/** Each probe value, and the words that say where it came from. */
const ORIGINS: Record<string, string> = {
  1901: 'date', 1902: 'start', 1903: 'end', town: 'locations', party: 'participants: a political party',
  club: 'participants: another organisation', partner: 'participants: another person', charge: 'charges',
  penalty: 'penalties', illness: 'causeOfDeath', probe: 'the event itself',
};

export interface DerivedFact {
  property: string;
  label: string;
  from: string;
  qualifiers: { property: string; label: string; from: string }[];
}

/** By event type, in the vocabulary's order. One graph holds every type's probe event, each with a
 *  subject of its own. */
export function derivedFacts(): Map<string, DerivedFact[]> {
  const types = conceptKeys('eventType');
  const quads = buildGraph(probe(types), { profile: 'full' });
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  return new Map(types.map((type) => [type, factsOf(bySubject, `${BASE}entity/subject-${type}`)]));
}

function factsOf(bySubject: Map<string, Quad[]>, subject: string): DerivedFact[] {
  const facts: DerivedFact[] = [];
  for (const link of bySubject.get(subject) ?? []) {
    const id = propertyIn(link.predicate.value, NAMESPACES.p);
    if (!id || id === P.instanceOf) continue;
    const about = bySubject.get(link.object.value) ?? [];
    const value = about.find((q) => q.predicate.value === NAMESPACES.ps + id)?.object.value ?? '';
    const qualifiers = about.flatMap((q) => {
      const pid = propertyIn(q.predicate.value, NAMESPACES.pq);
      return pid ? [{ property: pid, label: labelOf(pid), from: originOf(q.object.value) }] : [];
    });
    const fact = { property: id, label: labelOf(id), from: originOf(value), qualifiers };
    if (!facts.some((f) => JSON.stringify(f) === JSON.stringify(fact))) facts.push(fact);
  }
  return facts;
}

const propertyIn = (iri: string, namespace: string) => (iri.startsWith(namespace) && /^P\d+$/.test(iri.slice(namespace.length)) ? iri.slice(namespace.length) : undefined);

/** A date literal by its year, an IRI by its last segment (the probe event's less its type). */
function originOf(value: string): string {
  const key = /^(\d{4})-/.exec(value)?.[1] ?? value.slice(value.lastIndexOf('/') + 1).replace(/^probe-.*/, 'probe');
  return ORIGINS[key] ?? value;
}

const labelOf = (id: string) => {
  const name = (Object.keys(P) as PropertyName[]).find((n) => P[n] === id);
  return name ? PROPERTY_LABELS[name] : id;
};

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
    { kind: 'organization', id: 'party', type: 'political-party', labels: { en: 'party' } },
    { kind: 'organization', id: 'club', type: 'organization', labels: { en: 'club' } },
    { kind: 'place', id: 'town', type: 'city', labels: { en: 'town' } },
    ...types.map((type) => ({
      kind: 'event', id: `probe-${type}`, type, labels: { en: 'probe' }, date: at('1901'), start: at('1902'), end: at('1903'), locations: at('town'),
      participants: [...at(`subject-${type}`), ...at('partner'), ...at('party'), ...at('club')], charges: at('charge'), penalties: at('penalty'), causeOfDeath: at('illness'),
    })),
  ].map((entity) => EntitySchema.parse(entity));
  return { manifest, entities, files: new Map(entities.map((e) => [e.id, `${e.id}.yaml`])) };
}
