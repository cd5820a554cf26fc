// **manifest** — the dataset's own description: title, base IRI, license, sources, extra concepts.
import { z } from 'zod';
import { CONCEPT_GROUPS } from '../vocab/concepts.js';
import { iriProblem, MAX_BASE_IRI_LENGTH } from './iri.js';
import { IriSchema } from './iri-schema.js';
import { WIKIBASE_DATATYPES, type WikibaseDatatypeId } from '../vocab/datatypes.js';
import { SourceSchema } from './source.js';
import { ChecksSchema } from './checks.js';
import { EntityIdSchema, QidSchema, TermsSchema, UrlSchema } from './values.js';

const conceptShape = {
  group: z.enum(CONCEPT_GROUPS),
  label: z.string().min(1),
  /** A broader concept key or Wikidata id (written as wdt:P279). */
  broader: z.union([QidSchema, EntityIdSchema]).optional(),
  /** The Wikidata item this concept is (only one verified to mean it): the data's key then stands for
   *  wd:Q… wherever it is used, and the label goes out with it for readers of the dump. */
  qid: QidSchema.optional(),
};
/** A concept that is a Wikidata item gets its classes from Wikidata, not from us. */
const qidWithoutBroader = (c: { qid?: string; broader?: string }) => c.qid === undefined || c.broader === undefined;
const QID_OR_BROADER = { error: 'a concept that is a Wikidata item (qid) has its classes on Wikidata: give qid or broader, not both', path: ['broader'] };

export const DatasetConceptSchema = z.strictObject(conceptShape).refine(qidWithoutBroader, QID_OR_BROADER);

/** A concept in its own data file: `kind: concept`, an id, and the concept's fields. */
export const ConceptFileSchema = z.strictObject({ kind: z.literal('concept'), id: EntityIdSchema, ...conceptShape }).refine(qidWithoutBroader, QID_OR_BROADER);

/** A property key: a Wikidata property id, or a name of the dataset's own (camelCase). */
export const PropertyKeySchema = z.string().regex(/^(P[1-9]\d*|[a-z][A-Za-z0-9]*)$/, 'a Wikidata property id such as P1545, or a name of letters and digits starting with a lower-case letter, such as printRun');

const DATATYPE_IDS = Object.keys(WIKIBASE_DATATYPES) as [WikibaseDatatypeId, ...WikibaseDatatypeId[]];

/** A property the dataset uses beyond the built-in ones: a Wikidata property (by id) whose datatype
 *  linked-lives does not know, or one of the dataset's own (by name, minted under the base IRI). */
export const PropertyDeclarationSchema = z.strictObject({
  datatype: z.enum(DATATYPE_IDS, { error: `a Wikibase datatype: ${DATATYPE_IDS.join(', ')}` }),
  labels: TermsSchema.refine((t) => Object.keys(t).length > 0, 'give the property at least one label'),
  descriptions: TermsSchema.default({}),
  /** For identifiers: the IRI of the identified thing, `$1` standing for the identifier (Wikidata's
   *  "formatter URI for RDF resource", P1921). Written as the normalized value (wdtn:, psn: …). */
  formatterUri: z.string().includes('$1', { error: 'a URI with $1 where the identifier goes, e.g. https://example.org/person/$1' })
    .superRefine((uri, ctx) => {
      const problem = iriProblem(uri.replaceAll('$1', 'x'));
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: uri });
    }).optional(),
  /** A regular expression every value must match as a whole (Wikidata's P1793), checked by SHACL. */
  format: z.string().min(1).refine(compiles, 'a regular expression (JavaScript syntax) that compiles').optional(),
}).refine((p) => p.formatterUri === undefined || p.datatype === 'external-id', { error: 'formatterUri is for external-id properties only', path: ['formatterUri'] })
  .refine((p) => p.format === undefined || ['external-id', 'string'].includes(p.datatype), { error: 'format is for external-id and string properties only', path: ['format'] });

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

export const ManifestSchema = z.strictObject({
  title: TermsSchema.refine((t) => Object.keys(t).length > 0, 'give the dataset a title'),
  description: TermsSchema.default({}),
  /** Entity IRIs are minted under this base: <base>entity/<id>. Must end with / or #. */
  baseIri: IriSchema.refine((u) => /[/#]$/.test(u), 'the base IRI must end with / or #')
    .refine((u) => u.length <= MAX_BASE_IRI_LENGTH, `a base IRI of at most ${MAX_BASE_IRI_LENGTH} characters`),
  license: UrlSchema,
  sources: z.array(SourceSchema).min(1, 'list the sources the data cites'),
  /** Concepts beyond the built-in vocabulary, by key. */
  concepts: z.record(EntityIdSchema, DatasetConceptSchema).default({}),
  /** Properties beyond the built-in ones, for `claims:`, qualifiers and references, by id or name. */
  properties: z.record(PropertyKeySchema, PropertyDeclarationSchema).default({}),
  /** The folder the sources' `text` files are in, relative to the data directory. Defaults to the data directory. */
  texts: z.string().min(1).optional(),
  /** How seriously the sourcing checks count (model/checks.ts). */
  checks: ChecksSchema,
});
export type Manifest = z.output<typeof ManifestSchema>;
/** A manifest as written in a data file, before parsing (dates as text, defaults left out). */
export type ManifestInput = z.input<typeof ManifestSchema>;
export type DatasetConcept = z.output<typeof DatasetConceptSchema>;
export type PropertyDeclaration = z.output<typeof PropertyDeclarationSchema>;
