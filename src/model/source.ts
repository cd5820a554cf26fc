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
    /** The language quotes from this source are in. */
    language: LanguageTagSchema,
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, 'give the source a url or a file');
export type Source = z.output<typeof SourceSchema>;
/** A source as written in a data file, before parsing (dates as text, defaults left out). */
export type SourceInput = z.input<typeof SourceSchema>;
