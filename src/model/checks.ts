// **checks** — the manifest's `checks:`: how seriously each sourcing check counts. An error fails
// `validate` and stops `export` (as a SHACL violation does); a warning is printed; off is silent.
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'off'] as const;
const SeveritySchema = z.enum(SEVERITIES, { error: `one of ${SEVERITIES.join(', ')}` });
export type Severity = z.output<typeof SeveritySchema>;

export const ChecksSchema = z.strictObject({
  /** A quote that is not in the text of the source it cites. */
  quotes: SeveritySchema.default('error'),
  /** A source whose `text` file is not there: its quotes cannot be checked. */
  missingText: SeveritySchema.default('error'),
  /** A statement that cites no source. A warning by default: a draft, or statements imported from
   *  Wikidata (which often have no reference), can still be exported. */
  unsourced: SeveritySchema.default('warning'),
  /** Two entities of one kind with the same name and dates that could be the same. */
  duplicates: SeveritySchema.default('warning'),
}).default({ quotes: 'error', missingText: 'error', unsourced: 'warning', duplicates: 'warning' });
export type Checks = z.output<typeof ChecksSchema>;
export type CheckName = keyof Checks;
