// **manifest** — the dataset's own description: title, base IRI, license, sources, extra concepts.
import { z } from 'zod';
import { CONCEPT_GROUPS } from '../vocab/concepts.js';
import { SourceSchema } from './source.js';
import { EntityIdSchema, QidSchema, TermsSchema, UrlSchema } from './values.js';

export const DatasetConceptSchema = z.strictObject({
  group: z.enum(CONCEPT_GROUPS),
  label: z.string().min(1),
  /** A broader concept key or Wikidata id (written as wdt:P279). */
  broader: z.union([QidSchema, EntityIdSchema]).optional(),
});

/** A concept in its own data file: `kind: concept`, an id, and the concept's fields. */
export const ConceptFileSchema = DatasetConceptSchema.extend({ kind: z.literal('concept'), id: EntityIdSchema });

export const ManifestSchema = z.strictObject({
  title: TermsSchema.refine((t) => Object.keys(t).length > 0, 'give the dataset a title'),
  description: TermsSchema.default({}),
  /** Entity IRIs are minted under this base: <base>entity/<id>. Must end with / or #. */
  baseIri: z.url().refine((u) => /[/#]$/.test(u), 'the base IRI must end with / or #'),
  license: UrlSchema,
  sources: z.array(SourceSchema).min(1, 'list the sources the data cites'),
  /** Concepts beyond the built-in vocabulary, by key. */
  concepts: z.record(EntityIdSchema, DatasetConceptSchema).default({}),
});
export type Manifest = z.output<typeof ManifestSchema>;
export type DatasetConcept = z.output<typeof DatasetConceptSchema>;
