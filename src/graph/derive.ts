// **derive** — events are the source of person facts. A birth event gives its subject a date and
// place of birth, an imprisonment a place of detention with start and end (an unknown value where the
// sources name no place), and so on (docs/data-format.md).
// A derived claim keeps the rank of the event statement it comes from (deprecated ones too: the full
// profile shows the rejected claim beside the accepted one) and carries its references.
import type { Entity } from '../model/entity.js';
import type { Event } from '../model/event.js';
import type { Statement } from '../model/statement.js';
import type { TimeValue } from '../model/time.js';
import type { PropertyName } from '../vocab/properties.js';
import { conceptIri, PARTY_CONCEPTS } from '../vocab/concepts.js';
import type { Claim, ClaimQualifier, ClaimReference } from './claim.js';
import { entityIri, type GraphContext } from './context.js';
import { valueKey } from './statement-id.js';
import { toClaim, toReference, toValue } from './to-claims.js';
import { ll, propertyTerms, wd } from './property.js';


/** Every property an event can give the entities it happened to. A streaming export written in
 *  several blocks can meet one such fact twice (two events, or an event and a typed field). */
export const DERIVED_PROPERTIES = [
  'dateOfBirth', 'placeOfBirth', 'dateOfDeath', 'placeOfDeath', 'placeOfBurial', 'placeOfDetention', 'residence',
  'convictedOf', 'penalty', 'memberOfPoliticalParty', 'memberOf', 'spouse', 'employer', 'significantEvent', 'causeOfDeath',
  'mannerOfDeath', 'inception', 'foundedBy', 'dissolved',
] as const satisfies readonly PropertyName[];
/** The ones a founding or dissolution gives the organisation or work it is about, not a person. */
export const FOUNDING_PROPERTIES = ['inception', 'foundedBy', 'dissolved'] as const satisfies readonly DerivedProperty[];
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
    const claims = target.kind === 'person' ? personClaims(ctx, event, target) : foundingClaims(ctx, event, target);
    out.set(target.id, [...(out.get(target.id) ?? []), ...(claims ?? significantEvent(ctx, event, target))]);
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

type From = (name: DerivedProperty, statements: Stmt[], variants?: Variant[]) => Claim[];
const fromEvent = (ctx: GraphContext, event: Event, target: Target): From => (name, statements, variants = [PLAIN]) =>
  statements.flatMap((s) => variants.map((v) => derivedClaim(ctx, event, target, name, s, v)));

function personClaims(ctx: GraphContext, event: Event, target: Target): Claim[] | undefined {
  const from = fromEvent(ctx, event, target);
  const span = () => spanVariants(ctx, event);
  switch (event.type) {
    case 'birth': return [...from('dateOfBirth', event.date), ...from('placeOfBirth', event.locations)];
    case 'death': return [
      ...from('dateOfDeath', event.date), ...from('placeOfDeath', event.locations),
      ...from('causeOfDeath', event.causeOfDeath), ...from('mannerOfDeath', event.mannerOfDeath),
    ];
    case 'burial': return from('placeOfBurial', event.locations);
    case 'imprisonment': return from('placeOfDetention', detentionPlaces(event), span());
    case 'residence': return from('residence', event.locations, span());
    case 'conviction': return [...from('convictedOf', event.charges, span()), ...from('penalty', event.penalties, span())];
    case 'membership': return memberships(ctx, event).flatMap(([name, s]) => from(name, [s], span()));
    // A wedding's date is when the marriage starts: spouse queries ask for pq:P580, as on Wikidata.
    case 'marriage': return from('spouse', others(event, target, 'person', ctx), spanVariants(ctx, event, 'startTime'));
    case 'employment': return from('employer', employers(ctx, event), span());
    default: return undefined;
  }
}

/** What a founding gives the organisation or work founded (its subject, a participant without role):
 *  the event's date as its inception (P571), and the participants in the role `founder` as its founders
 *  (P112); a dissolution gives its date as P576. Anything else (or another subject) gets a significant event. */
function foundingClaims(ctx: GraphContext, event: Event, target: Target): Claim[] | undefined {
  if (target.kind !== 'organization' && target.kind !== 'work') return undefined;
  const from = fromEvent(ctx, event, target);
  if (event.type === 'founding') return [...from('inception', event.date), ...from('foundedBy', founders(event))];
  if (event.type === 'dissolution') return from('dissolved', event.date);
  return undefined;
}

/** The founders of a founding event, without their role (the property says it). */
function founders(event: Event): Stmt[] {
  return event.participants.filter((p) => p.qualifiers.role === 'founder').map((p) => {
    const { role: _role, ...qualifiers } = p.qualifiers;
    return { ...p, qualifiers } as Stmt;
  });
}

/** The time qualifiers one derived statement carries, with their references. A variant that uses an
 *  alternative (not the best) date of the event names it (`alternative`). */
interface Variant {
  qualifiers: ClaimQualifier[];
  references: ClaimReference[];
  /** Set when a date the variant uses is deprecated: the derived statement is deprecated too. */
  deprecated?: boolean;
  /** Why the sources' dates are ranked as they are (the rank reasons of the contested dates used). */
  rankReason?: string;
  /** For an alternative qualifier value: which one, to tell the statement apart (graph/statement-id.ts). */
  alternative?: string;
}
const PLAIN: Variant = { qualifiers: [], references: [] };

const originOf = (event: Event, variant: Variant) => `derived from event ${event.id}${variant.alternative ? ` with ${variant.alternative}` : ''}`;

function derivedClaim(ctx: GraphContext, event: Event, target: Target, name: DerivedProperty, statement: Stmt, variant: Variant): Claim {
  const { id, ...rest } = toClaim(ctx, wd(name), statement, originOf(event, variant));
  const claim: Claim = rest;
  claim.derivedFrom = event.id;
  // A statement id given on the event (a Wikidata GUID an import kept) names the claim it gives: the
  // subject differs, so the IRI does too. An alternative reading is told apart by its origin as well.
  if (id !== undefined) {
    if (variant.alternative === undefined) claim.id = id;
    else claim.sourceId = id;
  }
  claim.qualifiers.push(...variant.qualifiers);
  claim.references = uniqueReferences([...claim.references, ...variant.references, ...target.participation.references.map((r) => toReference(ctx, r))]);
  return withRank(claim, variant);
}

/** The statement's own rank, deprecated if a date it uses is; the dates' rank reason where it has none. */
function withRank<C extends Pick<Claim, 'rank' | 'rankReason'>>(claim: C, variant: Variant): C {
  if (variant.deprecated && claim.rank !== 'deprecated') {
    claim.rank = 'deprecated';
    if (variant.rankReason !== undefined) claim.rankReason = variant.rankReason;
    else delete claim.rankReason;
  } else if (claim.rankReason === undefined && variant.rankReason !== undefined) claim.rankReason = variant.rankReason;
  return claim;
}

type Slot = { as: PropertyName; field: 'date' | 'start' | 'end'; statements: Stmt[] };

/** Time qualifiers from the event's date, start and end statements, with their references. The date is a
 *  point in time (P585), or the start (P580) where the event begins a state, as a marriage does.
 *
 *  Where the sources disagree on a date (several date, start or end statements), the derived statement is
 *  repeated, as Wikidata does for a contested qualifier: one statement with the best-ranked value of every
 *  date, then one for each other value of a contested date, with the best values of the others. Each carries
 *  the references and rank reasons of the dates it uses. A deprecated date gives a deprecated statement; a
 *  preferred date does not give a preferred one: Wikidata ranks compare all statements of a property, so
 *  a membership preferred for its end year would hide the person's other memberships from the truthy graph
 *  (docs/data-format.md, "Contested dates"). */
function spanVariants(ctx: GraphContext, event: Event, dateAs: 'pointInTime' | 'startTime' = 'pointInTime'): Variant[] {
  const slots: Slot[] = [
    { as: dateAs, field: 'date', statements: valued(event.date) },
    { as: 'startTime', field: 'start', statements: valued(event.start) },
    { as: 'endTime', field: 'end', statements: valued(event.end) },
  ];
  const contested = slots.map((slot) => slot.statements.length > 1);
  const mains = slots.map((slot) => best(slot.statements)[0] ?? slot.statements[0]);
  /** `alternative`: the slot whose non-best value this variant uses; only its reason is given then
   *  (its own, or why the best value was preferred to it). */
  const variant = (chosen: (Stmt | undefined)[], alternative?: number): Variant => {
    const out: Variant = { qualifiers: [], references: [] };
    const reasons: string[] = [];
    chosen.forEach((s, i) => {
      if (!s || s.snak.type !== 'value') return;
      const name = slots[i]!.as;
      out.qualifiers.push({ property: wd(name), value: toValue(ctx, wd(name), s.snak.value) });
      out.references.push(...s.references.map((r) => toReference(ctx, r)));
      // An approximate or inferred date makes the statement it qualifies so (a qualifier has no qualifiers).
      if (s.qualifiers.sourcing !== undefined) out.qualifiers.push({ property: SOURCING, value: toValue(ctx, SOURCING, s.qualifiers.sourcing) });
      if (s.rank === 'deprecated') out.deprecated = true;
      const reason = s.rankReason ?? (i === alternative ? mains[i]!.rankReason : undefined);
      if ((alternative === undefined ? contested[i] : i === alternative) && reason !== undefined) reasons.push(`${slots[i]!.field}: ${reason}`);
    });
    if (reasons.length === 1) out.rankReason = reasons[0]!.replace(/^\w+: /, '');
    else if (reasons.length) out.rankReason = reasons.join(' ');
    return out;
  };
  const out = [variant(mains)];
  slots.forEach((slot, i) => {
    for (const alternative of slot.statements) {
      if (alternative === mains[i]) continue;
      const chosen = mains.map((s, j) => (j === i ? alternative : s));
      const next = variant(chosen, i);
      // Ranked below the best reading of its date: say so where a query sees it (ranks cannot, see above).
      if (alternative.rank === 'normal' && mains[i]!.rank === 'preferred') next.qualifiers.push({ property: SOURCING, value: { type: 'item', iri: conceptIri('less-supported') } });
      out.push({ ...next, alternative: `${slot.field} ${alternative.id ?? timeKey(alternative)}` });
    }
  });
  return out;
}

const SOURCING = ll('sourcing');
const valued = (statements: Stmt[]) => statements.filter((s) => s.snak.type === 'value');
const timeKey = (s: Stmt) => (s.snak.type === 'value' ? valueKey({ type: 'time', time: s.snak.value as TimeValue }) : s.snak.type);

function significantEvent(ctx: GraphContext, event: Event, target: Target): Claim[] {
  const where = best(event.locations).flatMap((s): ClaimQualifier[] =>
    s.snak.type === 'value' ? [{ property: wd('location'), value: toValue(ctx, wd('location'), s.snak.value) }] : []);
  const { rank, rankReason } = target.participation;
  return spanVariants(ctx, event).map((when) => withRank<Claim>({
    property: wd('significantEvent'),
    snak: { type: 'value', value: { type: 'item', iri: entityIri(ctx, event), ref: event.id } },
    rank,
    ...(rankReason !== undefined && { rankReason }),
    qualifiers: [...when.qualifiers, ...where],
    references: uniqueReferences([...target.participation.references.map((r) => toReference(ctx, r)), ...when.references]),
    origin: originOf(event, when),
    derivedFrom: event.id,
  }, when));
}

/** Statements of the best rank: preferred ones if any, else normal ones. */
export function best<S extends { rank: string }>(statements: readonly S[]): S[] {
  const preferred = statements.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : statements.filter((s) => s.rank === 'normal');
}

/** Where the event says its subject was held; with no place (or only deprecated ones), an unknown value:
 *  Wikidata's way to say "detained somewhere", so the detention and its span still show on the person. */
function detentionPlaces(event: Event): Stmt[] {
  const places = event.locations as Stmt[];
  if (places.some((s) => s.rank !== 'deprecated')) return places;
  return [...places, { snak: { type: 'somevalue' }, rank: 'normal', qualifiers: {}, references: [] }];
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
    const snaks = r.snaks?.map((s) => [propertyTerms(s.property).id, s.value]);
    const key = JSON.stringify([r.sourceIri, r.quote, r.lang, r.at, r.namedAs, r.note, r.url, snaks]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
