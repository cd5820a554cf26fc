// Fuzzing export with hostile data (issue 16): generated entity and manifest files full of quotes,
// backslashes, angle brackets, line separators, NULs, lone surrogates, YAML syntax and IRI injections.
// Every run must end with a clear error that names a file (exit 2) or with dumps that rapper, serdi
// and rdflib all read as the same graph — never an internal error, a stack trace or a hang.
// CI runs a fixed seed and a few cases; `FUZZ_RUNS=500 FUZZ_SEED=… npx vitest run tests/fuzz` runs more.
import { execFile, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers/temp-data.js';

const CLI = path.resolve('dist/cli/main.js');
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const PYTHON = '/usr/bin/python3';
const tools = ['rapper', 'serdi'].every((t) => !spawnSync(t, [t === 'rapper' ? '--version' : '-v']).error) && !spawnSync(PYTHON, ['-c', 'import rdflib']).status;

const PIECES = ['"', '\\', '"""', "'", '>', '<', '{', '}', '|', '^', '`', '\n', '\r', '\t', '\u0000', '\u0007', '\u2028', '\u2029', '\ufeff',
  '\ud800', '\udfff', '🙂', 'é', '\\u0041', '\\ud800', '*a', '&a', '- x', ': y', '# c', '%', '%zz', '@en', '^^xsd:string', '_:b0', '<http://evil.org/x>', ' . ', '$1'];
const hostile = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
);
// Valid values mostly, so that both outcomes (refused, written) are common.
const iri = fc.oneof(
  { arbitrary: fc.constantFrom('https://example.org/ok', 'https://example.org/caf%C3%A9?q=1#f', 'urn:isbn:0451450523'), weight: 6 },
  hostile.map((s) => `https://example.org/${s}`),
  fc.constantFrom('https://e.org/x> <https://evil.org/p> "injected', 'https://e.org/a b', 'relative/path', '', 'https:///nohost', 'urn:x:"q"', 'https://e.org/\u0000'),
);
const lang = fc.oneof({ arbitrary: fc.constantFrom('en', 'ru', 'fr-CA'), weight: 12 }, fc.constantFrom('__proto__', 'EN', 'x', '', 'en us', 'constructor'));
const ref = fc.record({ source: fc.constant('doc-a'), quote: hostile, at: hostile, url: iri }, { requiredKeys: ['source', 'quote'] });
const entity = fc.record({
  labels: fc.dictionary(lang, hostile, { minKeys: 1, maxKeys: 3 }),
  descriptions: fc.dictionary(lang, hostile, { maxKeys: 2 }),
  pseudonyms: fc.array(fc.record({ value: hostile, references: fc.array(ref, { maxLength: 2 }) }), { maxLength: 2 }),
  claims: fc.record({ P856: fc.array(fc.record({ value: iri, references: fc.array(ref, { maxLength: 1 }) }), { maxLength: 2 }) }),
}, { requiredKeys: ['labels'] });
const manifestChange = fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, fc.record({ title: hostile, license: iri, sourceUrl: iri }, { requiredKeys: [] }));
const format = fc.constantFrom('json', 'yaml');

// rdflib reads the Turtle and the JSON-LD; not the N-Triples: its N-Triples parser (6.1) turns the
// escaped backslash of "\\ud800" (a backslash, then the letters ud800) into a surrogate, where rapper
// and serdi read the text as written (they check the N-Triples against the Turtle here).
const RDFLIB = `
import json, sys, rdflib, rdflib.compare
g = {f: rdflib.Graph().parse(p, format=f) for f, p in (('turtle', sys.argv[1]), ('json-ld', sys.argv[2]))}
print(json.dumps({'triples': {f: len(x) for f, x in g.items()}, 'same': rdflib.compare.isomorphic(g['turtle'], g['json-ld'])}))
`;

const lines = (text: string) => text.split('\n').filter(Boolean).sort();

async function exportOf(fields: object, change: { title?: string; license?: string; sourceUrl?: string }, as: 'json' | 'yaml') {
  const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-fuzz-'));
  let manifest = await readFile(path.join(MINI, 'dataset.yaml'), 'utf8');
  if (change.title !== undefined) manifest = manifest.replace('title: { en: Mini fixture }', `title: { en: ${JSON.stringify(change.title)} }`);
  if (change.license !== undefined) manifest = manifest.replace('license: https://creativecommons.org/publicdomain/zero/1.0/', `license: ${JSON.stringify(change.license)}`);
  if (change.sourceUrl !== undefined) manifest = manifest.replace('    file: a.txt\n', `    file: a.txt\n    url: ${JSON.stringify(change.sourceUrl)}\n`);
  await writeFile(path.join(dir, 'dataset.yaml'), manifest);
  for (const f of ['person.yaml', 'town.yaml', 'birth.yaml', 'arrest.yaml']) await copyFile(path.join(MINI, f), path.join(dir, f));
  const doc = { kind: 'person', id: 'fuzz', ...fields };
  await writeFile(path.join(dir, `fuzz.${as}`), as === 'json' ? JSON.stringify(doc) : stringify(doc));
  const out = path.join(dir, 'out');
  const result = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', dir, '--out', out, '--profile', 'full', '--format', 'ttl,nt,jsonld'], { timeout: 60_000 })
    .then((r) => ({ code: 0 as number | null, signal: undefined as string | undefined, stderr: r.stderr }), (e: { code: number | null; signal?: string; stderr: string }) => ({ code: e.code, signal: e.signal, stderr: e.stderr }));
  return { ...result, out };
}

describe.skipIf(!tools && !process.env.CI)(`export of hostile data (${RUNS} cases, seed ${SEED})`, () => {
  it('ends in a clear error naming a file, or in dumps every parser reads as one graph', async () => {
    const outcomes = { refused: 0, written: 0 };
    await fc.assert(fc.asyncProperty(entity, manifestChange, format, async (fields, change, as) => {
      const r = await exportOf(fields, change, as);
      expect(r.code, `exit ${r.code} ${r.signal ?? ''}: ${r.stderr}`).not.toBeNull(); // not killed by the timeout
      expect([0, 1, 2, 3], r.stderr).toContain(r.code);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
      if (r.code === 2 || r.code === 1) {
        expect(r.stderr).toMatch(/fuzz\.(json|yaml)|dataset\.yaml/);
        outcomes.refused++;
        return;
      }
      outcomes.written++;
      const [ttl, nt, jsonld] = ['full.ttl', 'full.nt', 'full.jsonld'].map((f) => path.join(r.out, f)) as [string, string, string];
      const rapper = (format: string, file: string) => spawnSync('rapper', ['-q', '-i', format, '-o', 'ntriples', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const serdi = spawnSync('serdi', ['-i', 'turtle', '-o', 'ntriples', ttl], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const [fromTtl, fromNt] = [rapper('turtle', ttl), rapper('ntriples', nt)];
      for (const run of [fromTtl, fromNt, serdi]) expect(run.status, run.stderr).toBe(0);
      expect(lines(fromTtl.stdout)).toEqual(lines(fromNt.stdout));
      expect(lines(serdi.stdout).length).toBe(lines(fromNt.stdout).length);
      const py = spawnSync(PYTHON, ['-c', RDFLIB, ttl, jsonld], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(py.status, py.stderr).toBe(0);
      const { triples, same } = JSON.parse(py.stdout) as { triples: Record<string, number>; same: boolean };
      expect(same, JSON.stringify(triples)).toBe(true);
    }), { seed: SEED, numRuns: RUNS, endOnFailure: true });
    // Both outcomes occur, or the generator tests one path only.
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.written).toBeGreaterThan(0);
  }, 600_000);
});
