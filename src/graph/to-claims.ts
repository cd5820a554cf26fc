// **to-claims** — the statements typed in the data → claims (property chosen, references resolved).
import type { Entity } from '../model/entity.js';
import { statementFields } from '../model/entity.js';
import type { QualifierName } from '../model/qualifiers.js';
import type { Reference } from '../model/reference.js';
import type { Statement } from '../model/statement.js';
import type { TimeValue } from '../model/time.js';
import type { MonolingualText } from '../model/values.js';
import type { Claim, ClaimQualifier, ClaimReference, Value } from './claim.js';
import { refIri, type GraphContext } from './context.js';
import { FIELD_MAPPINGS, QUALIFIER_MAPPING } from './mappings.js';
import { propertyIris, type PropertyRef } from './property.js';

export function statementClaims(ctx: GraphContext, entity: Entity): Claim[] {
  const mapping = FIELD_MAPPINGS[entity.kind] as Record<string, PropertyRef>;
  const claims: Claim[] = [];
  for (const [field, statements] of statementFields(entity)) {
    const property = mapping[field]!;
    for (const statement of statements as Statement<unknown>[]) claims.push(toClaim(ctx, property, statement, field));
  }
  return claims;
}

export function toClaim(ctx: GraphContext, property: PropertyRef, statement: Statement<unknown>, origin: string): Claim {
  const snak = statement.snak.type === 'value'
    ? { type: 'value' as const, value: toValue(ctx, property, statement.snak.value) }
    : statement.snak;
  return {
    ...(statement.id !== undefined && { id: statement.id }),
    property, snak, rank: statement.rank,
    ...(statement.rankReason !== undefined && { rankReason: statement.rankReason }),
    qualifiers: toQualifiers(ctx, statement.qualifiers),
    references: statement.references.map((r) => toReference(ctx, r)),
    origin,
  };
}

export function toValue(ctx: GraphContext, property: PropertyRef, raw: unknown): Value {
  switch (propertyIris(property).datatype) {
    case 'item': return { type: 'item', iri: refIri(ctx, raw as string), ref: raw as string };
    case 'time': return { type: 'time', time: raw as TimeValue };
    case 'monolingualtext': return { type: 'monolingualtext', ...(raw as MonolingualText) };
    case 'string': return { type: 'string', text: raw as string };
    case 'url': return { type: 'url', iri: raw as string };
  }
}

function toQualifiers(ctx: GraphContext, qualifiers: Statement<unknown>['qualifiers']): ClaimQualifier[] {
  return (Object.entries(qualifiers) as [QualifierName, unknown][])
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => {
      const property = QUALIFIER_MAPPING[name];
      return { property, value: toValue(ctx, property, value) };
    });
}

export function toReference(ctx: GraphContext, reference: Reference): ClaimReference {
  return {
    sourceIri: refIri(ctx, reference.source),
    quote: reference.quote,
    lang: reference.quoteLang ?? ctx.sourceLanguage.get(reference.source) ?? 'en',
    ...(reference.at !== undefined && { at: reference.at }),
    ...(reference.namedAs !== undefined && { namedAs: reference.namedAs }),
    ...(reference.note !== undefined && { note: reference.note }),
    ...(reference.url !== undefined && { url: reference.url }),
  };
}
