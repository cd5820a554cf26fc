// **reference** — where a claim comes from: which source, the verbatim quote, where in the source.
import { z } from 'zod';
import { EntityIdSchema, LanguageTagSchema, UrlSchema } from './values.js';

/** Besides these fields, a reference may give any property by its id (`P813: 2024-05-01`) or by a
 *  name the manifest declares; those are typed once the manifest is known (model/open-values.ts). */
export const ReferenceSchema = z.object({
  /** The id of a source declared in the dataset manifest. */
  source: EntityIdSchema.optional(),
  /** The words of the source that support the claim, verbatim: required with a source. */
  quote: z.string().min(1).optional(),
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
}).catchall(z.unknown()).superRefine((reference, ctx) => {
  // A Wikidata-style reference (stated in, reference URL, retrieved …) is all property snaks; one of
  // ours names a source of the manifest and quotes it.
  const snaks = Object.keys(reference).filter((key) => !isReferenceField(key));
  if (reference.source !== undefined) {
    if (reference.quote === undefined) ctx.addIssue({ code: 'custom', path: ['quote'], message: `quote the words of source "${reference.source}" that support the claim (quote:)` });
    return;
  }
  const local = SOURCE_FIELDS.filter((key) => reference[key] !== undefined);
  if (local.length) ctx.addIssue({ code: 'custom', path: [local[0]!], message: `${local.join(', ')} ${local.length > 1 ? 'belong' : 'belongs'} to a source of the manifest: give source: too` });
  else if (!snaks.length) ctx.addIssue({ code: 'custom', message: 'a reference names a source (source: and quote:) or gives properties such as P248 (stated in), P854 (reference URL)' });
});
/** Fields that only make sense with a source of the manifest. */
const SOURCE_FIELDS = ['quote', 'quoteLang', 'at', 'namedAs', 'note'] as const;
export type Reference = z.output<typeof ReferenceSchema>;
/** A reference as written in a data file, before parsing. */
export type ReferenceInput = z.input<typeof ReferenceSchema>;
export const REFERENCE_FIELDS = ['source', 'quote', 'quoteLang', 'at', 'namedAs', 'note', 'url'];
export const isReferenceField = (key: string): boolean => REFERENCE_FIELDS.includes(key);
