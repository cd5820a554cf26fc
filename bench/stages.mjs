// **stages** — where the time of a streaming export goes, on one thread: µs per triple for reading
// and checking lines, building the statement graph, and rendering each format. Explains the
// benchmark's end-to-end figures (bench/run.mjs), which include all of these on two worker threads.
// Usage: node bench/stages.mjs [entities=20000] [dataDir=/tmp/linked-lives-bench/100000]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { safeLoadDataset } from '../dist/index.js';
import { createStreamContext } from '../dist/graph/context.js';
import { entityBlock, PendingCounts } from '../dist/graph/stream.js';
import { BoundedSet } from '../dist/graph/bounded-set.js';
import { parseLine } from '../dist/load/read-jsonl.js';
import { indexInput } from '../dist/first-pass.js';
import { checkEntity } from '../dist/model/check.js';
import { blockFormat } from '../dist/serialize/block-formats.js';
import { Utf8Buffer } from '../dist/output/utf8-buffer.js';
import { NAMESPACES } from '../dist/vocab/namespaces.js';
import { writeSynthetic } from './generate.mjs';

const count = Number(process.argv[2] ?? 20_000);
const dir = process.argv[3] ?? '/tmp/linked-lives-bench/100000';
const file = path.join(dir, 'entities.jsonl');
try { readFileSync(path.join(dir, 'dataset.yaml')); } catch { await writeSynthetic(dir, 100_000, { seed: 7 }); }
const { dataset } = await safeLoadDataset(dir);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const { facts, preferred } = await indexInput(dataset.manifest, file);
const sources = new Set(dataset.manifest.sources.map((s) => s.id));
const formats = ['nt', 'ttl', 'jsonld'].map((f) => [f, blockFormat(f, { prefixes: NAMESPACES, graph: 'https://example.org/g' })]);

/** Best of five runs of each stage over the first `count` lines, so that noise from other work counts less. */
const best = {};
let triples = 0;
for (let run = 0; run < 5; run++) {
  const ctx = createStreamContext(dataset.manifest, facts, { profile: 'full', preferred });
  const written = new BoundedSet(200_000);
  const counts = new PendingCounts(facts);
  const times = { 'read + check': 0, build: 0, ...Object.fromEntries(formats.map(([f]) => [`render ${f}`, 0])) };
  triples = 0;
  for (let i = 0; i < count; i += 500) {
    let t = performance.now();
    const entities = [];
    for (let j = i; j < Math.min(i + 500, count); j++) {
      const { entity } = parseLine(file, j + 1, lines[j]);
      checkEntity(entity, file, ctx.resolve, sources);
      entities.push(entity);
    }
    times['read + check'] += performance.now() - t;
    t = performance.now();
    const blocks = entities.map((e) => entityBlock(ctx, e, written, counts));
    times.build += performance.now() - t;
    for (const b of blocks) triples += b.length;
    for (const [f, render] of formats) {
      t = performance.now();
      const text = new Utf8Buffer();
      for (const b of blocks) text.add(render.block(b, false));
      text.take();
      times[`render ${f}`] += performance.now() - t;
    }
  }
  for (const [stage, ms] of Object.entries(times)) best[stage] = Math.min(best[stage] ?? Infinity, ms);
}
console.log(`${count} entities, ${triples} triples (full profile), one thread, best of 5`);
for (const [stage, ms] of Object.entries(best)) console.log(`${stage.padEnd(14)} ${(ms * 1000 / triples).toFixed(2).padStart(6)} µs/triple`);
const nt = best['read + check'] + best.build + best['render nt'];
console.log(`N-Triples in all: ${(nt * 1000 / triples).toFixed(2)} µs/triple = ${Math.round(triples / nt)} k triples/s per core`);
