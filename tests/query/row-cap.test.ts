// A query with a huge result cannot fill memory (issue 16): one without LIMIT gets LIMIT 100 000, and
// the command says when the results stop there; a query that gives its own LIMIT runs as written.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { capRows, MAX_ROWS } from '../../src/query/row-cap.js';
import { MINI } from '../helpers/temp-data.js';

const CLI = path.resolve('dist/cli/main.js');
const query = (...args: string[]) => promisify(execFile)(process.execPath, [CLI, 'query', '--data', MINI, ...args], { maxBuffer: 1 << 28 });

describe('row cap', () => {
  it('adds LIMIT only where the query has none, and not after a VALUES block or to ASK', () => {
    expect(capRows('SELECT * WHERE { ?s ?p ?o }')).toEqual({ text: `SELECT * WHERE { ?s ?p ?o }\nLIMIT ${MAX_ROWS}`, capped: true });
    expect(capRows('CONSTRUCT WHERE { ?s ?p ?o } # all').capped).toBe(true);
    for (const q of ['SELECT * WHERE { ?s ?p ?o } LIMIT 5', 'ASK { ?s ?p ?o }', 'SELECT * WHERE { ?s ?p ?o } VALUES ?s { <urn:a> }', 'not sparql']) expect(capRows(q).capped, q).toBe(false);
  });

  it('every triple times every triple: stops at the cap, quickly, and says so', async () => {
    const started = Date.now();
    const { stdout, stderr } = await query('--format', 'csv', 'SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f }');
    expect(stdout.trim().split(/\r?\n/)).toHaveLength(MAX_ROWS + 1); // the header, then the rows
    expect(stderr).toMatch(/the results stop at 100000 rows/);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('a query with its own LIMIT gets what it asks for, and no note', async () => {
    const { stdout, stderr } = await query('--format', 'csv', 'SELECT ?a WHERE { ?a ?b ?c } LIMIT 3');
    expect(stdout.trim().split(/\r?\n/)).toHaveLength(4);
    expect(stderr).toBe('');
  });
});

describe('no network, no updates', () => {
  it.each([
    ['SERVICE to a host', 'SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }', /cannot run federated queries/],
    ['LOAD from the web', 'LOAD <http://127.0.0.1:9/x.ttl>', /not valid SPARQL/],
    ['an update', 'INSERT DATA { <urn:a> <urn:b> <urn:c> }', /not valid SPARQL/],
  ])('%s: refused with exit 2, nothing fetched', async (_what, sparql, message) => {
    const { createServer } = await import('node:http');
    let requests = 0;
    const server = createServer((_req, res) => { requests++; res.end(); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const error = await query(sparql.replace('127.0.0.1:9', `127.0.0.1:${port}`)).catch((e: { code: number; stderr: string }) => e);
      expect(error).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
      expect(requests).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
