// **organization** — a party, faction, police, newspaper, publisher … with its names over time.
import { z } from 'zod';
import { claimsShape, entityBaseShape, identifiersShape } from './entity-base.js';
import { commonsFile, fieldShape, item, text, time } from './fields.js';
import { ItemRefSchema } from './values.js';

export const ORGANIZATION_FIELDS = {
  names: text(),
  /** The administrative unit (city, country …) it is based in, written as P131. */
  locatedIn: item('place'),
  /** Where it is, when that is not an administrative unit (a region, a building …): P276. */
  location: item('place'),
  partOf: item('organization'),
  /** Its founders, persons or organisations (P112). A founding event can give them instead. */
  foundedBy: item('person', 'organization'),
  /** When it came into existence: inception (P571). A founding event can give it instead. */
  start: time(),
  /** When it was dissolved: P576. */
  end: time(),
  image: commonsFile(),
} as const;

export const OrganizationSchema = z.strictObject({
  kind: z.literal('organization'),
  ...entityBaseShape,
  /** An organizationType concept: political-party, secret-police … (written as P31). */
  type: ItemRefSchema,
  ...fieldShape(ORGANIZATION_FIELDS),
  ...identifiersShape,
  ...claimsShape,
});
export type Organization = z.output<typeof OrganizationSchema>;
/** An organization as written in a data file, before parsing (dates as text, defaults left out). */
export type OrganizationInput = z.input<typeof OrganizationSchema>;
