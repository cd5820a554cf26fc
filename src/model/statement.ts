// **statement** — a claim: a value (or "unknown value" / "no value"), qualifiers, references and a rank.
// Several statements for one field live side by side; ranks say which one to believe.
import { z } from 'zod';
import { QualifiersSchema } from './qualifiers.js';
import { ReferenceSchema } from './reference.js';

export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export const RankSchema = z.enum(RANKS);
export type Rank = z.output<typeof RankSchema>;

/** Letters, digits and dashes, as in the tail of a Wikibase statement IRI (Q42-F078E5B3-…). */
export const StatementIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/, 'a statement id is letters, digits and dashes (at most 100), e.g. F078E5B3-F9A8-480E-B7AC-D97778CBBEF9');

export type Snak<V> = { type: 'value'; value: V } | { type: 'somevalue' } | { type: 'novalue' };

/** A qualifier or reference value given by property key may be `{ unknownValue: true }` (Wikidata's
 *  "unknown value", e.g. an end date not known) or `{ noValue: true }` (there is none), as in Wikibase. */
export function specialSnak(value: unknown): 'somevalue' | 'novalue' | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const v = value as { unknownValue?: unknown; noValue?: unknown };
  return v.unknownValue === true ? 'somevalue' : v.noValue === true ? 'novalue' : undefined;
}

export function statementSchema<V extends z.ZodType>(value: V) {
  return z
    .strictObject({
      /** A stable id for the statement's IRI (`<base>statement/<entity>-<id>`), kept through any edit.
       *  Without it the id is derived from the entity, property and value (graph/statement-id.ts). */
      id: StatementIdSchema.optional(),
      value: value.optional(),
      /** The value exists but is not known (Wikidata's "unknown value"). */
      unknownValue: z.literal(true).optional(),
      /** There is no value: e.g. no citizenship (Wikidata's "no value"). */
      noValue: z.literal(true).optional(),
      rank: RankSchema.default('normal'),
      rankReason: z.string().min(1).optional(),
      qualifiers: QualifiersSchema.default({}),
      references: z.array(ReferenceSchema).default([]),
    })
    .transform((input, ctx) => {
      const given = [input.value !== undefined, !!input.unknownValue, !!input.noValue].filter(Boolean).length;
      if (given !== 1) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of value, unknownValue: true or noValue: true', input });
        return z.NEVER;
      }
      const snak: Snak<z.output<V>> = input.unknownValue
        ? { type: 'somevalue' }
        : input.noValue
          ? { type: 'novalue' }
          : { type: 'value', value: input.value as z.output<V> };
      const { id, rank, rankReason, qualifiers, references } = input;
      return { ...(id !== undefined && { id }), snak, rank, ...(rankReason !== undefined && { rankReason }), qualifiers, references };
    });
}

/** A list of statements for one field; absent means none. */
export function statementsSchema<V extends z.ZodType>(value: V) {
  return z.array(statementSchema(value)).default([]);
}

export type Statement<V> = {
  id?: string;
  snak: Snak<V>;
  rank: Rank;
  rankReason?: string;
  qualifiers: z.output<typeof QualifiersSchema>;
  references: z.output<typeof ReferenceSchema>[];
};

/** A statement as written in a data file, its value written as V: `{ value, qualifiers, references }`. */
export type StatementInput<V = unknown> = z.input<ReturnType<typeof statementSchema<z.ZodType<unknown, V>>>>;
