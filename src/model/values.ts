// **values** — the value kinds a statement can hold, besides time (time.ts).
import { z } from 'zod';
import { IriSchema } from './iri-schema.js';

/** A BCP 47 language tag: en, fr, ru, ru-Latn, es-MX … */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 language tag such as en, fr, ru or ru-Latn');

/** A local entity id: lower case letters, digits and dashes ("victor-serge"). */
export const EntityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single dashes, e.g. victor-serge');

export const QidSchema = z.string().regex(/^Q[1-9]\d*$/, 'a Wikidata item id such as Q5');

/** A reference to an item: a local entity id, a concept key, or a Wikidata id (Q…). */
export const ItemRefSchema = z.union([QidSchema, EntityIdSchema], {
  error: 'an entity id (victor-serge), a concept key (writer) or a Wikidata id (Q5)',
});

export const MonolingualTextSchema = z.strictObject({
  text: z.string().min(1),
  lang: LanguageTagSchema,
});
export type MonolingualText = z.output<typeof MonolingualTextSchema>;

export const NonEmptyStringSchema = z.string().min(1);
/** A URL or other absolute IRI (model/iri.ts): checked so that it can be written as it is. */
export const UrlSchema = IriSchema;

/** Labels and descriptions: one text per language. */
export const TermsSchema = z.record(LanguageTagSchema, z.string().min(1));
/** Aliases: any number of texts per language. */
export const AliasesSchema = z.record(LanguageTagSchema, z.array(z.string().min(1)));
