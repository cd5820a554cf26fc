// **fields** — how an entity kind declares its statement fields: the value kind, and for item values
// which kinds of entity or concept they may point to (checked once the whole dataset is loaded).
import { z } from 'zod';
import type { ConceptGroup } from '../vocab/concepts.js';
import { statementsSchema } from './statement.js';
import { TimeValueSchema } from './time.js';
import { ItemRefSchema, MonolingualTextSchema, NonEmptyStringSchema, UrlSchema } from './values.js';
import { CommonsMediaSchema, GlobeCoordinateSchema, QuantitySchema } from './wikibase-values.js';

export const ENTITY_KINDS = ['person', 'work', 'event', 'place', 'organization', 'source'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What an item value may point to: an entity kind, or a concept group ("concept:occupation"). */
export type Target = EntityKind | `concept:${ConceptGroup}`;

export interface FieldSpec<V extends z.ZodType = z.ZodType> {
  value: V;
  targets?: readonly Target[];
}

export const item = (...targets: Target[]) => ({ value: ItemRefSchema, targets });
export const time = () => ({ value: TimeValueSchema });
export const text = () => ({ value: MonolingualTextSchema });
export const string = () => ({ value: NonEmptyStringSchema });
export const url = () => ({ value: UrlSchema });
export const quantity = () => ({ value: QuantitySchema });
export const coordinates = () => ({ value: GlobeCoordinateSchema });
export const commonsFile = () => ({ value: CommonsMediaSchema });

export type FieldShape<F extends Record<string, FieldSpec>> = {
  [K in keyof F]: ReturnType<typeof statementsSchema<F[K]['value']>>;
};

/** Turns a field table into the zod shape of its statement lists. */
export function fieldShape<F extends Record<string, FieldSpec>>(fields: F): FieldShape<F> {
  const entries = Object.entries(fields).map(([name, spec]) => [name, statementsSchema(spec.value)]);
  return Object.fromEntries(entries) as FieldShape<F>;
}
