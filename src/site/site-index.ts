// **site-index** — what a page needs to know about other entities: their names (for links), the claims
// events give them (a person's birth date comes from the birth event), and which entities mention them
// (what happened at a place, who belonged to an organisation). Built in one pass over the entities
// before any page is written; a streaming build keeps only this in memory, not the entities.
import type { Claim } from '../graph/claim.js';
import { entityIri, type GraphContext } from '../graph/context.js';
import { eventClaims } from '../graph/derive.js';
import { statementClaims } from '../graph/to-claims.js';
import type { AnyEntity, Entity } from '../model/entity.js';
import { propertyLabel } from './labels.js';

export type Kind = AnyEntity['kind'];

export interface Name {
  label: string;
  lang: string;
  kind: Kind;
}

/** Another entity's statement that points at this one: "location of <event>". */
export interface Mention {
  from: string;
  property: string;
}

/** At most this many mentions are kept per entity; pages say how many there were in all. */
export const MAX_MENTIONS = 500;

export class SiteIndex {
  readonly names = new Map<string, Name>();
  readonly derived = new Map<string, Claim[]>();
  readonly mentions = new Map<string, Mention[]>();
  readonly mentionCounts = new Map<string, number>();

  constructor(private readonly ctx: GraphContext) {}

  /** Notes an entity's name, the claims it gives others (an event) and what it points at. */
  add(entity: AnyEntity): void {
    this.names.set(entity.id, { ...nameOf(entity), kind: entity.kind });
    if (entity.kind === 'source') return;
    if (entity.kind === 'event') {
      for (const [id, claims] of eventClaims(this.ctx, entity)) this.derived.set(id, [...(this.derived.get(id) ?? []), ...claims]);
    }
    this.addMentions(entity);
  }

  private addMentions(entity: Entity): void {
    const seen = new Set<string>();
    for (const claim of statementClaims(this.ctx, entity)) {
      if (claim.snak.type !== 'value' || claim.snak.value.type !== 'item' || claim.rank === 'deprecated') continue;
      const target = this.ctx.resolve(claim.snak.value.ref ?? '');
      if (target?.type !== 'entity' || target.entity.id === entity.id) continue;
      const property = propertyLabel(claim.property);
      const key = `${target.entity.id}\u0000${property}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = (this.mentionCounts.get(target.entity.id) ?? 0) + 1;
      this.mentionCounts.set(target.entity.id, count);
      if (count > MAX_MENTIONS) continue;
      const list = this.mentions.get(target.entity.id);
      if (list) list.push({ from: entity.id, property });
      else this.mentions.set(target.entity.id, [{ from: entity.id, property }]);
    }
  }

  /** The claims the entity's page shows: its own, then those its events give it. */
  claimsOf(entity: Entity): Claim[] {
    return [...statementClaims(this.ctx, entity), ...(this.derived.get(entity.id) ?? [])];
  }

  iriOf(id: string): string {
    return entityIri(this.ctx, { id });
  }
}

/** The English label, else the first by language tag, else the id. */
export function nameOf(entity: Pick<AnyEntity, 'id' | 'labels'>): { label: string; lang: string } {
  if (entity.labels.en) return { label: entity.labels.en, lang: 'en' };
  const first = Object.keys(entity.labels).sort()[0];
  return first ? { label: entity.labels[first]!, lang: first } : { label: entity.id, lang: 'en' };
}
