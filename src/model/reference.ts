// **reference** — where a claim comes from: which source, the verbatim quote, where in the source.
import { z } from 'zod';
import { EntityIdSchema, LanguageTagSchema, UrlSchema } from './values.js';

/** Besides these fields, a reference may give any property by its id (`P813: 2024-05-01`) or by a
 *  name the manifest declares; those are typed once the manifest is known (model/open-values.ts). */
export const ReferenceSchema = z.object({
  /** The id of a source declared in the dataset manifest. */
  source: EntityIdSchema,
  /** The words of the source that support the claim, verbatim. */
  quote: z.string().min(1),
  /** Language of the quote. Defaults to the source's language. */
  quoteLang: LanguageTagSchema.optional(),
  /** Where in the source: section, paragraph, table row. */
  at: z.string().min(1).optional(),
  /** How this source spells the value ("Khibalchich"), when it differs from the value. */
  namedAs: z.string().min(1).optional(),
  /** What a reader needs to interpret the source, e.g. "the date is Old Style (Julian)". */
  note: z.string().min(1).optional(),
  /** A URL for this exact passage, when the source has one. */
  url: UrlSchema.optional(),
}).catchall(z.unknown());
export type Reference = z.output<typeof ReferenceSchema>;
export const isReferenceField = (key: string): boolean => Object.hasOwn(ReferenceSchema.shape, key);
export const REFERENCE_FIELDS = Object.keys(ReferenceSchema.shape);
