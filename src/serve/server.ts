// **server** — `linked-lives serve`: a built site over HTTP (node:http, no framework). Things'
// IRI paths are negotiated (conneg.ts), other paths are the site's files (static-files.ts), and
// /sparql queries the site's full dump (sparql-endpoint.ts), loaded on its first query.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { LinkedLivesError } from '../errors.js';
import type { QueryStore } from '../query/store.js';
import { answerThing } from './conneg.js';
import { messagePage } from './pages.js';
import { handleSparql } from './sparql-endpoint.js';
import { findFile, pathSegments, sendFile } from './static-files.js';

export interface ServeOptions {
  /** The site's folder. */
  site: string;
  /** Defaults to 0: a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: only this machine can connect. */
  host?: string;
}

export interface SiteServer {
  /** The site's root, e.g. http://127.0.0.1:8080/ */
  url: string;
  /** Stops accepting requests, ends open connections and resolves when the server is closed. */
  close(): Promise<void>;
}

/** The full dumps the endpoint can load, fastest to parse first. */
const FULL_DUMPS = ['full.nt', 'full.nq', 'full.ttl', 'full.nt.gz', 'full.nq.gz', 'full.ttl.gz', 'full.jsonld'];

/** Starts serving `options.site`; refuses a folder that is not a site (no index.html). */
export async function serveSite(options: ServeOptions): Promise<SiteServer> {
  const root = path.resolve(options.site);
  const index = await stat(path.join(root, 'index.html')).catch(() => undefined);
  if (!index?.isFile()) throw new LinkedLivesError(`${options.site} is not a site: it has no index.html (build one with linked-lives site --out ${options.site})`, 'not_a_site', { site: options.site });
  let store: Promise<QueryStore> | undefined;
  const loadStoreOnce = () => (store ??= loadSiteStore(root).catch((error: unknown) => {
    store = undefined;
    throw error;
  }));
  const server = createServer((request, response) => {
    handle(root, request, response, loadStoreOnce).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`internal error: ${(error as Error).message}\n`);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new LinkedLivesError(`cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 0}: ${error.code ?? error.message}`, 'listen', { code: error.code })));
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return { url: `http://${host}:${port}/`, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse, store: () => Promise<QueryStore>): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://site.invalid');
  if (url.pathname === '/sparql') return handleSparql(request, response, url, store);
  const segments = pathSegments(url.pathname);
  const depth = Math.max(0, url.pathname.split('/').length - 2);
  const toRoot = '../'.repeat(depth);
  const page = (status: number, title: string, message: string, headers: Record<string, string> = {}, links: { href: string; text: string }[] = []) => {
    const body = messagePage(title, message, toRoot, links);
    response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return page(405, 'Method not allowed', `This site is read-only: ${request.method} is not answered here.`, { Allow: 'GET, HEAD' });
  if (segments === 'bad') return page(400, 'Bad request', 'The address is not valid percent-encoding.');
  if (segments === 'forbidden') return page(404, 'Not found', 'There is nothing at this address.');

  const thing = await answerThing(root, segments.join('/'), request.headers.accept);
  if (thing?.status === 303) {
    response.writeHead(303, { Location: thing.location, Vary: 'Accept', 'Content-Type': 'text/plain; charset=utf-8' });
    return void response.end(request.method === 'HEAD' ? undefined : `See ${thing.location} (${thing.mediaType})\n`);
  }
  if (thing?.status === 406) {
    return page(406, 'Not acceptable', `None of the formats asked for (Accept: ${request.headers.accept ?? ''}) is available for this resource. These are:`, { Vary: 'Accept' },
      thing.alternatives.map((a) => ({ href: a.href, text: `${a.href} (${a.mediaType})` })));
  }
  if (thing?.status === 404) return page(404, 'Not found', `This site has no page for ${segments.join('/')}.`, { Vary: 'Accept' });

  const found = await findFile(root, segments);
  if (found === 'directory') {
    response.writeHead(301, { Location: `${encodeURIComponent(segments.at(-1)!)}/` });
    return void response.end();
  }
  if (!found) return page(404, 'Not found', 'There is nothing at this address.');
  await sendFile(request, response, found);
}

/** The embedded store holding the site's full dump (dumps/full.*). */
async function loadSiteStore(root: string): Promise<QueryStore> {
  for (const name of FULL_DUMPS) {
    const file = path.join(root, 'dumps', name);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      continue;
    }
    if (name.endsWith('.gz')) bytes = await promisify(gunzip)(bytes);
    const [{ loadStore }, { dumpFormatOf }] = await Promise.all([import('../query/store.js'), import('../query/dump-format.js')]);
    return loadStore({ text: bytes, format: dumpFormatOf(name)!.format, name: `dumps/${name}` });
  }
  throw new LinkedLivesError(`this site has no full dump to query (looked for dumps/${FULL_DUMPS.join(', dumps/')})`, 'no_dump');
}
