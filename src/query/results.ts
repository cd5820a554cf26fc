// **results** — SPARQL 1.1 query results as data: the result types, and the JSON results format
// (W3C, plus Virtuoso's older "typed-literal") read into RDF/JS terms.
import type { Quad, Term } from '@rdfjs/types';
import { createRequire } from 'node:module';
import { LinkedLivesError } from '../errors.js';

// n3's terms, loaded with the first result rather than with the library.
const n3Terms = () => (createRequire(import.meta.url)('n3') as typeof import('n3')).DataFactory;

/** One solution: variable name → bound term; unbound variables are absent. */
export type Binding = Record<string, Term>;

export type QueryResult =
  | { type: 'bindings'; variables: string[]; rows: Binding[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; quads: Quad[] };

interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  'xml:lang'?: string;
  datatype?: string;
}

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

/** Reads a SPARQL JSON results document (SELECT or ASK). */
export function parseSparqlJson(text: string): Extract<QueryResult, { type: 'bindings' | 'boolean' }> {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch {
    throw new LinkedLivesError(`not SPARQL JSON results: ${text.slice(0, 120)}`, 'bad_results');
  }
  if (typeof json.boolean === 'boolean') return { type: 'boolean', value: json.boolean };
  if (!json || typeof json !== 'object' || !Array.isArray(json.results?.bindings)) throw new LinkedLivesError('SPARQL JSON results without "results": { "bindings": […] } or "boolean"', 'bad_results');
  const rows = json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([name, t]) => [name, toTerm(t)])));
  return { type: 'bindings', variables: json.head?.vars ?? [], rows };
}

export function toTerm(t: JsonTerm): Term {
  const { namedNode, literal, blankNode, quad } = n3Terms();
  if (typeof t.value !== 'string') {
    if (t.type !== 'triple') throw new LinkedLivesError(`bad term in SPARQL JSON results: ${JSON.stringify(t)}`, 'bad_results');
    const { subject, predicate, object } = t.value;
    return quad(toTerm(subject) as Quad['subject'], toTerm(predicate) as Quad['predicate'], toTerm(object) as Quad['object']);
  }
  switch (t.type) {
    case 'uri': return namedNode(t.value);
    case 'bnode': return blankNode(t.value);
    case 'literal':
    case 'typed-literal':
      return literal(t.value, t['xml:lang'] ?? (t.datatype ? namedNode(t.datatype) : undefined));
    default: throw new LinkedLivesError(`bad term type "${t.type}" in SPARQL JSON results`, 'bad_results');
  }
}
