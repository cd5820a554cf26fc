// **iri-schema** — the IRI check as a zod schema. Apart from iri.ts so that the command line and the
// writers, which only need the check, do not load zod.
import { z } from 'zod';
import { iriProblem } from './iri.js';

/** An absolute IRI, as a zod schema with the reason in its message. */
export const IriSchema = z.string().superRefine((text, ctx) => {
  const problem = iriProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
});
