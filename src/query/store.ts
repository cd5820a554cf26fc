// **store** — the embedded SPARQL 1.1 store (Oxigraph, in memory): load a dataset, quads or a dump,
// then query it as WDQS would be queried. The default graph is the union of all graphs, so the
// dataset graph of an N-Quads dump answers plain `?s wdt:P569 ?date` patterns.
import { capRows } from './row-cap.js';
import type { Quad } from '@rdfjs/types';
import { createRequire } from 'node:module';
import type { Store } from 'oxigraph';
import { LinkedLivesError } from '../errors.js';
import type { GraphOptions } from '../graph/context.js';
import { toNQuads } from '../serialize/ntriples.js';
import { datasetPrefixes } from '../serialize/prefixes.js';
import { DUMP_FORMATS } from './dump-format.js';
import { QUERY_PREFIXES } from '../vocab/namespaces.js';
import { shiftErrorLines, undeclaredPrefixes, withPrefixes } from './prefixes.js';
import { rewriteExtensions } from './wdqs-extensions.js';
import { parseSparqlJson, type QueryResult } from './results.js';
import { badDump, isDataset, isDumpText, quadsOf, type RdfSource } from './source.js';

/** Text formats of results: SPARQL JSON / CSV / TSV / XML for SELECT and ASK; for CONSTRUCT and
 *  DESCRIBE, the RDF syntax standing in for each (JSON-LD, N-Triples, N-Triples, RDF/XML). */
// Oxigraph and n3 are loaded synchronously (the store's API is synchronous) when a store is made, not
// with the library: most programs never query.
const requireLazily = createRequire(import.meta.url);

export const RESULT_FORMATS = {
  json: { solutions: 'application/sparql-results+json', graph: 'application/ld+json' },
  csv: { solutions: 'text/csv', graph: 'application/n-triples' },
  tsv: { solutions: 'text/tab-separated-values', graph: 'application/n-triples' },
  xml: { solutions: 'application/sparql-results+xml', graph: 'application/rdf+xml' },
} as const;
export type ResultFormat = keyof typeof RESULT_FORMATS;

export interface QueryStore {
  /** Quads in the store. */
  readonly size: number;
  /** The prefixes every query gets predeclared: the known vocabularies, plus a dataset's own
   *  (ent: stmt: ref: val:) when the store was loaded from a dataset. */
  readonly prefixes: Record<string, string>;
  /** Runs a SPARQL 1.1 query (known prefixes predeclared) and returns its results as RDF/JS terms. */
  query(sparql: string): QueryResult;
  /** Runs a query and returns its results serialized by the store. */
  queryText(sparql: string, format: ResultFormat): { form: 'solutions' | 'graph'; text: string; capped: boolean };
  /** Runs a query with its results in the media type given for its form (a SPARQL results type for
   *  SELECT and ASK, an RDF syntax Oxigraph writes for CONSTRUCT and DESCRIBE). */
  queryAs(sparql: string, mediaTypes: { solutions: string; graph: string }): { form: 'solutions' | 'graph'; text: string; capped: boolean };
  /** Whether the last query had no LIMIT and was given one of MAX_ROWS (query/row-cap.ts). */
  readonly lastCapped: boolean;
}

export interface StoreOptions extends GraphOptions {
  /** More prefixes to predeclare. */
  prefixes?: Record<string, string>;
}

/** An in-memory store holding a dataset (built in `options.profile`, default full), quads, or a dump. */
export function loadStore(source: RdfSource, options: StoreOptions = {}): QueryStore {
  const store = new (requireLazily('oxigraph') as typeof import('oxigraph')).Store();
  if (isDumpText(source)) {
    try {
      store.load(source.text, { format: DUMP_FORMATS[source.format], ...(source.baseIri && { base_iri: source.baseIri }) });
    } catch (error) {
      throw badDump(source, error);
    }
  } else {
    // N-Quads text is the fastest way into Oxigraph, several times faster than adding terms one by one.
    store.load(toNQuads(quadsOf(source, options)), { format: DUMP_FORMATS.nq });
  }
  const own = isDataset(source) ? datasetPrefixes(options.baseIri ?? source.manifest.baseIri) : {};
  return wrap(store, { ...own, ...options.prefixes });
}

function wrap(store: Store, extra: Record<string, string>): QueryStore {
  let lastCapped = false;
  const run = (sparql: string, formats: { solutions: string; graph: string }) => {
    const result = runQuery(store, sparql, formats, extra);
    lastCapped = result.capped;
    return result;
  };
  return {
    get size() { return store.size; },
    get lastCapped() { return lastCapped; },
    prefixes: { ...QUERY_PREFIXES, ...extra },
    query(sparql) {
      const { form, text } = run(sparql, { solutions: RESULT_FORMATS.json.solutions, graph: 'application/n-triples' });
      if (form === 'solutions') return parseSparqlJson(text);
      return { type: 'quads', quads: new (requireLazily('n3') as typeof import('n3')).Parser({ format: 'N-Triples' }).parse(text) as Quad[] };
    },
    queryText: (sparql, format) => run(sparql, RESULT_FORMATS[format]),
    queryAs: run,
  };
}

/** Oxigraph wants the result format up front; a graph query refuses a solutions format, so it is
 *  tried with that first and, on that refusal only, again with the graph format. */
function runQuery(store: Store, sparql: string, formats: { solutions: string; graph: string }, extra: Record<string, string>): { form: 'solutions' | 'graph'; text: string; capped: boolean } {
  const withDeclared = withPrefixes(sparql, extra);
  const { text, capped } = capRows(rewriteExtensions(withDeclared.text));
  const prefixed = { ...withDeclared, text };
  const options = { use_default_graph_as_union: true };
  try {
    return { form: 'solutions', text: store.query(prefixed.text, { ...options, results_format: formats.solutions }) as string, capped };
  } catch (error) {
    if (!/RDF format/i.test(messageOf(error))) throw queryError(error, sparql, prefixed.addedLines, extra);
  }
  try {
    return { form: 'graph', text: store.query(prefixed.text, { ...options, results_format: formats.graph }) as string, capped };
  } catch (error) {
    throw queryError(error, sparql, prefixed.addedLines, extra);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function queryError(error: unknown, sparql: string, addedLines: number, extra: Record<string, string>): LinkedLivesError {
  const message = shiftErrorLines(messageOf(error), addedLines);
  const unknown = /Prefix not found/.test(message) ? undeclaredPrefixes(sparql, extra) : [];
  if (unknown.length) {
    return new LinkedLivesError(
      `the query uses the prefix${unknown.length > 1 ? 'es' : ''} ${unknown.map((p) => `${p}:`).join(' ')} without declaring ${unknown.length > 1 ? 'them' : 'it'} ` +
      `(predeclared: ${Object.keys({ ...QUERY_PREFIXES, ...extra }).map((p) => `${p}:`).join(' ')})`, 'query_syntax');
  }
  if (/service <http:\/\/wikiba\.se\/ontology#label>/i.test(message)) {
    return new LinkedLivesError(
      'the WDQS label service (SERVICE wikibase:label) is not available without WDQS: select the label directly, ' +
      'e.g. ?item rdfs:label ?itemLabel FILTER(LANG(?itemLabel) = "en")', 'query_unsupported');
  }
  if (/service <[^>]*> is not supported/i.test(message)) return new LinkedLivesError(`the embedded store cannot run federated queries: ${message}`, 'query_unsupported');
  if (/^error at \d+:\d+/.test(message)) return new LinkedLivesError(`the query is not valid SPARQL: ${message}`, 'query_syntax');
  return new LinkedLivesError(`the query failed: ${message}`, 'query_failed');
}
