// **validate** — SHACL validation of a graph with rdf-validate-shacl, converted once into a plain Report.
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import type { Options } from 'rdf-validate-shacl';
import { IndexedDataset } from './indexed-dataset.js';
import { predicatesSeenBy, quadsSeen } from './shape-predicates.js';
import { shapeCycle } from './shape-recursion.js';
import { fixHint, type ShapeParams } from './fix-hints.js';
import { shapeParams } from './shape-params.js';
import { compactIri, COMPLEX_PATH, type Report, type ReportResult, type Severity } from './report.js';

/** Who an entity IRI is: its id, label and data file. */
export type DescribeEntity = (iri: string) => { id: string; label?: string; file?: string } | undefined;

export interface ValidateOptions {
  /** Names entities in the report. Without it, results carry IRIs only. */
  describe?: DescribeEntity;
  /** Maps a node (statement, reference, value) to the entity IRI it belongs to; a Map will do. */
  owners?: { get(node: string): string | undefined };
}

/** Validates quads against shapes. A non-conforming graph is a Report, never an exception. */
export async function validateQuads(data: Iterable<Quad>, shapes: Iterable<Quad> | CompiledShapes, options: ValidateOptions = {}): Promise<Report> {
  const compiled = shapes instanceof CompiledShapes ? shapes : new CompiledShapes(shapes);
  const seen = new IndexedDataset(quadsSeen(data, compiled.predicates));
  const report = await (await compiled.validator).validate(seen);
  const results = report.results.map((r): ReportResult => {
    const focusNode = r.focusNode.value;
    const entityIri = options.owners?.get(focusNode) ?? focusNode;
    const entity = options.describe?.(entityIri);
    const value = r.value ? showTerm(r.value) : undefined;
    const result: ReportResult = {
      severity: severityOf(r.severity),
      message: r.message.map((m) => m.value).join('; ') || `fails ${compactIri(r.sourceConstraintComponent.value)}`,
      focusNode,
      ...(entity && { entity }),
      ...(r.path && { path: r.path.termType === 'NamedNode' ? compactIri(r.path.value) : COMPLEX_PATH }),
      ...(value !== undefined && { value }),
      sourceShape: r.sourceShape.value,
      constraint: r.sourceConstraintComponent.value,
    };
    // The values that compete for a place meant for one: the hint names them.
    const values = r.path?.termType === 'NamedNode' && result.constraint.endsWith('#MaxCountConstraintComponent')
      ? [...seen.match(r.focusNode, r.path, null)].map((q) => nameOf(q.object, options.describe)).sort() : undefined;
    const valueName = r.value?.termType === 'NamedNode' ? options.describe?.(r.value.value)?.id : undefined;
    return { ...result, hint: fixHint({ result, shape: compiled.params.get(result.sourceShape) ?? {}, ...(values && { values }), ...(valueName && { valueName }) }) };
  });
  results.sort((a, b) => (a.entity?.file ?? '').localeCompare(b.entity?.file ?? '') || a.focusNode.localeCompare(b.focusNode) || (a.path ?? '').localeCompare(b.path ?? ''));
  return { conforms: report.conforms, results, quads: [...report.dataset] as Quad[] };
}

/** What we use of rdf-validate-shacl's validator, in RDF/JS terms only: its own declarations import
 *  clownface's, which a consumer's compiler cannot find, so they must not reach ours. */
export interface ShaclValidator {
  validate(data: DatasetCore): Promise<{ conforms: boolean; dataset: DatasetCore; results: ShaclResult[] }>;
}

interface ShaclResult {
  focusNode: Term;
  message: Term[];
  path: Term | null;
  value: Term | null;
  severity: Term;
  sourceShape: Term;
  sourceConstraintComponent: Term;
}

/** Shapes parsed once, for validating many graphs (the batches of a streaming export) with them. */
export class CompiledShapes {
  private readonly quads: Quad[];
  private compiled: Promise<ShaclValidator> | undefined;
  /** The data predicates the shapes can see (undefined: any); the validator gets only those triples. */
  readonly predicates: Set<string> | undefined;
  /** Each shape's parameters, for fix hints. */
  readonly params: Map<string, ShapeParams>;
  constructor(shapes: Iterable<Quad>) {
    this.quads = [...shapes];
    this.predicates = predicatesSeenBy(this.quads);
    this.params = shapeParams(this.quads);
  }
  /** The validator, made on first use: the SHACL engine is loaded only when something is validated. */
  get validator(): Promise<ShaclValidator> {
    return (this.compiled ??= createValidator(this.quads));
  }
}

/**
 * rdf-validate-shacl in its own environment, except that every graph it makes (shapes, report, the
 * many small graphs of nested results) is an IndexedDataset, which its lookups are fastest on.
 * maxNodeChecks: the engine stops checking a node against a shape after 50 checks in one run, a guard
 * against shapes that recurse, and then passes the node unchecked: a bad node referenced from many
 * places would lose violations in a whole graph that batches find. Shapes that do not recurse (ours)
 * need no guard, so every check runs; shapes that do keep it.
 */
async function createValidator(shapes: Quad[]): Promise<ShaclValidator> {
  const [{ default: SHACLValidator }, { default: shaclEnvironment }] = await Promise.all([import('rdf-validate-shacl'), import('rdf-validate-shacl/src/defaultEnv.js')]);
  const factory = Object.create(shaclEnvironment, { dataset: { value: (quads?: Iterable<Quad>) => new IndexedDataset(quads) } }) as typeof shaclEnvironment;
  const options: Options & { maxNodeChecks?: number } = { factory, ...(!shapeCycle(shapes) && { maxNodeChecks: 0 }) };
  return new SHACLValidator(new IndexedDataset(shapes), options);
}

function severityOf(term: Term): Severity {
  if (term.value.endsWith('#Warning')) return 'warning';
  if (term.value.endsWith('#Info')) return 'info';
  return 'violation';
}

/** An entity by its id, anything else as the report shows it. */
function nameOf(term: Term, describe: DescribeEntity | undefined): string {
  return (term.termType === 'NamedNode' && describe?.(term.value)?.id) || showTerm(term);
}

function showTerm(term: Term): string {
  if (term.termType === 'Literal') return JSON.stringify(term.value) + (term.language ? `@${term.language}` : '');
  return term.termType === 'NamedNode' ? compactIri(term.value) : `_:${term.value}`;
}
