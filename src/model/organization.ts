// **organization** — a party, faction, police, newspaper, publisher … with its names over time.
import { z } from 'zod';
import { claimsShape, entityBaseShape, identifiersShape } from './entity-base.js';
import { commonsFile, fieldShape, item, text, time } from './fields.js';
import { ItemRefSchema } from './values.js';

export const ORGANIZATION_FIELDS = {
  names: text(),
  locatedIn: item('place'),
  partOf: item('organization'),
  start: time(),
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
