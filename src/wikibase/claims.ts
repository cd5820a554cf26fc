// **claims** — an entity's statements exactly as our RDF gives them, for the Wikibase exports: the
// "instance of" claim render-entity adds, the claims typed in the data (to-claims), those its events
// give it (derive), and the earliest / latest bounds render-claims writes as qualifiers.
import type { Entity } from '../model/entity.js';
import { EXTENSION_TERMS } from '../vocab/extension.js';
import { PROPERTY_LABELS } from '../vocab/properties.js';
import type { Claim } from '../graph/claim.js';
import type { GraphContext } from '../graph/context.js';
import { propertyIris, type PropertyRef } from '../graph/property.js';
import { qualifiersOf } from '../graph/render-claims.js';
import { withInstanceOf } from '../graph/render-entity.js';
import { statementClaims } from '../graph/to-claims.js';

/** The entity's claims as graph/build.ts renders them: instance of, typed claims, derived claims. */
export function entityClaims(ctx: GraphContext, entity: Entity, derived: Map<string, Claim[]>): Claim[] {
  return withInstanceOf(ctx, entity, [...statementClaims(ctx, entity), ...(derived.get(entity.id) ?? [])]);
}

/** The statement's qualifiers as render-claims.ts writes them (with the bounds of its dates beside them). */
export const statementQualifiers = qualifiersOf;

/** A property as a report names it: its Wikidata id, an extension property's name, or a dataset's key. */
export function propertyName(property: PropertyRef): { id: string; label: string } {
  if (property.ns === 'wd') return { id: propertyIris(property).id, label: PROPERTY_LABELS[property.name] };
  if (property.ns === 'll') return { id: property.name, label: EXTENSION_TERMS[property.name].label };
  const { key, labels } = property.info;
  return { id: key, label: labels.en ?? Object.values(labels)[0] ?? key };
}

/** The Wikidata property id a property is written with on Wikidata, if it is one of Wikidata's. */
export function wikidataPropertyId(property: PropertyRef): string | undefined {
  if (property.ns === 'wd') return propertyIris(property).id;
  if (property.ns === 'open' && property.info.wikidata) return property.info.key;
  return undefined;
}
