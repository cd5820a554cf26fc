// `linked-lives query` end to end: a WDQS query on data/ as a table, CSV and SPARQL JSON; a dump file;
// the query from standard input; exit 2 and no stack trace for bad queries and usage.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { toNQuads } from '../../src/serialize/ntriples.js';

const CLI = path.resolve('dist/cli/main.js');
async function run(args: string[], stdin?: string) {
  const child = promisify(execFile)(process.execPath, [CLI, 'query', ...args]);
  if (stdin !== undefined) child.child.stdin!.end(stdin);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

const BIRTH = `SELECT ?dob ?placeLabel WHERE {
  ?person rdfs:label "Victor Serge"@en ; wdt:P569 ?dob ; wdt:P19 ?place .
  ?place rdfs:label ?placeLabel FILTER(LANG(?placeLabel) = "en") }`;

describe('linked-lives query', () => {
  it('prints a table by default, on the data/ directory', async () => {
    const r = await run([BIRTH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dob\s+\| placeLabel\n/);
    expect(r.stdout).toContain('"1890-12-30T00:00:00Z"^^xsd:dateTime | "Brussels"@en');
    expect(r.stdout).toMatch(/\(1 row\)\n$/);
  });

  it('prints SPARQL CSV and SPARQL JSON results', async () => {
    const csv = await run(['--format', 'csv', BIRTH]);
    expect(csv.stdout).toBe('dob,placeLabel\r\n1890-12-30T00:00:00Z,Brussels\r\n');
    const json = await run(['--format', 'json', BIRTH]);
    expect(JSON.parse(json.stdout).results.bindings[0].placeLabel).toEqual({ type: 'literal', value: 'Brussels', 'xml:lang': 'en' });
  });

  it('queries a dump file and reads the query from standard input with -', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-query-'));
    const file = path.join(dir, 'truthy.nq');
    await writeFile(file, toNQuads(buildGraph(await loadDataset('data'), { profile: 'truthy' }), { graph: 'https://example.org/g' }));
    const r = await run(['--file', file, '--format', 'csv', '-'], 'SELECT ?dob WHERE { ?p rdfs:label "Victor Serge"@en ; wdt:P569 ?dob }');
    expect(r.stdout).toBe('dob\r\n1890-12-30T00:00:00Z\r\n');
  });

  it.each([
    [['SELEC ?x WHERE {}'], /not valid SPARQL: error at 1:/],
    [['SELECT ?x WHERE { ?x nope:p ?y }'], /prefix nope: without declaring it/],
    [['--format', 'xml', 'ASK {}'], /--format takes one of table, csv, json/],
    [['--file', 'x.ttl', '--data', 'data', 'ASK {}'], /--data and --file exclude each other/],
    [['--file', 'missing.ttl', 'ASK {}'], /cannot read missing\.ttl: ENOENT/],
    [[], /query takes one SPARQL query/],
  ])('exits 2 for %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    noStackTrace(r.stderr);
  });
});
