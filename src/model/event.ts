// **event** — something that happened: a point in time or a span, a place, participants with roles.
// Events are the source of person facts: a birth event gives the person's date and place of birth.
// Participants without a `role` are the people (or works) the event happened to.
import { z } from 'zod';
import { claimsShape, entityBaseShape } from './entity-base.js';
import { commonsFile, fieldShape, item, time } from './fields.js';
import { ItemRefSchema } from './values.js';

export const EVENT_FIELDS = {
  date: time(),
  start: time(),
  end: time(),
  locations: item('place'),
  participants: item('person', 'organization', 'work'),
  /** What a conviction was for. */
  charges: item('concept:charge'),
  penalties: item('concept:charge', 'concept:eventType'),
  causes: item('event'),
  /** What the subject of a death event died of: a causeOfDeath concept (heart attack …); written as P509
   *  on the event, and derived onto the person. Death events only. */
  causeOfDeath: item('concept:causeOfDeath'),
  /** How the subject of a death event died: a mannerOfDeath concept (natural-causes, accident, suicide,
   *  homicide, capital-punishment); written as P1196 on the event and derived onto the person. */
  mannerOfDeath: item('concept:mannerOfDeath'),
  effects: item('event'),
  partOf: item('event'),
  image: commonsFile(),
} as const;

export const EventSchema = z.strictObject({
  kind: z.literal('event'),
  ...entityBaseShape,
  /** An eventType concept: birth, death, arrest, imprisonment, membership … (written as P31). */
  type: ItemRefSchema,
  ...fieldShape(EVENT_FIELDS),
  ...claimsShape,
});
export type Event = z.output<typeof EventSchema>;
/** An event as written in a data file, before parsing (dates as text, defaults left out). */
export type EventInput = z.input<typeof EventSchema>;
