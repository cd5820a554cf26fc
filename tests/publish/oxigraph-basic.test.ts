// Publishing to a second SPARQL 1.1 store, behind Basic authentication (Virtuoso only does Digest): a
// small HTTP front (node:http) on an Oxigraph store that speaks just what publish uses, at one URL as
// Fuseki's dataset URL does — queries and updates (SPARQL 1.1 Protocol) and Graph Store POSTs of
// N-Triples with ?graph=. Every request must carry the right Basic credentials.
import type { Quad } from '@rdfjs/types';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { namedNode, Store } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Credentials } from '../../src/publish/credentials.js';
import { PublishError } from '../../src/publish/errors.js';
import { publish, type PublishOptions } from '../../src/publish/publish.js';
import { toNTriples } from '../../src/serialize/ntriples.js';
import { synthetic } from './synthetic.js';

const USER = 'writer';
const PASSWORD = 'open sesame: 4711';
const EXPECTED = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const GRAPH = 'https://example.org/graph/oxigraph';

/** Runs one request against the store; returns status, content type and body. */
function answer(store: Store, req: IncomingMessage, body: string): [number, string, string] {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
  const form = type === 'application/x-www-form-urlencoded' ? new URLSearchParams(body) : undefined;
  const graph = url.searchParams.get('graph');
  if (req.method !== 'POST') return [405, 'text/plain', 'only POST'];
  if (graph && type === 'application/n-triples') {
    store.load(body, { format: 'application/n-triples', to_graph_name: namedNode(graph) });
    return [204, 'text/plain', ''];
  }
  if (type === 'application/sparql-update' || form?.has('update')) {
    store.update(form?.get('update') ?? body);
    return [204, 'text/plain', ''];
  }
  if (form?.has('query')) {
    const json = store.query(form.get('query')!, { results_format: 'application/sparql-results+json' });
    return [200, 'application/sparql-results+json', String(json)];
  }
  return [415, 'text/plain', `cannot handle ${type || 'no content type'}`];
}

/** The HTTP front: Basic authentication, then the store; store errors are the client's (400). */
function serve(store: Store, seen: (string | undefined)[]): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => {
      seen.push(req.headers.authorization?.split(' ')[0]);
      if (req.headers.authorization !== EXPECTED) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="oxigraph"' }).end();
      try {
        const [status, type, text] = answer(store, req, body);
        res.writeHead(status, { 'content-type': type }).end(text);
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
  });
}

describe('publish to Oxigraph behind Basic authentication', () => {
  const store = new Store();
  const seen: (string | undefined)[] = [];
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    server = serve(store, seen);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dataset`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const options = (extra: Partial<PublishOptions> = {}): PublishOptions => ({
    endpoint, graph: GRAPH, credentials: new Credentials(USER, PASSWORD), ...extra,
  });
  const triplesIn = (graph: string) => store.match(null, null, null, namedNode(graph)).length;
  const graphs = () => new Set(store.match(null, null, null, null).map((q) => q.graph.value));

  it('replaces the graph by Graph Store POSTs, then by SPARQL Update, answering the Basic challenge once', async () => {
    seen.length = 0;
    expect(await publish(synthetic(3_000, 'v1'), options({ batchSize: 1_000 }))).toMatchObject({ triples: 3_000, requests: 3, protocol: 'gsp' });
    expect(seen[0]).toBeUndefined();
    expect(seen.slice(1).every((scheme) => scheme === 'Basic')).toBe(true);
    expect(triplesIn(GRAPH)).toBe(3_000);

    const next = synthetic(1_200, 'v2');
    expect(await publish(next, options({ protocol: 'update', batchSize: 500 }))).toMatchObject({ triples: 1_200, previousTriples: 3_000 });
    expect(triplesIn(GRAPH)).toBe(1_200);
    const holds = (q: Quad) => store.query(`ASK { GRAPH <${GRAPH}> { ${toNTriples([q])} } }`);
    expect([holds(next[0]!), holds(next.at(-1)!), holds(synthetic(3_000, 'v1')[0]!)]).toEqual([true, true, false]);
    expect([...graphs()]).toEqual([GRAPH]); // no staging graph, no ledger entry
  });

  it('a wrong password: refused (401), never echoed, the graph untouched', async () => {
    const failure = await publish(synthetic(10, 'v3'), options({ credentials: new Credentials(USER, 'wrong-Secret-99') }))
      .then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(PublishError);
    expect(failure).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/refused the credentials of user "writer" \(HTTP 401/) });
    expect((failure as Error).message).not.toContain('wrong-Secret-99');
    expect(triplesIn(GRAPH)).toBe(1_200);
  });
});
