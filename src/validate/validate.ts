// **validate** — SHACL validation of a graph with rdf-validate-shacl, converted once into a plain Report.
import type { Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { compactIri, type Report, type ReportResult, type Severity } from './report.js';

/** Who an entity IRI is: its id, label and data file. */
export type DescribeEntity = (iri: string) => { id: string; label?: string; file?: string } | undefined;

export interface ValidateOptions {
  /** Names entities in the report. Without it, results carry IRIs only. */
  describe?: DescribeEntity;
  /** Maps a node (statement, reference, value) to the entity IRI it belongs to. */
  owners?: Map<string, string>;
}

/** Validates quads against shapes. A non-conforming graph is a Report, never an exception. */
export async function validateQuads(data: Iterable<Quad>, shapes: Iterable<Quad> | CompiledShapes, options: ValidateOptions = {}): Promise<Report> {
  const validator = shapes instanceof CompiledShapes ? shapes.validator : new SHACLValidator(datasetOf(shapes));
  const report = await validator.validate(datasetOf(data));
  const results = report.results.map((r): ReportResult => {
    const focusNode = r.focusNode.value;
    const entityIri = options.owners?.get(focusNode) ?? focusNode;
    const entity = options.describe?.(entityIri);
    const value = r.value ? showTerm(r.value) : undefined;
    return {
      severity: severityOf(r.severity),
      message: r.message.map((m) => m.value).join('; ') || `fails ${compactIri(r.sourceConstraintComponent.value)}`,
      focusNode,
      ...(entity && { entity }),
      ...(r.path && { path: r.path.termType === 'NamedNode' ? compactIri(r.path.value) : 'a property path' }),
      ...(value !== undefined && { value }),
      sourceShape: r.sourceShape.value,
      constraint: r.sourceConstraintComponent.value,
    };
  });
  results.sort((a, b) => (a.entity?.file ?? '').localeCompare(b.entity?.file ?? '') || a.focusNode.localeCompare(b.focusNode) || (a.path ?? '').localeCompare(b.path ?? ''));
  return { conforms: report.conforms, results, quads: [...report.dataset] as Quad[] };
}

/** Shapes parsed once, for validating many graphs (the batches of a streaming export) with them. */
export class CompiledShapes {
  readonly validator: SHACLValidator;
  constructor(shapes: Iterable<Quad>) {
    this.validator = new SHACLValidator(datasetOf(shapes));
  }
}

/** n3's Store is an RDF/JS DatasetCore with indexes, which SHACL's many lookups need. */
const datasetOf = (quads: Iterable<Quad>) => new Store([...quads]);

function severityOf(term: Term): Severity {
  if (term.value.endsWith('#Warning')) return 'warning';
  if (term.value.endsWith('#Info')) return 'info';
  return 'violation';
}

function showTerm(term: Term): string {
  if (term.termType === 'Literal') return JSON.stringify(term.value) + (term.language ? `@${term.language}` : '');
  return term.termType === 'NamedNode' ? compactIri(term.value) : `_:${term.value}`;
}
