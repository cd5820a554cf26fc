// **field-info** — what the authoring tools (templates, JSON Schema, vocabulary) say about a field,
// read from the model's field tables and the graph's mappings, so that none of them lists fields by hand.
import { FIELDS } from '../model/entity.js';
import type { EntityKind, FieldSpec, Target } from '../model/fields.js';
import { FIELD_MAPPINGS } from '../graph/mappings.js';
import type { PropertyRef } from '../graph/property.js';
import { CONCEPTS, type ConceptGroup, type ConceptKey } from '../vocab/concepts.js';
import { EXTENSION_TERMS } from '../vocab/extension.js';
import { P, PROPERTY_LABELS } from '../vocab/properties.js';
import { TimeValueSchema } from '../model/time.js';
import { ItemRefSchema, MonolingualTextSchema, NonEmptyStringSchema, UrlSchema } from '../model/values.js';
import { CommonsMediaSchema, GlobeCoordinateSchema, QuantitySchema } from '../model/wikibase-values.js';

/** The kinds written as data files, one folder each. */
export const FILE_KINDS = ['person', 'work', 'event', 'place', 'organization'] as const satisfies readonly EntityKind[];
export type FileKind = (typeof FILE_KINDS)[number];

export const FOLDERS: Record<FileKind, string> = {
  person: 'persons', work: 'works', event: 'events', place: 'places', organization: 'organizations',
};

/** The concept group the `type` field (written as P31) of a kind takes; persons have no type. */
export const TYPE_GROUPS: Partial<Record<FileKind, ConceptGroup>> = {
  work: 'workType', event: 'eventType', place: 'placeType', organization: 'organizationType',
};

/** The value kinds of the field tables (model/fields.ts), told apart by their schema. */
export type ValueKind = 'item' | 'time' | 'text' | 'string' | 'url' | 'quantity' | 'coordinates' | 'commonsFile';
const VALUE_KINDS: [unknown, ValueKind][] = [
  [ItemRefSchema, 'item'], [TimeValueSchema, 'time'], [MonolingualTextSchema, 'text'], [NonEmptyStringSchema, 'string'],
  [UrlSchema, 'url'], [QuantitySchema, 'quantity'], [GlobeCoordinateSchema, 'coordinates'], [CommonsMediaSchema, 'commonsFile'],
];

export interface FieldInfo {
  name: string;
  valueKind: ValueKind;
  targets: readonly Target[];
  /** "P106", or "llx:patronymic" for linked-lives' own properties. */
  property: string;
  propertyLabel: string;
}

export function propertyOf(ref: PropertyRef): { property: string; propertyLabel: string } {
  if (ref.ns === 'wd') return { property: P[ref.name], propertyLabel: PROPERTY_LABELS[ref.name] };
  if (ref.ns === 'll') return { property: `llx:${ref.name}`, propertyLabel: EXTENSION_TERMS[ref.name].label };
  return { property: ref.info.key, propertyLabel: ref.info.labels.en ?? ref.info.key };
}

export function fieldsOf(kind: FileKind): FieldInfo[] {
  const fields = FIELDS[kind] as Record<string, FieldSpec>;
  const mapping = FIELD_MAPPINGS[kind] as Record<string, PropertyRef>;
  return Object.entries(fields).map(([name, spec]) => {
    const valueKind = VALUE_KINDS.find(([schema]) => schema === spec.value)?.[1];
    if (!valueKind) throw new Error(`field ${kind}.${name} has a value schema the authoring tools do not know`);
    return { name, valueKind, targets: spec.targets ?? [], ...propertyOf(mapping[name]!) };
  });
}

/** The built-in concept keys of a group, in the vocabulary's order. */
export function conceptKeys(group: ConceptGroup): ConceptKey[] {
  return (Object.keys(CONCEPTS) as ConceptKey[]).filter((key) => CONCEPTS[key].group === group);
}

export const conceptGroupsOf = (targets: readonly Target[]): ConceptGroup[] =>
  targets.filter((t) => t.startsWith('concept:')).map((t) => t.slice('concept:'.length) as ConceptGroup);

/** "a person or an organization", "an occupation concept (writer, poet …)". */
export function describeTargets(targets: readonly Target[], examples = 3): string {
  const words = targets.map((t) => {
    if (!t.startsWith('concept:')) return `${article(t)} ${t}`;
    const group = t.slice('concept:'.length) as ConceptGroup;
    const keys = conceptKeys(group);
    const shown = keys.slice(0, examples).join(', ');
    return `${article(group)} ${group} concept${keys.length ? ` (${shown}${keys.length > examples ? ' …' : ''})` : ''}`;
  });
  return words.length <= 1 ? (words[0] ?? 'an item') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

export const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** What a value of each kind looks like, in words. */
export const VALUE_WORDS: Record<ValueKind, string> = {
  item: 'an entity id, a concept key or a Wikidata id (Q…)',
  time: 'a date: 1890-12-30, 1919-01, 1925, 1920s, 20th century, "1879-10-26 Julian"',
  text: 'a text in a language: { text: …, lang: en }',
  string: 'a text',
  url: 'a URL',
  quantity: 'a number, with unit and bounds if need be',
  coordinates: '{ latitude, longitude, precision } in degrees',
  commonsFile: 'a file name on Wikimedia Commons',
};
