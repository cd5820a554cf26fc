// **format-table** — query results as a plain-text table for a terminal: terms in their Turtle form,
// IRIs shortened with the known prefixes (wd:Q5, xsd:dateTime), unbound cells left empty.
import type { Term } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { QueryResult } from './results.js';

const XSD = NAMESPACES.xsd;
const XSD_STRING = `${XSD}string`;
// Literals Turtle writes bare: 42, 1.5, 1.0e3, true.
const BARE: Record<string, RegExp> = {
  [`${XSD}integer`]: /^[+-]?\d+$/,
  [`${XSD}decimal`]: /^[+-]?\d*\.\d+$/,
  [`${XSD}double`]: /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/,
  [`${XSD}boolean`]: /^(true|false)$/,
};
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Namespaces to shorten IRIs with, longest first (so that p: never shadows ps:). */
export type Compactor = [prefix: string, namespace: string][];

export const compactor = (prefixes: Record<string, string> = NAMESPACES): Compactor =>
  Object.entries(prefixes).sort(([, a], [, b]) => b.length - a.length);

const KNOWN = compactor();

/** An IRI as a prefixed name when a prefix fits and the local part is plain, else <iri>. */
export function compactIri(iri: string, prefixes: Compactor = KNOWN): string {
  const found = prefixes.find(([, namespace]) => iri.startsWith(namespace));
  const local = found && iri.slice(found[1].length);
  return found && /^[\w-]*$/.test(local!) ? `${found[0]}:${local}` : `<${iri}>`;
}

/** A term as Turtle writes it, with IRIs compacted. */
export function formatTerm(term: Term, prefixes: Compactor = KNOWN): string {
  const short = (iri: string) => compactIri(iri, prefixes);
  switch (term.termType) {
    case 'NamedNode': return short(term.value);
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      if (BARE[term.datatype.value]?.test(term.value)) return term.value;
      const text = `"${term.value.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c]!)}"`;
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === XSD_STRING ? text : `${text}^^${short(term.datatype.value)}`;
    }
    case 'Quad': return `<< ${formatTerm(term.subject, prefixes)} ${formatTerm(term.predicate, prefixes)} ${formatTerm(term.object, prefixes)} >>`;
    default: return term.value;
  }
}

/** SELECT results as an aligned table with a row count; ASK as "true"/"false". Not for quads. */
export function formatTable(result: Exclude<QueryResult, { type: 'quads' }>, prefixes: Record<string, string> = NAMESPACES): string {
  if (result.type === 'boolean') return `${result.value}\n`;
  const { variables, rows } = result;
  const shorten = compactor(prefixes);
  const cells = rows.map((row) => variables.map((v) => (row[v] ? formatTerm(row[v], shorten) : '')));
  const widths = variables.map((v, i) => Math.max(v.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (values: string[]) => values.map((value, i) => value + ' '.repeat(widths[i]! - [...value].length)).join(' | ').trimEnd();
  const out = [line(variables), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  return `${out.join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
