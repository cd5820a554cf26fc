// **sparql-endpoint** — a read-only SPARQL 1.1 Protocol endpoint over the embedded store: GET
// ?query=, POST application/sparql-query or form-encoded query=; results in the type Accept asks for.
// Updates are refused whichever way they come (update=, application/sparql-update, or an update sent
// as a query), before the store sees them; the store's query parser refuses them too.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { SparqlQuery } from 'sparqljs';
import { LinkedLivesError } from '../errors.js';
import type { QueryStore } from '../query/store.js';
import { QUERY_PREFIXES } from '../vocab/namespaces.js';
import { negotiate } from './accept.js';

/** The largest query body read (a query, not data: the endpoint is read-only). */
export const MAX_QUERY_BYTES = 1024 * 1024;

const SOLUTION_TYPES = ['application/sparql-results+json', 'text/csv', 'text/tab-separated-values', 'application/sparql-results+xml'];
const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml'];
const TEXT_TYPES = new Set(['text/csv', 'text/tab-separated-values', 'text/turtle']);

class ProtocolError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Handles a request to the endpoint; `store` loads the site's dump on first use. */
export async function handleSparql(request: IncomingMessage, response: ServerResponse, url: URL, store: () => Promise<QueryStore>): Promise<void> {
  try {
    const sparql = await queryOf(request, url);
    const form = formOf(sparql, QUERY_PREFIXES);
    const accept = request.headers.accept;
    const solutions = negotiate(accept, SOLUTION_TYPES);
    const graph = negotiate(accept, GRAPH_TYPES);
    if ((form === 'solutions' && !solutions) || (form === 'graph' && !graph)) {
      throw new ProtocolError(406, `none of the result types asked for (Accept: ${accept}) is offered for this query; offered: ${(form === 'solutions' ? SOLUTION_TYPES : GRAPH_TYPES).join(', ')}`);
    }
    const result = (await store()).queryAs(sparql, { solutions: solutions ?? SOLUTION_TYPES[0]!, graph: graph ?? GRAPH_TYPES[0]! });
    const type = result.form === 'solutions' ? solutions : graph;
    if (!type) throw new ProtocolError(406, `no result type asked for (Accept: ${accept}) fits this query's results`);
    response.writeHead(200, {
      'Content-Type': TEXT_TYPES.has(type) || type.endsWith('+json') || type.endsWith('+xml') ? `${type}; charset=utf-8` : type,
      'Content-Length': Buffer.byteLength(result.text),
      Vary: 'Accept',
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : result.text);
  } catch (error) {
    const { status, message, headers } = error instanceof ProtocolError ? error
      : error instanceof LinkedLivesError && /^query_(syntax|unsupported)$/.test(error.code) ? { status: 400, message: error.message, headers: {} }
        : error instanceof LinkedLivesError && error.code === 'no_dump' ? { status: 404, message: error.message, headers: {} }
          : { status: 500, message: `the query failed: ${(error as Error).message}`, headers: {} };
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    response.end(request.method === 'HEAD' ? undefined : `${message}\n`);
  }
}

const READ_ONLY = 'this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused';

/** The query text of a protocol request (SPARQL 1.1 Protocol §2.1). */
async function queryOf(request: IncomingMessage, url: URL): Promise<string> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    if (url.searchParams.has('update')) throw new ProtocolError(400, READ_ONLY);
    const queries = url.searchParams.getAll('query');
    if (queries.length !== 1) throw new ProtocolError(400, 'give one SPARQL query: /sparql?query=SELECT… (URL-encoded), or POST it as application/sparql-query');
    return queries[0]!;
  }
  if (request.method !== 'POST') throw new ProtocolError(405, 'the endpoint takes GET, HEAD and POST', { Allow: 'GET, HEAD, POST' });
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/sparql-update') throw new ProtocolError(400, READ_ONLY);
  if (type !== 'application/sparql-query' && type !== 'application/x-www-form-urlencoded') {
    throw new ProtocolError(415, `POST the query as application/sparql-query or application/x-www-form-urlencoded (query=…), not "${type || 'no Content-Type'}"`);
  }
  const body = await readBody(request);
  if (type === 'application/sparql-query') return body;
  const form = new URLSearchParams(body);
  if (form.has('update')) throw new ProtocolError(400, READ_ONLY);
  const queries = form.getAll('query');
  if (queries.length !== 1) throw new ProtocolError(400, 'the form must hold one query= field');
  return queries[0]!;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_QUERY_BYTES) throw new ProtocolError(413, `the query is larger than ${MAX_QUERY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether the text is a query giving solutions (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE);
 *  an update is refused here. Unknown when sparqljs cannot parse it: the store then reports the error. */
function formOf(sparql: string, prefixes: Record<string, string>): 'solutions' | 'graph' | undefined {
  const sparqljs = createRequire(import.meta.url)('sparqljs') as typeof import('sparqljs');
  let parsed: SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ prefixes, skipUngroupedVariableCheck: true }).parse(sparql) as SparqlQuery;
  } catch {
    // Not parsed (a syntax error, or SPARQL sparqljs does not know): still tell an update by its keywords.
    if (/^(?:\s|#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i.test(sparql)) throw new ProtocolError(400, READ_ONLY);
    return undefined;
  }
  if (parsed.type === 'update') throw new ProtocolError(400, READ_ONLY);
  return parsed.queryType === 'SELECT' || parsed.queryType === 'ASK' ? 'solutions' : 'graph';
}
