// **endpoints** — the URLs a publish talks to: the SPARQL endpoint (queries and updates), the Graph
// Store endpoint (derived for Virtuoso's /sparql-auth), and the checks that keep passwords out of URLs.
import { LinkedLivesError } from '../errors.js';

export type Protocol = 'gsp' | 'update';
export const PROTOCOLS: Protocol[] = ['gsp', 'update'];

export interface Endpoints {
  /** SPARQL 1.1 Update endpoint; also used for the swap. */
  update: string;
  /** SPARQL 1.1 Query endpoint, for the counts and checks. */
  query: string;
  /** Graph Store HTTP Protocol endpoint (protocol gsp only). */
  graphStore?: string;
}

/** A URL as it may be shown: any user:password before an @ replaced, even in a URL that does not parse. */
export function hideUserInfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1<hidden>@');
}

/** An absolute http(s) URL without user:password in it (those would land in shell history and logs). */
export function checkUrl(url: string, option: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LinkedLivesError(`${option} "${hideUserInfo(url)}" is not a URL`, 'bad_endpoint');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new LinkedLivesError(`${option} must be an http or https URL`, 'bad_endpoint');
  if (parsed.username || parsed.password) {
    throw new LinkedLivesError(`${option} must not carry credentials: set LINKED_LIVES_USER and LINKED_LIVES_PASSWORD, or use --credentials FILE`, 'bad_endpoint');
  }
  return parsed.href;
}

/** An absolute IRI for a graph name (SPARQL allows no relative ones), free of characters <…> cannot hold. */
export function checkGraphIri(iri: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(iri)) throw new LinkedLivesError(`--graph "${iri}" is not an absolute IRI`, 'bad_graph');
  return iri;
}

/** Virtuoso serves GSP beside its SPARQL endpoint: /sparql-auth → /sparql-graph-crud-auth (and
 *  /sparql → /sparql-graph-crud). Other stores (Fuseki's dataset URL, for one) take GSP requests at
 *  the SPARQL endpoint itself; pass --graph-store for the rest. */
export function graphStoreFor(endpoint: string): string {
  const url = new URL(endpoint);
  const virtuoso = /^\/sparql(-auth)?\/?$/.exec(url.pathname);
  if (virtuoso) url.pathname = `/sparql-graph-crud${virtuoso[1] ?? ''}`;
  return url.href;
}

export function resolveEndpoints(options: { endpoint: string; queryEndpoint?: string; graphStore?: string; protocol: Protocol }): Endpoints {
  const update = checkUrl(options.endpoint, '--endpoint');
  const query = options.queryEndpoint ? checkUrl(options.queryEndpoint, '--query-endpoint') : update;
  if (options.protocol === 'update') return { update, query };
  return { update, query, graphStore: options.graphStore ? checkUrl(options.graphStore, '--graph-store') : graphStoreFor(update) };
}
