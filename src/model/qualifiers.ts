// **qualifiers** — what narrows a statement: when it held, in which role, under which name.
import { z } from 'zod';
import { TimePointSchema } from './time.js';
import { ItemRefSchema, NonEmptyStringSchema } from './values.js';

/** Named qualifiers, and any property by its id (`P1545: "2"`) or by a name the manifest declares:
 *  those are typed once the manifest is known (model/open-values.ts). */
export const QualifiersSchema = z.object({
  startTime: TimePointSchema.optional(),
  endTime: TimePointSchema.optional(),
  pointInTime: TimePointSchema.optional(),
  /** The role the value plays (a friend, an employer, a prisoner …). */
  role: ItemRefSchema.optional(),
  /** The kinship of the value to the subject, for `relatives`. */
  kinship: ItemRefSchema.optional(),
  location: ItemRefSchema.optional(),
  /** The value's name as the source spells it, e.g. "Khibalchich". */
  namedAs: NonEmptyStringSchema.optional(),
  /** The subject's name as the source spells it. */
  subjectNamedAs: NonEmptyStringSchema.optional(),
  /** How the source gives the value: `circa` (approximately), `inferred` (deduced, not stated): a sourcing concept. */
  sourcing: ItemRefSchema.optional(),
}).catchall(z.unknown());
export type Qualifiers = z.output<typeof QualifiersSchema>;
/** A statement's qualifiers as written in a data file, before parsing (times as text). */
export type QualifiersInput = z.input<typeof QualifiersSchema>;
export type QualifierName = keyof typeof QualifiersSchema.shape;
export const QUALIFIER_NAMES = Object.keys(QualifiersSchema.shape) as QualifierName[];
export const isQualifierName = (key: string): key is QualifierName => Object.hasOwn(QualifiersSchema.shape, key);
