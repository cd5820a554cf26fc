// **to-claims** — the statements typed in the data → claims (property chosen, references resolved).
import type { Entity } from '../model/entity.js';
import { statementFields } from '../model/entity.js';
import { isQualifierName, type QualifierName } from '../model/qualifiers.js';
import { isReferenceField, type Reference } from '../model/reference.js';
import { specialSnak, type Statement } from '../model/statement.js';
import type { TimeValue } from '../model/time.js';
import type { MonolingualText } from '../model/values.js';
import type { GlobeCoordinate, Quantity } from '../model/wikibase-values.js';
import { AUTHORITIES, type Authority } from '../vocab/identifiers.js';
import { GLOBE_EARTH, UNIT_ONE } from '../vocab/namespaces.js';
import type { Claim, ClaimQualifier, ClaimReference, Value } from './claim.js';
import { propertyOfKey, refIri, type GraphContext } from './context.js';
import { FIELD_MAPPINGS, QUALIFIER_MAPPING } from './mappings.js';
import { propertyIris, wd, type PropertyRef } from './property.js';

/** The claims an entity's statements give: named fields, then identifiers, then `claims:`. */
export function statementClaims(ctx: GraphContext, entity: Entity): Claim[] {
  const mapping = FIELD_MAPPINGS[entity.kind] as Record<string, PropertyRef>;
  const claims: Claim[] = [];
  for (const [field, statements] of statementFields(entity)) {
    const property = mapping[field]!;
    for (const statement of statements as Statement<unknown>[]) claims.push(toClaim(ctx, property, statement, field));
  }
  if ('identifiers' in entity) {
    for (const [authority, statements] of Object.entries(entity.identifiers)) {
      const property = wd(AUTHORITIES[authority as Authority]);
      for (const statement of statements ?? []) claims.push(toClaim(ctx, property, statement, `identifiers.${authority}`));
    }
  }
  for (const [key, statements] of Object.entries(entity.claims)) {
    if (!statements.length) continue;
    const property = propertyOfKey(ctx, key);
    for (const statement of statements) claims.push(toClaim(ctx, property, statement, `claims.${key}`));
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
  const iris = propertyIris(property);
  switch (iris.datatype) {
    case 'item': return { type: 'item', iri: refIri(ctx, raw as string), ref: raw as string };
    case 'time': return { type: 'time', time: raw as TimeValue };
    case 'monolingualtext': return { type: 'monolingualtext', ...(raw as MonolingualText) };
    case 'string': return { type: 'string', text: raw as string };
    case 'url': return { type: 'url', iri: raw as string };
    case 'commonsMedia': return { type: 'commonsMedia', file: raw as string };
    case 'external-id': {
      const id = raw as string;
      // A function, not a string: "$$" or "$&" in an identifier must not act as replacement patterns.
      const encoded = wfUrlencode(id);
      return { type: 'external-id', id, ...(iris.formatterUri !== undefined && { normalized: iris.formatterUri.replaceAll('$1', () => encoded) }) };
    }
    case 'quantity': {
      const { amount, unit, lowerBound, upperBound } = raw as Quantity;
      return {
        type: 'quantity', amount, ...(lowerBound !== undefined && { lowerBound, upperBound }),
        unit: unit === undefined ? UNIT_ONE : refIri(ctx, unit), ...(unit !== undefined && { unitRef: unit }),
      };
    }
    case 'globe-coordinate': {
      const { latitude, longitude, precision, globe } = raw as GlobeCoordinate;
      return {
        type: 'globe-coordinate', latitude, longitude, ...(precision !== undefined && { precision }),
        globe: globe === undefined ? GLOBE_EARTH : refIri(ctx, globe), ...(globe !== undefined && { globeRef: globe }),
      };
    }
  }
}

/**
 * MediaWiki's wfUrlencode, which Wikibase applies to an identifier before putting it into the formatter
 * URI (ExternalIdentifierRdfBuilder): PHP's urlencode (space → "+", all but letters, digits and -_.
 * percent-encoded) with ; @ $ ! * ( ) , / ~ : left as they are.
 */
export function wfUrlencode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.;@$!*(),/~:]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function toQualifiers(ctx: GraphContext, qualifiers: Statement<unknown>['qualifiers']): ClaimQualifier[] {
  const out: ClaimQualifier[] = [];
  for (const [name, value] of Object.entries(qualifiers)) {
    if (value === undefined) continue;
    if (isQualifierName(name)) {
      const property = QUALIFIER_MAPPING[name as QualifierName];
      out.push({ property, value: toValue(ctx, property, value) });
    } else out.push(...keyedSnaks(ctx, name, value));
  }
  return out;
}

/** The values of a property given by key (typed to a list by model/open-values.ts). */
function keyedSnaks(ctx: GraphContext, key: string, values: unknown): ClaimQualifier[] {
  const property = propertyOfKey(ctx, key);
  return (values as unknown[]).map((value) => {
    const special = specialSnak(value);
    return { property, value: special ? { type: special } : toValue(ctx, property, value) };
  });
}

export function toReference(ctx: GraphContext, reference: Reference): ClaimReference {
  const snaks = Object.keys(reference).filter((key) => !isReferenceField(key)).flatMap((key) => keyedSnaks(ctx, key, reference[key]));
  const { source, quote } = reference;
  return {
    ...(source !== undefined && { sourceIri: refIri(ctx, source) }),
    ...(quote !== undefined && { quote, lang: reference.quoteLang ?? ctx.sourceLanguage.get(source!) ?? 'en' }),
    ...(reference.at !== undefined && { at: reference.at }),
    ...(reference.namedAs !== undefined && { namedAs: reference.namedAs }),
    ...(reference.note !== undefined && { note: reference.note }),
    ...(reference.url !== undefined && { url: reference.url }),
    ...(snaks.length && { snaks }),
  };
}
