// **derive** — events are the source of person facts. A birth event gives its subject a date and
// place of birth, an imprisonment a place of detention with start and end, and so on (docs/data-format.md).
// A derived claim keeps the rank of the event statement it comes from (deprecated ones too: the full
// profile shows the rejected claim beside the accepted one) and carries its references.
import type { Entity } from '../model/entity.js';
import type { Event } from '../model/event.js';
import type { Statement } from '../model/statement.js';
import type { PropertyName } from '../vocab/properties.js';
import { PARTY_CONCEPTS } from '../vocab/concepts.js';
import type { Claim, ClaimQualifier, ClaimReference } from './claim.js';
import { entityIri, type GraphContext } from './context.js';
import { toClaim, toReference, toValue } from './to-claims.js';
import { wd } from './property.js';


/** Every property an event can give the entities it happened to. A streaming export written in
 *  several blocks can meet one such fact twice (two events, or an event and a typed field). */
export const DERIVED_PROPERTIES = [
  'dateOfBirth', 'placeOfBirth', 'dateOfDeath', 'placeOfDeath', 'placeOfBurial', 'placeOfDetention', 'residence',
  'convictedOf', 'penalty', 'memberOfPoliticalParty', 'memberOf', 'spouse', 'employer', 'significantEvent',
] as const satisfies readonly PropertyName[];
type DerivedProperty = (typeof DERIVED_PROPERTIES)[number];

type Stmt = Statement<unknown>;
type Target = { id: string; kind: string; participation: Stmt };

/** Derived claims of every entity, by entity id, in event order. */
export function deriveClaims(ctx: GraphContext, entities: Iterable<Entity>): Map<string, Claim[]> {
  const derived = new Map<string, Claim[]>();
  for (const event of entities) {
    if (event.kind !== 'event') continue;
    for (const [id, claims] of eventClaims(ctx, event)) derived.set(id, [...(derived.get(id) ?? []), ...claims]);
  }
  return derived;
}

/** The claims one event gives the entities it happened to, by entity id. */
export function eventClaims(ctx: GraphContext, event: Event): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const target of subjects(ctx, event)) {
    const claims = target.kind === 'person' ? personClaims(ctx, event, target) : undefined;
    out.set(target.id, [...(out.get(target.id) ?? []), ...(claims ?? [significantEvent(ctx, event, target)])]);
  }
  return out;
}

/** Participants without a role, that are entities of the dataset and not deprecated. */
function subjects(ctx: GraphContext, event: Event): Target[] {
  return event.participants.flatMap((p) => {
    if (p.snak.type !== 'value' || p.qualifiers.role || p.rank === 'deprecated') return [];
    const found = ctx.resolve(p.snak.value);
    return found?.type === 'entity' ? [{ id: found.entity.id, kind: found.entity.kind, participation: p as Stmt }] : [];
  });
}

function personClaims(ctx: GraphContext, event: Event, target: Target): Claim[] | undefined {
  const from = (name: DerivedProperty, statements: Stmt[], qualifiers: Qualified = NONE) =>
    statements.map((s) => derivedClaim(ctx, event, target, name, s, qualifiers));
  const span = () => spanQualifiers(ctx, event);
  switch (event.type) {
    case 'birth': return [...from('dateOfBirth', event.date), ...from('placeOfBirth', event.locations)];
    case 'death': return [...from('dateOfDeath', event.date), ...from('placeOfDeath', event.locations)];
    case 'burial': return from('placeOfBurial', event.locations);
    case 'imprisonment': return from('placeOfDetention', event.locations, span());
    case 'residence': return from('residence', event.locations, span());
    case 'conviction': return [...from('convictedOf', event.charges, span()), ...from('penalty', event.penalties, span())];
    case 'membership': return memberships(ctx, event).flatMap(([name, s]) => from(name, [s], span()));
    // A wedding's date is when the marriage starts: spouse queries ask for pq:P580, as on Wikidata.
    case 'marriage': return from('spouse', others(event, target, 'person', ctx), spanQualifiers(ctx, event, 'startTime'));
    case 'employment': return from('employer', employers(ctx, event), span());
    default: return undefined;
  }
}

type Qualified = { qualifiers: ClaimQualifier[]; references: ClaimReference[] };
const NONE: Qualified = { qualifiers: [], references: [] };

function derivedClaim(ctx: GraphContext, event: Event, target: Target, name: DerivedProperty, statement: Stmt, extra: Qualified): Claim {
  const { id, ...claim }: Claim = toClaim(ctx, wd(name), statement, `derived from event ${event.id}`);
  if (id !== undefined) claim.sourceId = id; // the event's own statement has that IRI
  claim.qualifiers.push(...extra.qualifiers);
  claim.references = uniqueReferences([...claim.references, ...extra.references, ...target.participation.references.map((r) => toReference(ctx, r))]);
  return claim;
}

/** Time qualifiers from the event's best-ranked date, start and end statements, with their references.
 *  The date is a point in time (P585), or the start (P580) where the event begins a state, as a marriage does. */
function spanQualifiers(ctx: GraphContext, event: Event, dateAs: 'pointInTime' | 'startTime' = 'pointInTime'): Qualified {
  const out: Qualified = { qualifiers: [], references: [] };
  const add = (name: PropertyName, statements: Stmt[]) => {
    for (const s of best(statements)) {
      if (s.snak.type !== 'value') continue;
      out.qualifiers.push({ property: wd(name), value: toValue(ctx, wd(name), s.snak.value) });
      out.references.push(...s.references.map((r) => toReference(ctx, r)));
    }
  };
  add(dateAs, event.date);
  add('startTime', event.start);
  add('endTime', event.end);
  return out;
}

function significantEvent(ctx: GraphContext, event: Event, target: Target): Claim {
  const when = spanQualifiers(ctx, event);
  const where = best(event.locations).flatMap((s): ClaimQualifier[] =>
    s.snak.type === 'value' ? [{ property: wd('location'), value: toValue(ctx, wd('location'), s.snak.value) }] : []);
  return {
    property: wd('significantEvent'),
    snak: { type: 'value', value: { type: 'item', iri: entityIri(ctx, event) } },
    rank: target.participation.rank,
    qualifiers: [...when.qualifiers, ...where],
    references: uniqueReferences([...target.participation.references.map((r) => toReference(ctx, r)), ...when.references]),
    origin: `derived from event ${event.id}`,
  };
}

/** Statements of the best rank: preferred ones if any, else normal ones. */
export function best<S extends { rank: string }>(statements: readonly S[]): S[] {
  const preferred = statements.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : statements.filter((s) => s.rank === 'normal');
}

function memberships(ctx: GraphContext, event: Event): [DerivedProperty, Stmt][] {
  return event.participants.flatMap((p): [DerivedProperty, Stmt][] => {
    const found = p.snak.type === 'value' ? ctx.resolve(p.snak.value) : undefined;
    if (found?.type !== 'entity' || found.entity.kind !== 'organization' || p.qualifiers.role) return [];
    return [[PARTY_CONCEPTS.has(found.entity.type ?? '') ? 'memberOfPoliticalParty' : 'memberOf', p as Stmt]];
  });
}

function employers(ctx: GraphContext, event: Event): Stmt[] {
  return event.participants.filter((p) => {
    if (p.snak.type !== 'value') return false;
    if (p.qualifiers.role === 'employer-role') return true;
    const found = ctx.resolve(p.snak.value);
    return !p.qualifiers.role && found?.type === 'entity' && found.entity.kind === 'organization';
  }).map((p) => ({ ...p, qualifiers: {} }) as Stmt);
}

function others(event: Event, target: Target, kind: string, ctx: GraphContext): Stmt[] {
  return subjects(ctx, event).filter((t) => t.id !== target.id && t.kind === kind).map((t) => t.participation);
}

function uniqueReferences(references: ClaimReference[]): ClaimReference[] {
  const seen = new Set<string>();
  return references.filter((r) => {
    const key = JSON.stringify([r.sourceIri, r.quote, r.lang, r.at, r.namedAs, r.note, r.url]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
