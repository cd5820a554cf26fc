// **statement-id** — the id in a statement's IRI (`<base>statement/<entity>-<id>`). Wikibase mints a
// GUID once and keeps it through every edit; data files have no edit history, so the id is either
// given in the data (`id:` on the statement) or derived from what identifies the claim: its subject,
// property, value and origin (the field, or the event it is derived from). Qualifiers, references,
// rank and rank reason are left out, so editing them keeps every link to the statement.
import type { Claim, Value } from './claim.js';
import { guidOf } from './hash.js';

/** Statement ids of one subject's claims, in the order they are rendered. */
export class StatementIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly entityId: string) {}

  next(propertyId: string, claim: Claim): string {
    if (claim.id !== undefined) return claim.id;
    const identity = claim.sourceId !== undefined ? `id ${claim.sourceId}` : snakKey(claim);
    const key = `${this.entityId}\t${propertyId}\t${claim.origin}\t${identity}`;
    // The same value twice from one origin (two sources kept apart): numbered in input order.
    const repeat = this.seen.get(key) ?? 0;
    this.seen.set(key, repeat + 1);
    return guidOf(repeat ? `${key}\t${repeat}` : key);
  }
}

function snakKey(claim: Claim): string {
  return claim.snak.type === 'value' ? valueKey(claim.snak.value) : claim.snak.type;
}

/** The value alone: a time's bounds are refinements, like qualifiers, and do not change its identity. */
export function valueKey(value: Value): string {
  switch (value.type) {
    case 'item': return value.ref ?? value.iri;
    case 'url': return value.iri;
    case 'time': return `${value.time.year}-${value.time.month}-${value.time.day}/${value.time.precision}/${value.time.calendar}`;
    case 'monolingualtext': return `${value.text}@${value.lang}`;
    case 'string': return value.text;
    case 'external-id': return `id ${value.id}`;
    case 'commonsMedia': return `file ${value.file}`;
    case 'quantity': return `${value.amount} ${value.unitRef ?? value.unit}${value.lowerBound !== undefined ? ` ${value.lowerBound}..${value.upperBound}` : ''}`;
    case 'globe-coordinate': return `${value.latitude},${value.longitude}/${value.precision ?? ''}/${value.globeRef ?? value.globe}`;
  }
}
