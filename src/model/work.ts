// **work** — a creative work: book, novel, poem collection, article, periodical, manuscript.
import { z } from 'zod';
import { claimsShape, entityBaseShape, identifiersShape } from './entity-base.js';
import { commonsFile, fieldShape, item, string, text, time, url } from './fields.js';
import { ItemRefSchema } from './values.js';

export const WORK_FIELDS = {
  titles: text(),
  authors: item('person', 'organization'),
  /** An author known only by a name string. */
  authorNames: string(),
  translators: item('person'),
  editors: item('person'),
  forms: item('concept:workForm'),
  genres: item('concept:workForm'),
  publicationDate: time(),
  placeOfPublication: item('place'),
  publishers: item('organization', 'person'),
  languages: item('concept:language'),
  /** The original of a translation or edition. */
  translationOf: item('work'),
  mainSubjects: item('person', 'event', 'place', 'organization', 'work'),
  /** The periodical an article appeared in. */
  publishedIn: item('work', 'organization'),
  /** What happened to the work: posthumous, confiscated, banned, serialized … */
  notes: item('concept:publicationNote'),
  /** Where the text can be read online (a digitisation, a transcription). */
  fullWorkAvailableAt: url(),
  image: commonsFile(),
} as const;

export const WorkSchema = z.strictObject({
  kind: z.literal('work'),
  ...entityBaseShape,
  /** A workType concept: literary-work, article, periodical … (written as P31). */
  type: ItemRefSchema,
  ...fieldShape(WORK_FIELDS),
  ...identifiersShape,
  ...claimsShape,
});
export type Work = z.output<typeof WorkSchema>;
/** A work as written in a data file, before parsing (dates as text, defaults left out). */
export type WorkInput = z.input<typeof WorkSchema>;
