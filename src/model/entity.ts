// **entity** — the union of entity kinds, and the field tables that describe them.
import { z } from 'zod';
import { EventSchema, EVENT_FIELDS } from './event.js';
import type { EntityKind, FieldSpec } from './fields.js';
import { OrganizationSchema, ORGANIZATION_FIELDS } from './organization.js';
import { PersonSchema, PERSON_FIELDS } from './person.js';
import { PlaceSchema, PLACE_FIELDS } from './place.js';
import { SourceSchema } from './source.js';
import { WorkSchema, WORK_FIELDS } from './work.js';

/** Entities written as data files (sources live in the manifest). */
export const EntitySchema = z.discriminatedUnion('kind', [
  PersonSchema,
  WorkSchema,
  EventSchema,
  PlaceSchema,
  OrganizationSchema,
]);
export type Entity = z.output<typeof EntitySchema>;
/** Any entity as written in a data file, before parsing. */
export type EntityInput = z.input<typeof EntitySchema>;
export type AnyEntity = Entity | z.output<typeof SourceSchema>;

/** The statement fields of each kind (sources have plain fields). */
export const FIELDS = {
  person: PERSON_FIELDS,
  work: WORK_FIELDS,
  event: EVENT_FIELDS,
  place: PLACE_FIELDS,
  organization: ORGANIZATION_FIELDS,
  source: {},
} as const satisfies Record<EntityKind, Record<string, FieldSpec>>;

export type FieldName<K extends Entity['kind']> = keyof (typeof FIELDS)[K] & string;

/** The statement lists of an entity, by field name, in the kind's declared field order. */
export function statementFields(entity: Entity): [string, unknown[]][] {
  const record = entity as unknown as Record<string, unknown[]>;
  return Object.keys(FIELDS[entity.kind]).map((name) => [name, record[name] ?? []]);
}
