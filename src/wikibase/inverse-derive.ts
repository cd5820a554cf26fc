// **inverse-derive** — Wikidata's person facts back into our events: the inverse of graph/derive.ts.
// Date and place of birth become a birth event, death likewise (cause and manner of death too), burial, a place of
// detention with its start and end an imprisonment, and so on, so that exporting the imported data gives
// the same statements back. A statement the derivation would not give back the same (a membership of an
// organisation the import does not hold, a qualifier the event would lose) stays under `claims:`.
import type { JsonStatement } from './json-model.js';
import { P } from '../vocab/properties.js';

export type EventType = 'birth' | 'death' | 'burial' | 'imprisonment' | 'residence' | 'conviction' | 'membership';

/** How each derived property comes back: the event type, and the event field its value fills. */
export const INVERSE = {
  [P.dateOfBirth]: { type: 'birth', field: 'date', shared: true },
  [P.placeOfBirth]: { type: 'birth', field: 'locations', shared: true },
  [P.dateOfDeath]: { type: 'death', field: 'date', shared: true },
  [P.placeOfDeath]: { type: 'death', field: 'locations', shared: true },
  [P.causeOfDeath]: { type: 'death', field: 'causeOfDeath', shared: true },
  [P.mannerOfDeath]: { type: 'death', field: 'mannerOfDeath', shared: true },
  [P.placeOfBurial]: { type: 'burial', field: 'locations', shared: true },
  [P.placeOfDetention]: { type: 'imprisonment', field: 'locations', shared: false },
  [P.residence]: { type: 'residence', field: 'locations', shared: false },
  [P.convictedOf]: { type: 'conviction', field: 'charges', shared: false },
  [P.penalty]: { type: 'conviction', field: 'penalties', shared: false },
  [P.memberOfPoliticalParty]: { type: 'membership', field: 'participants', shared: false },
  [P.memberOf]: { type: 'membership', field: 'participants', shared: false },
} as Record<string, { type: EventType; field: string; shared: boolean }>;

/** The qualifiers a span event takes over as its own date, start and end. */
const SPAN_QUALIFIERS: Record<string, string> = { [P.pointInTime]: 'date', [P.startTime]: 'start', [P.endTime]: 'end' };

/** Why a statement cannot become (part of) an event, or the span qualifiers it gives the event. */
export function spanOf(statement: JsonStatement, shared: boolean): { span: Record<string, JsonStatement['mainsnak']>; rest: string[] } | string {
  const qualifiers = statement.qualifiers ?? {};
  const span: Record<string, JsonStatement['mainsnak']> = {};
  const rest: string[] = [];
  for (const [property, snaks] of Object.entries(qualifiers)) {
    const field = SPAN_QUALIFIERS[property];
    if (!field || shared) {
      rest.push(property);
      continue;
    }
    if (snaks.length !== 1 || snaks[0]!.snaktype !== 'value') return `its ${property} qualifier has ${snaks.length === 1 ? 'an unknown or no value' : 'several values'}`;
    span[field] = snaks[0]!;
  }
  return { span, rest };
}

/** The event label: "birth of Victor Serge". */
export const eventLabel = (type: EventType, label: string) => `${type === 'imprisonment' ? 'imprisonment' : type} of ${label}`;
