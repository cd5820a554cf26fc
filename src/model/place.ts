// **place** — a city, prison, camp, country … with its names over time (Petrograd, Leningrad).
import { z } from 'zod';
import { claimsShape, entityBaseShape, identifiersShape } from './entity-base.js';
import { commonsFile, coordinates, fieldShape, item, text, time } from './fields.js';
import { ItemRefSchema } from './values.js';

export const PLACE_FIELDS = {
  /** Official names, with startTime / endTime qualifiers for when each held. */
  names: text(),
  /** The administrative unit (city, district, country …) it lies in, written as P131. */
  locatedIn: item('place'),
  /** Where it is, when that is not an administrative unit (on a river, in a region): P276. */
  location: item('place'),
  partOf: item('place'),
  /** When it came into existence (P571) and ceased to exist (P576). */
  start: time(),
  end: time(),
  /** Where it is on the map: { latitude, longitude, precision } in degrees. */
  coordinates: coordinates(),
  image: commonsFile(),
} as const;

export const PlaceSchema = z.strictObject({
  kind: z.literal('place'),
  ...entityBaseShape,
  /** A placeType concept: city, prison, concentration-camp, country … (written as P31). */
  type: ItemRefSchema,
  ...fieldShape(PLACE_FIELDS),
  ...identifiersShape,
  ...claimsShape,
});
export type Place = z.output<typeof PlaceSchema>;
/** A place as written in a data file, before parsing (dates as text, defaults left out). */
export type PlaceInput = z.input<typeof PlaceSchema>;
