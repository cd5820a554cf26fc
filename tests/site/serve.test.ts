// `linked-lives serve` over plain HTTP, on the hand-written fixture site: content negotiation (the
// shared table), the RDF and HTML it leads to, files and their media types, refused traversal,
// and the read-only /sparql endpoint.
import { spawn } from 'node:child_process';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'n3';
import { parse as oxigraphParse } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../src/serve/server.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { rawRequest } from '../helpers/http.js';
import { CHROMIUM_ACCEPT, CONNEG_TABLE } from './conneg-table.js';

const FIXTURE = path.resolve('tests/fixtures/site');
const BASE = 'https://w3id.org/linked-lives/serge/';
const SECRET = 'the contents of a file beside the site';

let server: SiteServer;
let root: string;

beforeAll(async () => {
  // A copy of the fixture with a secret beside it and a link out of it, for the traversal tests.
  const dir = await tempDir('linked-lives-serve-');
  root = path.join(dir, 'site');
  await cp(FIXTURE, root, { recursive: true });
  await writeFile(path.join(dir, 'secret.txt'), SECRET);
  await writeFile(path.join(root, '.htaccess'), `# ${SECRET}`);
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'entity', 'leak.html'));
  await mkdir(path.join(root, 'empty-folder'));
  server = await serveSite({ site: root, port: 0 });
});
afterAll(() => server?.close());

const get = (p: string, headers: Record<string, string> = {}) => rawRequest(server.url, p, { headers });

describe('content negotiation on things\' IRI paths', () => {
  it.each(CONNEG_TABLE)('$path with Accept "$accept" → $status $location', async (row) => {
    const response = await get(`/${row.path}`, row.accept === undefined ? {} : { accept: row.accept });
    expect(response.status).toBe(row.status);
    expect(response.headers.vary).toBe('Accept');
    if (row.status !== 303) {
      expect(response.headers.location).toBeUndefined();
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      return;
    }
    expect(response.headers.location).toBe(row.location);
    const document = new URL(row.location!, new URL(row.path, server.url));
    const followed = await get(document.pathname);
    expect(followed.status).toBe(200);
    expect(followed.headers['content-type']).toBe(row.type);
  });

  it('lists the variants in a 406 page, as links', async () => {
    const response = await get('/entity/victor-serge', { accept: 'application/rdf+xml' });
    expect(response.status).toBe(406);
    for (const href of ['victor-serge.html', 'victor-serge.ttl', 'victor-serge.jsonld', 'victor-serge.nt']) expect(response.body).toContain(`href="${href}"`);
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await rawRequest(server.url, '/entity/victor-serge', { method: 'HEAD', headers: { accept: 'text/turtle' } });
    expect([response.status, response.headers.location, response.body]).toEqual([303, 'victor-serge.ttl', '']);
  });
});

describe('the documents a thing leads to', () => {
  const entity = `${BASE}entity/victor-serge`;
  const keys = (quads: { subject: { value: string }; predicate: { value: string }; object: { termType: string; value: string } }[]) =>
    quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${q.object.value}`).sort();

  it('are the entity\'s RDF, the same triples in Turtle, N-Triples and JSON-LD', async () => {
    const parsed: Record<string, string[]> = {};
    for (const [accept, format] of [['text/turtle', 'text/turtle'], ['application/n-triples', 'application/n-triples'], ['application/ld+json', 'application/ld+json']] as const) {
      const redirect = await get('/entity/victor-serge', { accept });
      const document = await get(`/entity/${redirect.headers.location}`);
      parsed[format] = keys(oxigraphParse(document.body, { format, base_iri: `${server.url}entity/` }) as never);
    }
    expect(parsed['text/turtle']!.length).toBeGreaterThan(3);
    expect(parsed['application/n-triples']).toEqual(parsed['text/turtle']);
    expect(parsed['application/ld+json']).toEqual(parsed['text/turtle']);
    expect(parsed['text/turtle']!.every((k) => k.startsWith(`${entity} `))).toBe(true);
    // n3 as a second parser of the Turtle
    const turtle = await get('/entity/victor-serge.ttl');
    expect(keys(new Parser().parse(turtle.body))).toEqual(parsed['text/turtle']);
  });

  it('is the page for a browser', async () => {
    const redirect = await get('/entity/victor-serge', { accept: CHROMIUM_ACCEPT });
    const page = await get(`/entity/${redirect.headers.location}`);
    expect(page.body).toMatch(/<html lang="en">/);
    expect(page.body).toContain('<title>Victor Serge</title>');
  });
});

describe('files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/search.js', 'application/javascript; charset=utf-8'],
    ['/search-index.json', 'application/json; charset=utf-8'],
    ['/dumps/full.nt', 'application/n-triples'],
    ['/dumps/void.ttl', 'text/turtle; charset=utf-8'],
    ['/entity/victor-serge.jsonld', 'application/ld+json'],
  ])('%s is %s', async (p, type) => {
    const response = await get(p);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.body));
  });

  it('answers 304 to a client whose copy is current', async () => {
    const first = await get('/style.css');
    expect(first.headers.etag).toMatch(/^W\/"/);
    expect((await get('/style.css', { 'if-none-match': first.headers.etag! })).status).toBe(304);
    expect((await get('/style.css', { 'if-none-match': 'W/"other"' })).status).toBe(200);
    expect((await get('/style.css', { 'if-modified-since': first.headers['last-modified']! })).status).toBe(304);
  });

  it('redirects a folder to its slash form, and has no listing', async () => {
    const response = await get('/dumps');
    expect([response.status, response.headers.location]).toEqual([301, 'dumps/']);
    expect((await get('/empty-folder/')).status).toBe(404);
  });

  it('answers 404 with a page for what does not exist', async () => {
    const response = await get('/entity/nobody.html');
    expect(response.status).toBe(404);
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain('href="../style.css"');
  });

  it('refuses methods other than GET and HEAD with 405', async () => {
    const response = await rawRequest(server.url, '/index.html', { method: 'PUT', body: 'x' });
    expect([response.status, response.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it.each([
    '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/entity/..%2f..%2fsecret.txt', '/entity/..%5c..%5csecret.txt',
    '/entity/../../secret.txt', '/./../secret.txt', '/.htaccess', '/entity/leak.html', '/secret.txt%00.html',
  ])('refuses %s (outside the site, a dotfile, or a link out of it)', async (p) => {
    const response = await get(p);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers 400 to a path that is not valid percent-encoding', async () => {
    expect((await get('/entity/%ff%fe')).status).toBe(400);
    expect((await get('/entity/%zz')).status).toBe(400);
  });
});

describe('/sparql', () => {
  const sparql = (query: string, accept = 'application/sparql-results+json') => get(`/sparql?query=${encodeURIComponent(query)}`, { accept });
  const birthQuery = 'SELECT ?date WHERE { ?p rdfs:label "Victor Serge"@en ; wdt:P569 ?date }';
  const count = async () => {
    const response = await sparql('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    return Number((JSON.parse(response.body) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value);
  };

  it('answers a SELECT with the WDQS prefixes predeclared, as SPARQL JSON', async () => {
    const response = await sparql(birthQuery);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/sparql-results+json; charset=utf-8');
    expect(response.headers.vary).toBe('Accept');
    const json = JSON.parse(response.body) as { results: { bindings: { date: { value: string } }[] } };
    expect(json.results.bindings.map((b) => b.date.value)).toEqual(['1890-12-30T00:00:00Z']);
  });

  it('gives CSV by Accept, and by POST (a query body, a form)', async () => {
    const csv = await sparql(birthQuery, 'text/csv');
    expect([csv.headers['content-type'], csv.body.trim().split(/\r?\n/)]).toEqual(['text/csv; charset=utf-8', ['date', '1890-12-30T00:00:00Z']]);
    const posted = await rawRequest(server.url, '/sparql', { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'text/csv' }, body: birthQuery });
    expect(posted.body).toBe(csv.body);
    const form = await rawRequest(server.url, '/sparql', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/csv' }, body: new URLSearchParams({ query: birthQuery }).toString() });
    expect(form.body).toBe(csv.body);
  });

  it('gives Turtle or N-Triples for CONSTRUCT and DESCRIBE', async () => {
    const turtle = await sparql(`CONSTRUCT { ?p wdt:P569 ?d } WHERE { ?p wdt:P569 ?d }`, 'text/turtle');
    expect(turtle.headers['content-type']).toBe('text/turtle; charset=utf-8');
    expect(new Parser().parse(turtle.body).map((q) => q.object.value)).toEqual(['1890-12-30T00:00:00Z']);
    const nt = await sparql(`DESCRIBE <${BASE}entity/brussels>`, 'application/n-triples');
    expect(nt.headers['content-type']).toBe('application/n-triples');
    expect(new Parser({ format: 'N-Triples' }).parse(nt.body)).toHaveLength(2);
  });

  it('refuses updates, however they are sent, and the store stays as it was', async () => {
    const before = await count();
    expect(before).toBe(11);
    const insert = `INSERT DATA { <${BASE}entity/victor-serge> wdt:P570 "1947-11-17T00:00:00Z"^^xsd:dateTime }`;
    const attempts = [
      await sparql(insert),
      await sparql(`PREFIX ex: <http://example.org/> DELETE WHERE { ?s ?p ?o }`),
      await rawRequest(server.url, `/sparql?update=${encodeURIComponent(insert)}`),
      await rawRequest(server.url, '/sparql', { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: insert }),
      await rawRequest(server.url, '/sparql', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ update: insert }).toString() }),
      await rawRequest(server.url, '/sparql', { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: insert }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(400);
      expect(response.body).toMatch(/read-only/);
    }
    expect(await count()).toBe(before);
    expect((await sparql('ASK { ?s wdt:P570 ?o }')).body).toMatch(/"boolean"\s*:\s*false/);
  });

  it('answers 400 for a query that is not SPARQL, 406 for a result type it cannot give, 405 for PUT', async () => {
    const bad = await sparql('SELECT WHERE {');
    expect([bad.status, bad.body]).toEqual([400, expect.stringMatching(/not valid SPARQL/)]);
    expect((await get('/sparql')).status).toBe(400);
    expect((await sparql(birthQuery, 'image/png')).status).toBe(406);
    expect((await rawRequest(server.url, '/sparql', { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await rawRequest(server.url, '/sparql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: birthQuery })).status).toBe(415);
  });
});

describe('the serve command', () => {
  it('prints its URL, serves, and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const child = spawn(process.execPath, ['dist/cli/main.js', 'serve', '--site', FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (match) resolve(match[0]);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${stdout}`)));
    });
    expect((await rawRequest(url, '/entity/victor-serge', { headers: { accept: 'text/turtle' } })).headers.location).toBe('victor-serge.ttl');
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stdout).toContain('Stopped.');
  });

  it('refuses a folder that is not a site, and a bad port, with a message', async () => {
    const notSite = await runCli('serve', '--site', 'data', '--port', '0');
    expect([notSite.code, notSite.stderr.trim()]).toEqual([2, 'linked-lives: data is not a site: it has no index.html (build one with linked-lives site --out data)']);
    const badPort = await runCli('serve', '--site', FIXTURE, '--port', 'eighty');
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port takes a number from 0 to 65535');
  });
});
