// **field-examples** — what a field of a data file expects, in plain words with an example of a
// correct value: "a date such as 1890-12-30, 1890-12 or 1890". Schema messages end with it, so that
// a historian sees what to write instead of what the parser wanted.
import { FIELDS } from '../model/entity.js';
import type { FieldSpec } from '../model/fields.js';
import { TimeValueSchema } from '../model/time.js';
import { ItemRefSchema, MonolingualTextSchema, NonEmptyStringSchema, UrlSchema } from '../model/values.js';
import { CommonsMediaSchema, GlobeCoordinateSchema, QuantitySchema } from '../model/wikibase-values.js';

const DATE = 'a date such as 1890-12-30, 1890-12 or 1890 (also 1920s, 20th century, 1879-10-26 Julian)';
const ITEM = 'an entity id, a concept key or a Wikidata id, such as victor-serge, writer or Q5';
const REFERENCE = 'a reference such as { source: my-source, quote: "born in Brussels" } (the source declared in dataset.yaml, the quote verbatim)';

/** Examples for the value of a statement, by the schema of the field's value. */
const VALUE_EXAMPLES = new Map<unknown, string>([
  [TimeValueSchema, DATE],
  [ItemRefSchema, ITEM],
  [MonolingualTextSchema, 'a text with its language, such as { text: Le Rétif, lang: fr }'],
  [NonEmptyStringSchema, 'a text, such as Le Rétif'],
  [UrlSchema, 'a web address, such as https://example.org/page'],
  [QuantitySchema, 'a number, or an amount with a unit, such as 5 or { amount: 12.5, unit: Q11573 }'],
  [GlobeCoordinateSchema, 'a point such as { latitude: 50.8503, longitude: 4.3517 }'],
  [CommonsMediaSchema, 'a file name on Wikimedia Commons, such as Victor Serge 1910.jpg'],
]);

/** Fields that are the same in every kind, and in the manifest. */
const COMMON: Record<string, string> = {
  labels: 'a map of language codes to names, such as "en: Victor Serge"',
  descriptions: 'a map of language codes to text, such as "en: built from one short biography."',
  description: 'a map of language codes to text, such as "en: built from one short biography."',
  title: 'a map of language codes to text, such as "en: The life of Victor Serge"',
  aliases: 'a map of language codes to lists of names, such as "en: [Vanya, V. S.]"',
  claims: 'a map of Wikidata property ids to lists of statements, such as "P1545: [{ value: \\"2\\", references: [ … ] }]"',
  identifiers: 'a map of authorities to lists of statements, such as "viaf: [{ value: \\"27064953\\", references: [ … ] }]"',
  qid: 'a Wikidata item id such as Q5, only one checked to be this entity',
  type: 'a concept key such as birth, arrest, book or city (linked-lives vocab lists them)',
  rank: 'one of preferred, normal or deprecated (docs/glossary.md#rank)',
  rankReason: 'a text saying why the rank, such as "the parish register"',
  qualifiers: 'a map of qualifiers, such as { startTime: 1919, role: editor }',
  references: `a list of references, each ${REFERENCE}`,
  startTime: DATE, endTime: DATE, pointInTime: DATE,
  role: ITEM, kinship: ITEM, location: ITEM, sourcing: 'a sourcing concept: circa or inferred',
  source: 'the id of a source declared in dataset.yaml, such as my-source',
  quote: 'the words of the source, verbatim, such as "born in Brussels"',
  sources: 'a list of sources, each such as { id: my-source, labels: { en: My source }, title: { text: My source, lang: en }, file: my-source.txt }',
  baseIri: 'a web address ending in / or #, such as https://example.org/my-dataset/',
  license: 'the web address of a license, such as https://creativecommons.org/licenses/by/4.0/',
  concepts: 'a map of concept keys to concepts, such as "shoemaker: { group: occupation, label: shoemaker }"',
};

/**
 * What the field at `path` expects, with an example; undefined when nothing more is known than the
 * schema's own message says. `kind` is the document's kind (person, event …), if any.
 */
export function expectedAt(path: readonly (string | number)[], kind: unknown): string | undefined {
  const fields = (FIELDS as Record<string, Record<string, FieldSpec>>)[String(kind)] ?? {};
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  if (last === undefined) return undefined;
  const first = fields[String(path[0])];
  // A statement field: its list, one statement, or the value of one.
  if (first && !['claims', 'identifiers'].includes(String(path[0]))) {
    const value = VALUE_EXAMPLES.get(first.value) ?? 'a value';
    if (path.length === 1) return `a list of statements, one "- value: …" with its references each; the value ${value}`;
    if (path.length === 2) return `a statement such as { value: …, references: [ … ] }, the value ${value}`;
    if (path.length === 3 && last === 'value') return value;
  }
  // Terms: the value of one language, or a key that should have been a language code.
  if (['labels', 'descriptions', 'description', 'title'].includes(String(path[0])) && path.length === 2) return 'a text, in the language of its key, such as "en: Victor Serge"';
  if (path[0] === 'aliases' && path.length === 2) return 'a list of names, such as "en: [Vanya, V. S.]"';
  if (path[0] === 'aliases' && path.length === 3) return 'a name, such as Vanya';
  if (path.length >= 2 && typeof path[path.length - 1] === 'number' && names.length && last === 'references') return REFERENCE;
  if (TIME_FIELDS.has(last) && path[0] !== 'claims') return DATE;
  return COMMON[last];
}

/** Whether `path` is a statement list of the kind (sexOrGender, date …), written as a list of statements. */
export function isStatementList(path: readonly (string | number)[], kind: unknown): boolean {
  const fields = (FIELDS as Record<string, Record<string, FieldSpec>>)[String(kind)] ?? {};
  return path.length === 1 && Object.hasOwn(fields, String(path[0]));
}

const TIME_FIELDS = new Set(['date', 'start', 'end', 'publicationDate', 'inception', 'dissolution']);
