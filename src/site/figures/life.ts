// **life** — the input of a life's timeline: the person's events with their dates as readings (every
// date, start and end statement, best first), places and the person's role. `lifeOf` builds it from a
// FigureSource; the drawing (timeline.ts) needs nothing else.
import type { Event } from '../../model/event.js';
import { readingsOf, type DateReading } from './dates.js';
import { labelOf, pickLabel, type FigureSource } from './source.js';
import type { Label } from './svg.js';

export interface LifeEvent {
  id: string;
  label: Label;
  /** The event type's key (birth, imprisonment …) and its label. */
  type: string;
  typeLabel: string;
  /** Readings of each date field, best first; more than one means the sources disagree. */
  date: DateReading[];
  start: DateReading[];
  end: DateReading[];
  /** The person's role, when the event names one (protester, victim …); none: it happened to them. */
  role?: string;
  places: Label[];
}

export interface Life {
  person: { id: string; label: Label };
  /** In the order of the data; the drawing sorts them by date. */
  events: LifeEvent[];
}

/** The life of a person: every event naming them as a participant (deprecated participations left
 *  out), with at least one dated reading. Undefined when the id is not a person or nothing is dated. */
export function lifeOf(source: FigureSource, personId: string): Life | undefined {
  const person = source.entity(personId);
  if (person?.kind !== 'person') return undefined;
  const events = source.eventsOf(personId).flatMap((e) => {
    const event = lifeEvent(source, e, personId);
    return event && event.date.length + event.start.length + event.end.length > 0 ? [event] : [];
  });
  if (!events.length) return undefined;
  return { person: { id: personId, label: pickLabel(person.labels, source.lang) ?? { text: personId } }, events };
}

function lifeEvent(source: FigureSource, event: Event, personId: string): LifeEvent | undefined {
  const participation = event.participants.filter((p) => p.snak.type === 'value' && p.snak.value === personId && p.rank !== 'deprecated');
  if (!participation.length) return undefined;
  // A participation without a role (it happened to them) outweighs one in a role.
  const roleKey = participation.some((p) => !p.qualifiers.role) ? undefined : participation[0]!.qualifiers.role;
  const places = event.locations.filter((s) => s.snak.type === 'value' && s.rank !== 'deprecated')
    .map((s) => labelOf(source, (s.snak as { value: string }).value));
  return {
    id: event.id,
    label: pickLabel(event.labels, source.lang) ?? { text: event.id },
    type: event.type,
    typeLabel: source.conceptLabel(event.type) ?? event.type,
    date: readingsOf(event.date),
    start: readingsOf(event.start),
    end: readingsOf(event.end),
    ...(roleKey !== undefined && { role: labelOf(source, roleKey).text }),
    places,
  };
}
