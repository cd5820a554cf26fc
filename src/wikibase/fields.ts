// **fields** — which field of an entity a property's statements belong in: the inverse of
// graph/mappings.ts, shared by the Wikibase JSON export (which notes a statement's field only where it
// is not this one) and the import (which puts statements here).
import type { Entity } from '../model/entity.js';
import { AUTHORITIES } from '../vocab/identifiers.js';
import { P } from '../vocab/properties.js';
import { FIELD_MAPPINGS, QUALIFIER_MAPPING } from '../graph/mappings.js';
import { propertyIris, type PropertyRef } from '../graph/property.js';

const idOf = (property: PropertyRef) => propertyIris(property).id;

/** Field by property id, for each kind written as a data file. */
const FIELDS_BY_PROPERTY = Object.fromEntries(Object.entries(FIELD_MAPPINGS).map(([kind, mapping]) => [
  kind, new Map(Object.entries(mapping as Record<string, PropertyRef>).map(([field, property]) => [idOf(property), field])),
])) as Record<Entity['kind'], Map<string, string>>;

const AUTHORITY_BY_PROPERTY = new Map(Object.entries(AUTHORITIES).map(([authority, name]) => [P[name], authority]));
const KINDS_WITH_IDENTIFIERS = new Set(['person', 'work', 'place', 'organization']);

/** `father`, `identifiers.viaf` or `claims.P2048`: where a statement of this property goes by default. */
export function defaultField(kind: Entity['kind'], propertyId: string): string {
  const field = FIELDS_BY_PROPERTY[kind].get(propertyId);
  if (field) return field;
  const authority = KINDS_WITH_IDENTIFIERS.has(kind) ? AUTHORITY_BY_PROPERTY.get(propertyId as never) : undefined;
  return authority ? `identifiers.${authority}` : `claims.${propertyId}`;
}

/** Named qualifiers by property id (P580 → startTime). */
export const QUALIFIER_BY_PROPERTY = new Map(Object.entries(QUALIFIER_MAPPING).map(([name, property]) => [idOf(property), name]));
