// **json-model** — Wikibase's JSON model of entities, as Special:EntityData serves it and dumps hold
// it (Wikibase's docs/topics/json.md), with the few additions a dataset of ours needs to come back
// whole: the `linkedLives` objects on entities and statements, which Wikibase readers ignore.
import { z } from 'zod';

/** The kinds of entity a dataset of ours holds, plus its manifest (`dataset`) and local concepts. */
export const LOCAL_KINDS = ['person', 'work', 'event', 'place', 'organization', 'source', 'concept', 'dataset'] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

/** What Wikibase has no place for: the kind of entity (ours are typed by class, not only by P31), the
 *  Wikidata item it matches, and the fields of sources, concepts and the manifest that are not statements. */
export const EntityExtensionSchema = z.object({
  kind: z.enum(LOCAL_KINDS),
  qid: z.string().optional(),
  /** The `type` of a work, event, place or organisation, as the data writes it. */
  type: z.string().optional(),
  /** Sources: the language quotes are in, the web address. */
  language: z.string().optional(),
  url: z.string().optional(),
  /** Concepts: their group (occupation, eventType …). */
  group: z.string().optional(),
  /** The manifest: its base IRI and licence. */
  baseIri: z.string().optional(),
  license: z.string().optional(),
});
export type EntityExtension = z.output<typeof EntityExtensionSchema>;

/** A statement's origin in the data: derived from an event (the event gives it back), a field other than
 *  the one its property suggests, and whether its id was given (rather than derived from its content). */
export const StatementExtensionSchema = z.object({
  derivedFrom: z.string().optional(),
  field: z.string().optional(),
  idGiven: z.literal(true).optional(),
});
export type StatementExtension = z.output<typeof StatementExtensionSchema>;

export const EXTENSION_KEY = 'linkedLives';

/** Wikibase's datavalues, by the `type` inside `datavalue`. */
export type DataValue =
  | { type: 'wikibase-entityid'; value: { 'entity-type': string; 'numeric-id'?: number; id: string } }
  | { type: 'string'; value: string }
  | { type: 'monolingualtext'; value: { text: string; language: string } }
  | { type: 'time'; value: { time: string; timezone: number; before: number; after: number; precision: number; calendarmodel: string } }
  | { type: 'quantity'; value: { amount: string; unit: string; upperBound?: string; lowerBound?: string } }
  | { type: 'globecoordinate'; value: { latitude: number; longitude: number; altitude: null; precision: number | null; globe: string } };

export type Snak =
  | { snaktype: 'value'; property: string; hash?: string; datavalue: DataValue; datatype?: string }
  | { snaktype: 'somevalue'; property: string; hash?: string; datatype?: string }
  | { snaktype: 'novalue'; property: string; hash?: string; datatype?: string };

export interface JsonReference {
  hash?: string;
  snaks: Record<string, Snak[]>;
  'snaks-order'?: string[];
  /** Where a reference gives P854 or P1932 by property id as well: which of our fields it has. */
  [EXTENSION_KEY]?: { fields: ('url' | 'namedAs')[] };
}

export interface JsonStatement {
  mainsnak: Snak;
  type: 'statement';
  id?: string;
  rank: 'preferred' | 'normal' | 'deprecated';
  qualifiers?: Record<string, Snak[]>;
  'qualifiers-order'?: string[];
  references?: JsonReference[];
  [EXTENSION_KEY]?: StatementExtension;
}

type Term = { language: string; value: string };

export interface JsonEntity {
  type: string;
  id?: string;
  datatype?: string;
  labels?: Record<string, Term>;
  descriptions?: Record<string, Term>;
  aliases?: Record<string, Term[]>;
  claims?: Record<string, JsonStatement[]>;
  sitelinks?: Record<string, unknown>;
  [EXTENSION_KEY]?: EntityExtension;
}

/** Wikibase's calendar models and the Earth globe, as full IRIs (as the JSON writes them). */
export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';
export const GREGORIAN = `${WIKIDATA_ENTITY}Q1985727`;
export const JULIAN = `${WIKIDATA_ENTITY}Q1985786`;
export const EARTH = `${WIKIDATA_ENTITY}Q2`;

/** The Wikibase datatype id a snak carries for each of our datatypes. */
export const JSON_DATATYPES = {
  item: 'wikibase-item', time: 'time', monolingualtext: 'monolingualtext', string: 'string', url: 'url',
  'external-id': 'external-id', quantity: 'quantity', 'globe-coordinate': 'globe-coordinate', commonsMedia: 'commonsMedia',
} as const;

// What the import checks of an entity's structure before reading it (values are checked as they are
// read): enough that no damaged file makes the reader fail on a missing object.
const TermSchema = z.looseObject({ value: z.string({ error: 'a term is { language, value } with a text value' }) });
const DataValueSchema = z.looseObject({ type: z.string(), value: z.unknown().refine((v) => v !== undefined && v !== null, 'a datavalue has a value') });
export const SnakSchema = z.looseObject({
  snaktype: z.enum(['value', 'somevalue', 'novalue'], { error: 'a snak\'s snaktype is value, somevalue or novalue' }),
  property: z.string({ error: 'a snak names its property' }),
  datatype: z.string().optional(),
  datavalue: DataValueSchema.optional(),
}).refine((s) => s.snaktype !== 'value' || s.datavalue !== undefined, { error: 'a value snak has a datavalue', path: ['datavalue'] });
const SnaksSchema = z.record(z.string(), z.array(SnakSchema));
export const StatementSchema = z.looseObject({
  mainsnak: SnakSchema,
  id: z.string().optional(),
  rank: z.enum(['preferred', 'normal', 'deprecated'], { error: 'a statement\'s rank is preferred, normal or deprecated' }),
  qualifiers: SnaksSchema.optional(),
  'qualifiers-order': z.array(z.string()).optional(),
  references: z.array(z.looseObject({ snaks: SnaksSchema, 'snaks-order': z.array(z.string()).optional() })).optional(),
});
export const EntityShapeSchema = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  labels: z.record(z.string(), TermSchema).optional(),
  descriptions: z.record(z.string(), TermSchema).optional(),
  aliases: z.record(z.string(), z.array(TermSchema)).optional(),
  claims: z.record(z.string(), z.array(StatementSchema)).optional(),
  sitelinks: z.record(z.string(), z.unknown()).optional(),
  [EXTENSION_KEY]: EntityExtensionSchema.optional(),
});
