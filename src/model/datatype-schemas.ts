// **datatype-schemas** — what a value of each datatype is written as in the data, and how an error says so.
import type { z } from 'zod';
import type { Datatype } from '../vocab/datatypes.js';
import { TimeValueSchema } from './time.js';
import { ItemRefSchema, MonolingualTextSchema, NonEmptyStringSchema, UrlSchema } from './values.js';
import { CommonsMediaSchema, ExternalIdSchema, GlobeCoordinateSchema, QuantitySchema } from './wikibase-values.js';

export const VALUE_SCHEMAS = {
  item: ItemRefSchema,
  time: TimeValueSchema,
  monolingualtext: MonolingualTextSchema,
  string: NonEmptyStringSchema,
  url: UrlSchema,
  'external-id': ExternalIdSchema,
  quantity: QuantitySchema,
  'globe-coordinate': GlobeCoordinateSchema,
  commonsMedia: CommonsMediaSchema,
} as const satisfies Record<Datatype, z.ZodType>;

/** What a value of the datatype looks like, for messages: "expected …". */
export const EXPECTED_VALUE: Record<Datatype, string> = {
  item: 'an entity id, a concept key or a Wikidata id (Q5)',
  time: 'a date such as 1890-12-30, 1917-10 or 1933, or { date, calendar, earliest, latest }',
  monolingualtext: '{ text, lang }, e.g. { text: "Petrograd", lang: en }',
  string: 'a text',
  url: 'a URL such as https://example.org/letter-12',
  'external-id': 'an identifier as the authority writes it, e.g. "27064953"',
  quantity: 'a number (5, "12.50") or { amount, unit, lowerBound, upperBound }',
  'globe-coordinate': '{ latitude, longitude, precision } in degrees, e.g. { latitude: 48.8566, longitude: 2.3522, precision: 0.0001 }',
  commonsMedia: 'a Wikimedia Commons file name without "File:", e.g. "Victor Serge.jpg"',
};
