// **entity-base** — what every entity has: a stable id, an optional Wikidata id, and its terms.
import { z } from 'zod';
import { AUTHORITY_KEYS } from '../vocab/identifiers.js';
import { statementSchema, statementsSchema } from './statement.js';
import { AliasesSchema, EntityIdSchema, QidSchema, TermsSchema } from './values.js';
import { ExternalIdSchema } from './wikibase-values.js';

/** Statements of any property, keyed by its Wikidata id (P214) or a name the manifest's `properties:`
 *  declares. Values are typed by the property's datatype once the manifest is known (model/open-values.ts). */
export const ClaimsSchema = z.record(z.string(), z.array(statementSchema(z.unknown()), { error: 'a list of statements' })).default({});

/** Identifiers in authority files, by authority: `identifiers: { viaf: [{ value: "27064953" }] }`. */
export const IdentifiersSchema = z.record(z.string(), statementsSchema(ExternalIdSchema))
  .superRefine((identifiers, ctx) => {
    for (const key of Object.keys(identifiers)) {
      if (!(AUTHORITY_KEYS as string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not an authority linked-lives knows: one of ${AUTHORITY_KEYS.join(', ')} (any other identifier goes under claims: with its property id)` });
      }
    }
  })
  .default({});

export const entityBaseShape = {
  id: EntityIdSchema,
  /** A Wikidata item id — only one verified to denote this entity. */
  qid: QidSchema.optional(),
  labels: TermsSchema.refine((labels) => Object.keys(labels).length > 0, 'give at least one label'),
  descriptions: TermsSchema.default({}),
  aliases: AliasesSchema.default({}),
};

/** For every kind of entity written as a data file (sources, in the manifest, have plain fields). */
export const claimsShape = { claims: ClaimsSchema };

/** For persons, works, places and organisations. */
export const identifiersShape = { identifiers: IdentifiersSchema };
