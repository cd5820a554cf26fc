// **entity-base** — what every entity has: a stable id, an optional Wikidata id, and its terms.
import { z } from 'zod';
import { AliasesSchema, EntityIdSchema, QidSchema, TermsSchema } from './values.js';

export const entityBaseShape = {
  id: EntityIdSchema,
  /** A Wikidata item id — only one verified to denote this entity. */
  qid: QidSchema.optional(),
  labels: TermsSchema.refine((labels) => Object.keys(labels).length > 0, 'give at least one label'),
  descriptions: TermsSchema.default({}),
  aliases: AliasesSchema.default({}),
};
