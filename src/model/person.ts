// **person** — a human. Birth, death, detention, membership and residence are not typed here:
// they come from events (event.ts), so that no fact is typed twice.
import { z } from 'zod';
import { claimsShape, entityBaseShape, identifiersShape } from './entity-base.js';
import { commonsFile, fieldShape, item, string, text } from './fields.js';

export const PERSON_FIELDS = {
  sexOrGender: item('concept:gender'),
  birthName: text(),
  nativeName: text(),
  patronymic: text(),
  pseudonyms: string(),
  citizenship: item('place'),
  occupations: item('concept:occupation'),
  languages: item('concept:language'),
  employers: item('person', 'organization'),
  father: item('person'),
  mother: item('person'),
  spouses: item('person'),
  partners: item('person'),
  children: item('person'),
  siblings: item('person'),
  /** Other kin; say how with the `kinship` qualifier. */
  relatives: item('person'),
  /** Friends, employers, opponents …; say how with the `role` qualifier. */
  relations: item('person'),
  influencedBy: item('person'),
  notableWorks: item('work'),
  /** A picture on Wikimedia Commons. */
  image: commonsFile(),
} as const;

export const PersonSchema = z.strictObject({
  kind: z.literal('person'),
  ...entityBaseShape,
  ...fieldShape(PERSON_FIELDS),
  ...identifiersShape,
  ...claimsShape,
});
export type Person = z.output<typeof PersonSchema>;
/** A person as written in a data file, before parsing (dates as text, defaults left out). */
export type PersonInput = z.input<typeof PersonSchema>;
