// Checks that parsers we did not write (rapper, serdi, Python rdflib) read our Turtle, N-Triples and JSON-LD as exactly the graph we built.
import type { Quad } from '@rdfjs/types';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/graph/context.js';
import { toJsonLd } from '../../src/serialize/jsonld.js';
import { toNTriples } from '../../src/serialize/ntriples.js';
import { toTurtle } from '../../src/serialize/turtle.js';
import { describeGraphs, graphsOf, type DirGraphs } from '../helpers/graphs.js';
import { parseTurtle } from '../helpers/rdf.js';

const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install raptor2-utils python3-rdflib serdi';

/**
 * Canonical N-Quads (URDNA2015): equal strings ⇔ the same graph. Written with n3's writer, not with
 * helpers/rdf.ts `canonical`, which uses our toNQuads: a bug in our writer would then hide on both sides.
 */
async function canonical(quads: Quad[]): Promise<string> {
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString(quads);
  // Without blank nodes, sorted lines are the canonical form (URDNA2015 only relabels blank nodes), and
  // jsonld.js takes over a minute on the full Serge graph.
  const blank = quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode');
  if (!blank) return nquads.split('\n').filter(Boolean).sort().join('\n');
  const canonize = jsonld.canonize as unknown as (input: string, options: object) => Promise<string>;
  return canonize(nquads, { algorithm: 'URDNA2015', inputFormat: 'application/n-quads' });
}

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
const installed = (command: string, args: string[]) => {
  const result = run(command, args);
  return !result.error && result.status === 0;
};
const TOOLS = {
  rapper: { installed: installed('rapper', ['--version']), from: 'raptor2-utils' },
  serdi: { installed: installed('serdi', ['-v']), from: 'serdi' },
  rdflib: { installed: installed(PYTHON, ['-c', 'import rdflib']), from: 'python3-rdflib' },
};

/** A suite that needs a tool: runs when it is installed; in CI a missing tool fails, elsewhere it is a visible skip. */
function withTool(tool: keyof typeof TOOLS, suite: () => void) {
  const { installed: ok, from } = TOOLS[tool];
  if (ok) return describe(tool, suite);
  if (process.env.CI) return describe(tool, () => it('is installed', () => expect.fail(`${tool} (Debian ${from}) is missing; CI must run: ${INSTALL}`)));
  console.warn(`skipping the ${tool} cross-checks: ${tool} is not installed (Debian ${from}); to run them: ${INSTALL}`);
  return describe.skip(`${tool} — not installed; to run: ${INSTALL}`, suite);
}

// rdflib parses each file with network access disabled: our JSON-LD carries its context inline.
const RDFLIB_SCRIPT = `
import json, socket, sys
def offline(*args, **kwargs):
    raise RuntimeError('rdflib tried to use the network')
socket.socket.connect = offline
socket.create_connection = offline
from rdflib import Graph
from rdflib.compare import isomorphic
ttl, nt, jsonld = sys.argv[1:4]
graphs = {'turtle': Graph().parse(ttl, format='turtle'), 'ntriples': Graph().parse(nt, format='nt'), 'jsonld': Graph().parse(jsonld, format='json-ld')}
print(json.dumps({name: {'triples': len(g), 'isomorphic': isomorphic(graphs['turtle'], g)} for name, g in graphs.items()}))
`;

const tmp = mkdtempSync(path.join(tmpdir(), 'linked-lives-cross-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Dump { quads: Quad[]; ttl: string; nt: string; jsonld: string; canonical: Promise<string> }
const dumps = new Map<string, Promise<Dump>>();

/** Our three serializations of one graph, written to temp files, and the graph's canonical form; built once. */
function dumpOf(name: string, profile: Profile, quads: Quad[]): Promise<Dump> {
  const id = `${name.replace(/\W+/g, '-')}-${profile}`;
  if (!dumps.has(id)) {
    dumps.set(id, (async () => {
      const file = (ext: string, text: string) => {
        const at = path.join(tmp, `${id}.${ext}`);
        writeFileSync(at, text);
        return at;
      };
      return { quads, ttl: file('ttl', await toTurtle(quads)), nt: file('nt', toNTriples(quads)), jsonld: file('jsonld', toJsonLd(quads)), canonical: canonical(quads) };
    })());
  }
  return dumps.get(id)!;
}

/** Runs a converter to N-Triples; it must succeed without reporting an error. Returns the quads it wrote. */
function convert(command: string, args: string[]): Quad[] {
  const result = run(command, args);
  expect(result.error).toBeUndefined();
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.status, result.stderr).toBe(0);
  return parseTurtle(result.stdout, 'N-Triples');
}

const rapper = (syntax: 'turtle' | 'ntriples', file: string) => convert('rapper', ['-i', syntax, '-o', 'ntriples', file]);
const serdi = (file: string) => convert('serdi', ['-i', 'turtle', '-o', 'ntriples', file]);

function rdflib(dump: Dump): Record<string, { triples: number; isomorphic: boolean }> {
  const result = run(PYTHON, ['-c', RDFLIB_SCRIPT, dump.ttl, dump.nt, dump.jsonld]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, { triples: number; isomorphic: boolean }>;
}

// same-value-twice: two statements with one value, which once wrote their wdt: and pq: triples twice (rdflib's count catches that).
// open-values: every value type (decimals, doubles, geo:wktLiteral, Commons IRIs, normalized identifiers).
const sets: DirGraphs[] = await Promise.all(['tests/fixtures/mini', 'tests/fixtures/cross-check/same-value-twice', 'tests/fixtures/open-values', 'data'].map((dir) => graphsOf(dir)));

/** Declares `check` for every graph of every set, with its dump. */
const forEachGraph = (check: (dump: () => Promise<Dump>, profile: Profile) => void) =>
  describeGraphs(sets, ({ profile, quads }, name) => check(() => dumpOf(name, profile, quads), profile));

/** A changed copy of the mini dump, to show that each comparison can fail. */
async function miniDump(): Promise<Dump> {
  const mini = sets[0]!;
  if (!mini.ok) throw new Error(mini.reason);
  return dumpOf(mini.name, 'full', mini.graphs.find((g) => g.profile === 'full')!.quads);
}
let changes = 0;
function changed(file: string, from: string, to: string): string {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const at = path.join(tmp, `changed-${++changes}-${path.basename(file)}`);
  writeFileSync(at, text.replace(from, to));
  return at;
}

withTool('rapper', () => {
  forEachGraph((dump, profile) => {
    it(`${profile}: reads our Turtle as the same graph`, async () => {
      const d = await dump();
      expect(await canonical(rapper('turtle', d.ttl))).toBe(await d.canonical);
    });
    it(`${profile}: reads our N-Triples as the same graph`, async () => {
      const d = await dump();
      expect(await canonical(rapper('ntriples', d.nt))).toBe(await d.canonical);
    });
  });
  it('control: a changed literal gives a different graph, a syntax error an error', async () => {
    const d = await miniDump();
    expect(await canonical(rapper('turtle', changed(d.ttl, '"Ivan Petrov"@en', '"Ivan Petrow"@en')))).not.toBe(await d.canonical);
    const broken = run('rapper', ['-i', 'turtle', '-o', 'ntriples', changed(d.ttl, '"Ivan Petrov"@en', '"Ivan Petrov"@en @@')]);
    expect(`${broken.status} ${broken.stderr}`).toMatch(/error/i);
  });
});

withTool('serdi', () => {
  forEachGraph((dump, profile) => {
    it(`${profile}: reads our Turtle as the same graph`, async () => {
      const d = await dump();
      expect(await canonical(serdi(d.ttl))).toBe(await d.canonical);
    });
  });
  it('control: a changed IRI gives a different graph', async () => {
    const d = await miniDump();
    expect(await canonical(serdi(changed(d.ttl, 'wdt:P31 wd:Q5', 'wdt:P31 wd:Q6')))).not.toBe(await d.canonical);
  });
});

withTool('rdflib', () => {
  forEachGraph((dump, profile) => {
    it(`${profile}: reads our Turtle, N-Triples and JSON-LD as the same graph`, async () => {
      const d = await dump();
      const triples = d.quads.length;
      expect(rdflib(d)).toEqual({
        turtle: { triples, isomorphic: true },
        ntriples: { triples, isomorphic: true },
        jsonld: { triples, isomorphic: true },
      });
    });
  });
  it('control: a changed JSON-LD value is not isomorphic', async () => {
    const d = await miniDump();
    const result = rdflib({ ...d, jsonld: changed(d.jsonld, '"Ivan Petrov"', '"Ivan Petrow"') });
    expect(result.jsonld).toEqual({ triples: d.quads.length, isomorphic: false });
  });
});
