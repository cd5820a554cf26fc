// **preferred** — which subjects hold a preferred claim of a property anywhere in the input. Wikidata
// judges best rank per subject and property: a preferred claim hides the normal ones from the truthy
// graph. A stream renders one entity at a time (an event with the claims it derives onto persons), so
// it must learn beforehand of preferred claims that live in other blocks. They are rare, so the set is small.
import type { Entity } from '../model/entity.js';
import type { Claim } from './claim.js';
import type { GraphContext } from './context.js';
import { eventClaims } from './derive.js';
import { propertyTerms } from './property.js';
import { statementClaims } from './to-claims.js';

export class PreferredClaims {
  private readonly keys: Set<string>;

  constructor(keys: Iterable<string> = []) {
    this.keys = new Set(keys);
  }

  get size(): number {
    return this.keys.size;
  }

  /** `claimIri`: the property's p: IRI, as claims are grouped. */
  has(subjectId: string, claimIri: string): boolean {
    return this.keys.has(key(subjectId, claimIri));
  }

  /** Notes the preferred claims of an entity and of the claims it derives onto others (events). */
  note(ctx: GraphContext, entity: Entity): void {
    this.add(entity.id, statementClaims(ctx, entity));
    if (entity.kind === 'event') for (const [id, claims] of eventClaims(ctx, entity)) this.add(id, claims);
  }

  /** The keys, to send to worker threads. */
  toJSON(): string[] {
    return [...this.keys];
  }

  private add(subjectId: string, claims: Claim[]): void {
    for (const claim of claims) if (claim.rank === 'preferred') this.keys.add(key(subjectId, propertyTerms(claim.property).claim.value));
  }
}

const key = (subjectId: string, claimIri: string) => `${subjectId} ${claimIri}`;
