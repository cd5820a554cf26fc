// **store-client** — the requests a publish makes: SPARQL 1.1 Update, SPARQL 1.1 Query (counts and
// checks, as form POSTs: Virtuoso hangs on application/sparql-query bodies), and Graph Store Protocol
// uploads. Every request is retried with backoff on lost connections and 5xx.
import type { Term } from '@rdfjs/types';
import { parseSparqlJson, type Binding } from '../query/results.js';
import type { Endpoints } from './endpoints.js';
import { PublishError } from './errors.js';
import type { HttpClient } from './http.js';
import { withRetries, type RetryEvent, type RetryPolicy } from './retry.js';

/** Virtuoso's SPARQL parser runs out of stack at ~5000 triples in one INSERT DATA: larger update
 *  requests are split into several INSERT DATA operations of this many triples each. */
export const TRIPLES_PER_INSERT = 2_000;

export class StoreClient {
  constructor(
    private readonly http: HttpClient,
    readonly endpoints: Endpoints,
    private readonly retry: RetryPolicy,
    private readonly onRetry?: (event: RetryEvent) => void,
  ) {}

  /** Runs a SPARQL 1.1 Update request; `retry: false` for requests that are not safe to repeat. */
  async update(text: string, what: string, options: { retry?: boolean } = {}): Promise<void> {
    const send = () => this.http.send({
      method: 'POST', url: this.endpoints.update, what,
      headers: { 'content-type': 'application/sparql-update; charset=utf-8' }, body: text,
    });
    await (options.retry === false ? send() : this.#retried(send));
  }

  /** Runs a SELECT query and returns its rows. */
  async select(text: string, what: string): Promise<Binding[]> {
    const response = await this.#retried(() => this.http.send({
      method: 'POST', url: this.endpoints.query, what,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: text }).toString(),
    }));
    let result: ReturnType<typeof parseSparqlJson>;
    try {
      result = parseSparqlJson(response.text);
    } catch (error) {
      // An HTML page, a truncated body, JSON of another shape: the store did not do what was asked.
      // Not the parser's message: it quotes the answer, which may echo what was sent.
      throw new PublishError(`${what}: the store's answer is not SPARQL JSON results (${/^\s*</.test(response.text) ? 'an HTML or XML page' : `${response.text.length} characters`})`, 'server_error');
    }
    if (result.type !== 'bindings') throw new PublishError(`${what}: the store answered a SELECT with a boolean`, 'rejected');
    return result.rows;
  }

  /** Triples in a named graph (0 when it does not exist). */
  async count(graph: string): Promise<number> {
    const rows = await this.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, `counting the triples of <${graph}>`);
    return numberOf(rows[0]?.n);
  }

  /** Adds N-Triples to a graph: a GSP POST, or INSERT DATA operations. Both are idempotent (sets). */
  async insert(graph: string, lines: string[], what: string): Promise<void> {
    if (!this.endpoints.graphStore) return this.update(insertData(graph, lines), what);
    const url = `${this.endpoints.graphStore}${this.endpoints.graphStore.includes('?') ? '&' : '?'}graph=${encodeURIComponent(graph)}`;
    const body = shortFirst(lines).join('');
    await this.#retried(() => this.http.send({
      method: 'POST', url, what, headers: { 'content-type': 'application/n-triples; charset=utf-8' }, body,
    }));
  }

  #retried<T>(action: () => Promise<T>): Promise<T> {
    return withRetries(action, this.retry, this.onRetry);
  }
}

/** `INSERT DATA { GRAPH <g> { … } } ;` operations of TRIPLES_PER_INSERT triples each. */
export function insertData(graph: string, lines: string[]): string {
  const operations: string[] = [];
  for (let i = 0; i < lines.length; i += TRIPLES_PER_INSERT) {
    operations.push(`INSERT DATA { GRAPH <${graph}> {\n${lines.slice(i, i + TRIPLES_PER_INSERT).join('')}} }`);
  }
  return operations.join(' ;\n');
}

/** Virtuoso guesses the syntax of a GSP body from its first kilobytes, whatever its Content-Type, and
 *  rejects the body ("unsupported type text/plain") when a long literal fills them: short triples go first. */
export function shortFirst(lines: string[], long = 4_096): string[] {
  if (lines.every((line) => line.length < long)) return lines;
  return [...lines.filter((line) => line.length < long), ...lines.filter((line) => line.length >= long)];
}

export function numberOf(term: Term | undefined): number {
  const n = term?.termType === 'Literal' ? Number(term.value) : NaN;
  if (!Number.isInteger(n)) throw new PublishError(`the store answered a count with ${term ? `"${term.value}"` : 'nothing'}`, 'server_error');
  return n;
}
