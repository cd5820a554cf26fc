// The HTTP client against a scripted local server: Basic challenges, missing and wrong credentials,
// retries with backoff on 5xx, and unreachable versus lost stores.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Credentials } from '../../src/publish/credentials.js';
import { PublishError } from '../../src/publish/errors.js';
import { HttpClient } from '../../src/publish/http.js';
import type { RetryEvent } from '../../src/publish/retry.js';
import { StoreClient } from '../../src/publish/store-client.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Handler): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c)).on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql-auth`;
}

const FAST = { attempts: 3, baseDelayMs: 10, maxDelayMs: 20 };
const client = (url: string, credentials?: Credentials, retries: RetryEvent[] = []) =>
  new StoreClient(new HttpClient(credentials, 5_000), { update: url, query: url }, FAST, (e) => retries.push(e));
const fails = async (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as PublishError);
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('HttpClient', () => {
  it('answers a Basic challenge, then sends Basic up front', async () => {
    const seen: (string | undefined)[] = [];
    const url = await serve((req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization !== basic('writer', 'pw')) res.writeHead(401, { 'www-authenticate': 'Basic realm="store"' }).end();
      else res.writeHead(200).end('ok');
    });
    const store = client(url, new Credentials('writer', 'pw'));
    await store.update('DROP SILENT GRAPH <urn:g>', 'a drop');
    await store.update('DROP SILENT GRAPH <urn:g>', 'a drop');
    expect(seen).toEqual([undefined, basic('writer', 'pw'), basic('writer', 'pw')]);
  });

  it('says which credentials are missing, and refuses wrong ones without echoing the password', async () => {
    const url = await serve((_req, res) => res.writeHead(401, { 'www-authenticate': 'Basic realm="store"' }).end());
    const missing = await fails(client(url).update('CLEAR ALL', 'a clear'));
    expect(missing).toMatchObject({ code: 'credentials_required', message: expect.stringMatching(/LINKED_LIVES_USER and LINKED_LIVES_PASSWORD/) });
    const wrong = await fails(client(url, new Credentials('writer', 'hunter2')).update('CLEAR ALL', 'a clear'));
    expect(wrong).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/refused the credentials of user "writer"/) });
    expect(wrong.message).not.toContain('hunter2');
  });

  it('retries 5xx with growing delays and succeeds when the store recovers', async () => {
    let calls = 0;
    const url = await serve((_req, res) => (++calls < 3 ? res.writeHead(503).end('busy') : res.writeHead(200).end('done')));
    const retries: RetryEvent[] = [];
    await client(url, undefined, retries).update('CLEAR ALL', 'a clear');
    expect(calls).toBe(3);
    expect(retries.map((r) => r.delayMs)).toEqual([10, 20]);
  });

  it('gives up after the last try with the store\'s own message', async () => {
    const url = await serve((_req, res) => res.writeHead(502).end('bad gateway'));
    expect(await fails(client(url).update('CLEAR ALL', 'a clear'))).toMatchObject({ code: 'server_error', message: expect.stringMatching(/HTTP 502\): bad gateway/) });
  });

  it('does not retry a refusal', async () => {
    let calls = 0;
    const url = await serve((_req, res) => { calls++; res.writeHead(500).end('Virtuoso 42000 Error SR186:SECURITY: No permission'); });
    expect(await fails(client(url).update('CLEAR ALL', 'a clear'))).toMatchObject({ code: 'forbidden' });
    expect(calls).toBe(1);
  });

  it('tells a store that never answered from one that stopped answering', async () => {
    const url = await serve((_req, res) => res.writeHead(200).end('ok'));
    const store = client(url);
    await store.update('CLEAR ALL', 'a clear');
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server!.closeAllConnections();
    server = undefined;
    expect(await fails(store.update('CLEAR ALL', 'the second clear'))).toMatchObject({ code: 'connection_lost', message: expect.stringMatching(/stopped answering during the second clear/) });
    expect(await fails(client(url).update('CLEAR ALL', 'a clear'))).toMatchObject({ code: 'unreachable', message: expect.stringMatching(/cannot reach the store .*ECONNREFUSED/) });
  });
});

describe('HttpClient against a hostile store (issue 16)', () => {
  it('hides the credentials when a store echoes the Authorization header in its error', async () => {
    const url = await serve((req, res) => {
      if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="store"' }).end();
      res.writeHead(400).end(`bad request; you sent Authorization: ${req.headers.authorization} and password s3cret-pw`);
    });
    const error = await fails(client(url, new Credentials('writer', 's3cret-pw')).update('CLEAR ALL', 'a clear'));
    expect(error.message).toMatch(/<hidden>/);
    expect(error.message).not.toMatch(/s3cret-pw|d3JpdGVyOnMzY3JldC1wdw/);
  });

  it('hides a password a store quotes back JSON-escaped or percent-encoded', async () => {
    const password = 'pa"ss word';
    const url = await serve((req, res) => {
      if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="store"' }).end();
      res.writeHead(400).end(`{"error": "bad password ${JSON.stringify(password).slice(1, -1)}", "url": "?p=${encodeURIComponent(password)}"}`);
    });
    const error = await fails(client(url, new Credentials('writer', password)).update('CLEAR ALL', 'a clear'));
    expect(error.message).not.toContain('ss word');
    expect(error.message).not.toContain('ss%20word');
  });

  it('refuses to follow a redirect to another host: neither data nor credentials leave', async () => {
    let elsewhere = 0;
    const other = createServer((_req, res) => { elsewhere++; res.writeHead(200).end('ok'); });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/steal`;
    try {
      const url = await serve((_req, res) => res.writeHead(307, { location: otherUrl }).end());
      const error = await fails(client(url, new Credentials('writer', 'pw')).update('INSERT DATA { <urn:a> <urn:b> <urn:c> }', 'an insert'));
      expect(error).toMatchObject({ code: 'redirect', message: expect.stringMatching(/redirects to http:\/\/localhost:\d+; linked-lives does not follow a store to another host/) });
      expect(elsewhere).toBe(0);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('follows a redirect within the store, and stops one that goes round in circles', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/sparql-auth') return void res.writeHead(307, { location: '/moved' }).end();
      if (req.url === '/moved') return void res.writeHead(200).end('ok');
      res.writeHead(302, { location: req.url! }).end();
    });
    await client(url).update('CLEAR ALL', 'a clear');
    const loop = url.replace('/sparql-auth', '/loop');
    expect(await fails(client(loop).update('CLEAR ALL', 'a clear'))).toMatchObject({ code: 'redirect', message: expect.stringMatching(/redirects to itself, again and again/) });
  });

  it('gives up on a store that never answers after the timeout, for every try', async () => {
    const url = await serve(() => { /* never answers */ });
    const started = Date.now();
    const store = new StoreClient(new HttpClient(undefined, 300), { update: url, query: url }, FAST, () => {});
    expect(await fails(store.update('CLEAR ALL', 'a clear'))).toMatchObject({ code: 'unreachable', message: expect.stringMatching(/no answer in 300 ms/) });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('a store whose answers are not SPARQL JSON', () => {
  it.each([
    ['an HTML page', '<html><body>Welcome to the proxy</body></html>'],
    ['JSON of another shape', '{"results": {}}'],
    ['a truncated answer', '{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "lit'],
    ['a null term', '{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": null}]}}'],
  ])('%s: a server error (exit 8), not a crash', async (_what, body) => {
    const url = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(body));
    const error = await fails(client(url).count('urn:g'));
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({ code: 'server_error', message: expect.stringMatching(/the store's answer is not SPARQL JSON results/) });
  });
});
