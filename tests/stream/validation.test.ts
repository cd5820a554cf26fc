// Streaming validation (per batch, on worker threads) finds exactly the violations whole-graph
// validation finds: on generated data with injected errors, and none on the Serge dataset.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
// Worker threads run the built code, so this test uses dist/ (npm test builds first).
import { safeLoadDataset, loadShapes, validateQuads } from '../../dist/index.js';
import { parallelExport } from '../../dist/parallel/export.js';
import { streamGraphBlocks } from '../../dist/graph/stream.js';
import { readEntities } from '../../dist/load/read-jsonl.js';
import { indexInput } from '../../dist/first-pass.js';
import { NAMESPACES } from '../../dist/vocab/namespaces.js';
// @ts-expect-error the generator is plain JavaScript
import { writeSynthetic } from '../../bench/generate.mjs';

const key = (r: { focusNode: string; path?: string; constraint: string }) => `${r.focusNode} ${r.path ?? ''} ${r.constraint}`;

async function wholeGraph(dir: string, input: string, shapesDir?: string): Promise<string[]> {
  const loaded = await safeLoadDataset(dir);
  if (!loaded.ok) throw new Error('manifest');
  const { facts, preferred } = await indexInput(loaded.dataset.manifest, input);
  const quads: Quad[] = [];
  for await (const block of streamGraphBlocks(loaded.dataset.manifest, readEntities(input), facts, { profile: 'full', preferred })) quads.push(...block);
  const report = await validateQuads(quads, await loadShapes(shapesDir));
  return report.results.map(key).sort();
}

async function streamed(dir: string, input: string, batchSize: number, shapesDir?: string): Promise<{ keys: string[]; count: number; written: boolean }> {
  const loaded = await safeLoadDataset(dir);
  if (!loaded.ok) throw new Error('manifest');
  const r = await parallelExport(loaded.dataset, {
    input, outDir: await mkdtemp(path.join(tmpdir(), 'linked-lives-val-')), profiles: ['full'], formats: ['nt'],
    prefixes: NAMESPACES, graph: 'https://example.org/g', onError: 'stop', batchSize, workers: 2, ...(shapesDir && { shapesDir }),
  });
  return { keys: r.violations.map(key).sort(), count: r.violationCount, written: r.written };
}

describe('streaming validation', () => {
  it('finds the same violations as whole-graph validation on generated data with injected errors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-syn-'));
    const input = await writeSynthetic(dir, 600, { seed: 3, errorEvery: 20 });
    const expected = await wholeGraph(dir, input);
    expect(expected.length).toBeGreaterThan(0);
    // Two birth dates of normal rank: the event's date and the person's derived birth date are both too many.
    expect(expected.some((k) => k.includes('-birth ') && k.includes('wdt:P585'))).toBe(true);
    expect(expected.some((k) => /person-\d+ wdt:P569/.test(k))).toBe(true);
    for (const batchSize of [7, 100]) {
      const got = await streamed(dir, input, batchSize);
      expect(got.keys, `batch size ${batchSize}`).toEqual(expected);
      expect(got.written).toBe(false); // invalid data writes no dump
    }
  });

  it('validates the sources and the dataset node too, which no worker sees', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-syn-'));
    const input = await writeSynthetic(dir, 50, { seed: 5 });
    // Our shapes plus one that every source fails.
    const shapesDir = await mkdtemp(path.join(tmpdir(), 'linked-lives-shapes-'));
    await cp(path.resolve('shapes'), shapesDir, { recursive: true });
    await writeFile(path.join(shapesDir, 'strict-source.ttl'), `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ll: <${NAMESPACES.ll}> .
<urn:test:StrictSource> a sh:NodeShape ; sh:targetClass ll:Source ;
  sh:property [ sh:path <urn:test:reviewedBy> ; sh:minCount 1 ] .
`);
    const expected = await wholeGraph(dir, input, shapesDir);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((k) => k.includes('/entity/') && k.includes('urn:test:reviewedBy'))).toBe(true);
    const got = await streamed(dir, input, 20, shapesDir);
    expect(got.keys).toEqual(expected);
    expect(got.written).toBe(false);
  });

  it('finds nothing in clean generated data, and writes the dump', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-syn-'));
    const input = await writeSynthetic(dir, 300, { seed: 4 });
    const got = await streamed(dir, input, 50);
    expect(got).toMatchObject({ keys: [], count: 0, written: true });
    expect(await wholeGraph(dir, input)).toEqual([]);
  });
});
