// **report** — a SHACL validation report as plain data a person can act on: which entity (id,
// label, data file), which property, what is wrong, and the offending value.
import type { Quad } from '@rdfjs/types';
import { splitIri } from '../serialize/prefixes.js';

export type Severity = 'violation' | 'warning' | 'info';

export interface ReportResult {
  severity: Severity;
  message: string;
  /** The node that failed: an entity, a statement, a reference or a value node. */
  focusNode: string;
  /** The entity the focus node belongs to, when known. */
  entity?: { id: string; label?: string; file?: string };
  /** The property path, compacted (wdt:P569). */
  path?: string;
  value?: string;
  sourceShape: string;
  constraint: string;
  /** How to fix it in the data files, in a sentence (validate/fix-hints.ts). */
  hint?: string;
}

export interface Report {
  conforms: boolean;
  results: ReportResult[];
  /** The W3C SHACL report graph, for machines. */
  quads: Quad[];
}

export const compactIri = (iri: string): string => {
  const split = splitIri(iri);
  return split ? `${split[0]}:${split[1]}` : `<${iri}>`;
};

/** One line per result: "data/persons/x.yaml: victor-serge (Victor Serge): wdt:P569: message [value]". */
/** How a result's path reads when it is not one predicate. */
export const COMPLEX_PATH = 'a property path';

export function formatReport(report: Report): string {
  if (report.conforms) return 'The data conforms to the shapes.';
  const lines = report.results.map((r) => {
    const who = r.entity ? `${r.entity.file ? `${r.entity.file}: ` : ''}${r.entity.id}${r.entity.label ? ` (${r.entity.label})` : ''}` : compactIri(r.focusNode);
    const node = r.entity && !r.focusNode.endsWith(`/${r.entity.id}`) ? ` [in ${compactIri(r.focusNode)}]` : '';
    const value = r.value !== undefined ? ` — value: ${r.value}` : '';
    // A path of several predicates (the value shapes' wdt:|ps:|pq:|pr:) says nothing the message does not.
    const where = r.path === COMPLEX_PATH ? '' : `${r.path ?? '(node)'}: `;
    return `${r.severity}: ${who}${node}: ${where}${r.message}${value}${r.hint ? `\n  how to fix: ${r.hint}` : ''}`;
  });
  return `${report.results.length} problem${report.results.length === 1 ? '' : 's'} found by SHACL:\n${lines.join('\n')}`;
}
