// Fuzzing `import wikidata` with damaged Wikibase JSON: the fixtures with values replaced or removed
// anywhere (a snak without its datavalue, a time of the wrong shape, a reference that is a number …).
// Every run must end with an InputError naming the problem, or with a data directory that loads and
// renders — never another exception. CI runs a fixed seed; `FUZZ_RUNS=500 FUZZ_SEED=… npx vitest run
// tests/fuzz/hostile-import.test.ts` runs more.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { importEntities } from '../../src/wikibase/import.js';
import { ImportReport } from '../../src/wikibase/import-report.js';
import { writeImport } from '../../src/wikibase/write-import.js';
import { freshPath, tempDir } from '../helpers/cli.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const FIXTURES = ['person.json', 'place.json', 'work-and-translator.json'].map((f) => path.resolve('tests/fixtures/wikidata', f));

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => paths(v, [...at, k]))];
}

function replaceAt(root: unknown, at: (string | number)[], replacement: unknown | typeof REMOVE): unknown {
  if (!at.length) return replacement === REMOVE ? {} : replacement;
  let parent = root as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at.at(-1)!;
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return root;
}
const REMOVE = Symbol('remove');

const replacement = fc.oneof(
  fc.constant(REMOVE), fc.constant(null), fc.constant(''), fc.constant([]), fc.constant({}), fc.boolean(),
  fc.integer(), fc.double(), fc.constantFrom('+1890-13-45T00:00:00Z', 'Q', 'Q0', 'P-1', '../x', '__proto__', 'somevalue', 'wikibase-item', 'http://www.wikidata.org/entity/Q1985786', '\ud800'),
  fc.string({ maxLength: 8 }),
);
const mutation = fc.array(fc.record({ pick: fc.nat(), value: replacement }), { minLength: 1, maxLength: 3 });

describe('import wikidata with damaged Wikibase JSON', () => {
  it('ends with an InputError or a dataset that loads and renders', async () => {
    const originals = await Promise.all(FIXTURES.map(async (f) => JSON.parse(await readFile(f, 'utf8'))));
    const dir = await tempDir();
    await fc.assert(fc.asyncProperty(fc.nat(FIXTURES.length - 1), mutation, fc.boolean(), async (which, changes, skip) => {
      const json = structuredClone(originals[which]);
      for (const { pick, value } of changes) {
        const all = paths(json);
        replaceAt(json, all[pick % all.length]!, value);
      }
      const file = path.join(dir, 'input.json');
      await writeFile(file, JSON.stringify(json));
      const report = new ImportReport();
      const onError = skip ? 'skip' : 'stop';
      const out = await freshPath();
      try {
        await writeImport(importEntities([file], { report, onError }), out, { format: 'yaml', baseIri: 'https://example.org/fuzz/', onError, report });
      } catch (error) {
        expect(error, String((error as Error).stack)).toBeInstanceOf(InputError);
        return;
      }
      const dataset = await loadDataset(out);
      expect(buildGraph(dataset, { profile: 'full' }).length).toBeGreaterThan(0);
    }), { numRuns: RUNS, seed: SEED });
  }, 300_000);
});
