// Our setup of rdf-validate-shacl (IndexedDataset graphs, the predicate filter, every node check run)
// finds what the engine finds with its own datasets on n3's Store, on generated data with injected errors.
import type { Quad } from '@rdfjs/types';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store } from 'n3';
import SHACLValidator, { type Options } from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { streamGraphBlocks } from '../../src/graph/stream.js';
import { loadShapes } from '../../src/load/load-shapes.js';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { readEntities } from '../../src/load/read-jsonl.js';
import { indexInput } from '../../src/first-pass.js';
import { compactIri } from '../../src/validate/report.js';
import { validateQuads } from '../../src/validate/validate.js';
// @ts-expect-error the generator is plain JavaScript
import { writeSynthetic } from '../../bench/generate.mjs';

async function generatedGraph(): Promise<Quad[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-engine-'));
  const input = await writeSynthetic(dir, 400, { seed: 5, errorEvery: 7 });
  const loaded = await safeLoadDataset(dir);
  if (!loaded.ok) throw new Error('manifest');
  const { facts, preferred } = await indexInput(loaded.dataset.manifest, input);
  const quads: Quad[] = [];
  for await (const block of streamGraphBlocks(loaded.dataset.manifest, readEntities(input), facts, { profile: 'full', preferred })) quads.push(...block);
  return quads;
}

const key = (focusNode: string, path: string | undefined, constraint: string, shape: string, message: string) => `${focusNode} ${path ?? ''} ${constraint} ${shape} ${message}`;

describe('our rdf-validate-shacl setup', () => {
  it('finds what the engine finds on its own datasets', async () => {
    const [quads, shapes] = [await generatedGraph(), await loadShapes()];
    const ours = (await validateQuads(quads, shapes)).results.map((r) => key(r.focusNode, r.path, r.constraint, r.sourceShape, r.message));
    // The engine's defaults but for maxNodeChecks, which validate.ts turns off for shapes that do not recurse.
    const options: Options & { maxNodeChecks: number } = { maxNodeChecks: 0 };
    const report = await new SHACLValidator(new Store(shapes), options).validate(new Store(quads));
    const theirs = report.results.map((r) => key(r.focusNode!.value, r.path ? compactIri(r.path.value) : undefined, r.sourceConstraintComponent!.value,
      r.sourceShape!.value, r.message.map((m) => m.value).join('; ')));
    expect(ours.length).toBeGreaterThan(10);
    expect(ours.sort()).toEqual(theirs.sort());
  });
});
