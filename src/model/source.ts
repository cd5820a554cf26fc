// **source** — a document claims are cited from. Declared in the dataset manifest.
import { z } from 'zod';
import { entityBaseShape } from './entity-base.js';
import { TimePointSchema } from './time.js';
import { EntityIdSchema, LanguageTagSchema, MonolingualTextSchema, UrlSchema } from './values.js';

export const SourceSchema = z
  .strictObject({
    kind: z.literal('source').default('source'),
    ...entityBaseShape,
    title: MonolingualTextSchema,
    /** Authors that are entities of the dataset. */
    authors: z.array(EntityIdSchema).default([]),
    /** Authors given only by name. */
    authorNames: z.array(z.string().min(1)).default([]),
    date: TimePointSchema.optional(),
    url: UrlSchema.optional(),
    file: z.string().min(1).optional(),
    /** The source's words as a local UTF-8 text file (a transcription, or a saved copy of the page at
     *  `url`), relative to the manifest's `texts` folder: quotes citing the source are checked against it. */
    text: z.string().min(1).optional(),
    /** The language quotes from this source are in. */
    language: LanguageTagSchema,
  })
  .refine((s) => s.url !== undefined || s.file !== undefined || s.text !== undefined, 'give the source a url, a file or a text');
export type Source = z.output<typeof SourceSchema>;
/** A source as written in a data file, before parsing (dates as text, defaults left out). */
export type SourceInput = z.input<typeof SourceSchema>;
