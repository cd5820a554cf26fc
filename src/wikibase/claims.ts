// **claims** — an entity's statements exactly as our RDF gives them, for the Wikibase exports: the
// "instance of" claim render-entity adds, the claims typed in the data (to-claims), those its events
// give it (derive), and the earliest / latest bounds render-claims writes as qualifiers. Kept here, in
// the same order and with the same rules, because those modules do not export these steps.
import type { AnyEntity, Entity } from '../model/entity.js';
import { EXTENSION_TERMS } from '../vocab/extension.js';
import { Q } from '../vocab/items.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { PROPERTY_LABELS } from '../vocab/properties.js';
import type { Claim, ClaimQualifier, Value } from '../graph/claim.js';
import { refIri, type GraphContext } from '../graph/context.js';
import { propertyIris, wd, type PropertyRef } from '../graph/property.js';
import { statementClaims } from '../graph/to-claims.js';

/** The entity's claims as graph/build.ts renders them: instance of, typed claims, derived claims. */
export function entityClaims(ctx: GraphContext, entity: Entity, derived: Map<string, Claim[]>): Claim[] {
  return [instanceOf(ctx, entity), ...statementClaims(ctx, entity), ...(derived.get(entity.id) ?? [])];
}

/** wdt:P31 — Q5 for persons, the `type` concept for the other kinds, "written work" for sources
 *  (as render-entity.ts writes it). */
export function instanceOf(ctx: GraphContext, entity: AnyEntity): Claim {
  const iri = entity.kind === 'person' ? NAMESPACES.wd + Q.human
    : entity.kind === 'source' ? NAMESPACES.wd + Q.writtenWork
      : refIri(ctx, entity.type);
  const ref = entity.kind === 'person' ? Q.human : entity.kind === 'source' ? Q.writtenWork : entity.type;
  return {
    property: wd('instanceOf'), snak: { type: 'value', value: { type: 'item', iri, ref } }, rank: 'normal',
    qualifiers: [], references: [], origin: entity.kind === 'person' ? 'kind' : 'type',
  };
}

/** The statement's qualifiers as render-claims.ts writes them: with the earliest / latest bounds (P1319 /
 *  P1326) of its value and of its time qualifiers beside them, each qualifier once. */
export function statementQualifiers(claim: Claim): ClaimQualifier[] {
  const main = claim.snak.type === 'value' ? bounds(claim.snak.value) : [];
  const all = main.length || claim.qualifiers.some((q) => q.value.type === 'time')
    ? [...main, ...claim.qualifiers.flatMap((q) => [q, ...bounds(q.value)])]
    : claim.qualifiers;
  if (all.length < 2) return all;
  const seen = new Set<string>();
  return all.filter((q) => {
    const key = JSON.stringify([propertyIris(q.property).id, q.value]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function bounds(value: Value): ClaimQualifier[] {
  if (value.type !== 'time') return [];
  const out: ClaimQualifier[] = [];
  if (value.time.earliest) out.push({ property: wd('earliestDate'), value: { type: 'time', time: value.time.earliest } });
  if (value.time.latest) out.push({ property: wd('latestDate'), value: { type: 'time', time: value.time.latest } });
  return out;
}

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
