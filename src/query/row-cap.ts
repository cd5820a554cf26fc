// **row-cap** — a query without LIMIT gets one, so that a query with a huge result (two unrelated
// triple patterns: every triple times every triple) cannot fill memory: the embedded store hands its
// results over whole. A query that says how many rows it wants (LIMIT) is run as written.
import { createRequire } from 'node:module';
import type { SparqlQuery } from 'sparqljs';

/** Rows (or, for CONSTRUCT, solutions) a query without LIMIT returns at most. */
export const MAX_ROWS = 100_000;

/** The query with `LIMIT MAX_ROWS` added when it has none; `capped` says whether it was. */
export function capRows(sparql: string): { text: string; capped: boolean } {
  const sparqljs = createRequire(import.meta.url)('sparqljs') as typeof import('sparqljs');
  let parsed: SparqlQuery;
  try {
    parsed = new sparqljs.Parser().parse(sparql) as SparqlQuery;
  } catch {
    return { text: sparql, capped: false }; // the store reports the error against the user's text
  }
  // ASK has one answer; a trailing VALUES block must stay last, so such a query runs as written.
  const { limit, values } = parsed as { limit?: number; values?: unknown };
  if (parsed.type !== 'query' || parsed.queryType === 'ASK' || limit !== undefined || values) return { text: sparql, capped: false };
  return { text: `${sparql}\nLIMIT ${MAX_ROWS}`, capped: true };
}
