// **prefixes** — the prefixes WDQS predeclares (wd:, wdt:, p:, ps:, pq:, wikibase:, bd:, hint: …) and ours (ll*:),
// prepended to a query that does not declare them itself, so WDQS queries run unchanged.
import { QUERY_PREFIXES } from '../vocab/namespaces.js';

// `PREFIX name:` or `PREFIX :` anywhere in the query; a mention in a comment only means we add one less.
const DECLARED = /\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi;

export interface PrefixedQuery {
  text: string;
  /** Lines added before the user's query: subtract from the line numbers of parser errors. */
  addedLines: number;
}

/** The query with PREFIX lines for every predeclared prefix (the known ones and `extra`) it does not
 *  declare itself, all on one added line. */
export function withPrefixes(sparql: string, extra: Record<string, string> = {}): PrefixedQuery {
  const declared = new Set([...sparql.matchAll(DECLARED)].map((m) => m[1] ?? ''));
  const missing = Object.entries({ ...QUERY_PREFIXES, ...extra }).filter(([prefix]) => !declared.has(prefix));
  if (!missing.length) return { text: sparql, addedLines: 0 };
  const line = missing.map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`).join(' ');
  return { text: `${line}\n${sparql}`, addedLines: 1 };
}

/** Prefixes the query uses in prefixed names but neither declares nor finds predeclared (a heuristic
 *  for error messages: IRIs, strings and comments are blanked out first). */
export function undeclaredPrefixes(sparql: string, extra: Record<string, string> = {}): string[] {
  const declared = new Set([...sparql.matchAll(DECLARED)].map((m) => m[1] ?? ''));
  const code = sparql.replace(/<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g, ' ');
  const used = [...code.matchAll(/(?<![\w?$:.-])([A-Za-z][\w.-]*)?:/g)].map((m) => m[1] ?? '');
  return [...new Set(used)].filter((p) => !declared.has(p) && !(p in QUERY_PREFIXES) && !(p in extra));
}

/** "error at 2:10: …" in the prefixed query → "error at 1:10: …" in the user's. */
export function shiftErrorLines(message: string, addedLines: number): string {
  if (!addedLines) return message;
  return message.replace(/\b(at |line )(\d+)(:\d+)?/g, (whole, word: string, line: string, col = '') =>
    Number(line) > addedLines ? `${word}${Number(line) - addedLines}${col}` : whole);
}
