// **validate-batches** — batch validation (as the export's workers run it, on one thread) against
// whole-graph rdf-validate-shacl on the same generated data: triples/s, peak RSS, and whether both
// find the same violations. Each mode runs in its own process, so that its peak memory is its own.
// Usage: npm run build && node bench/validate-batches.mjs [--size 10k] [--batch 500] [--dir /tmp/…]
//        [--modes batches,whole] [--errors 20]   (--errors n: every n-th person gets an extra birth date)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SHACLValidator from 'rdf-validate-shacl';
import { Store } from 'n3';
import { safeLoadDataset, loadShapes } from '../dist/index.js';
import { validateBatch } from '../dist/parallel/batch-validate.js';
import { CompiledShapes } from '../dist/validate/validate.js';
import { writeSynthetic } from './generate.mjs';
import { entityBatches, graphBlocks } from './graphs.mjs';

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const count = (text) => Number(text.replace(/k$/i, '000').replace(/M$/, '000000'));
const size = count(arg('size', '10k'));
const batchSize = Number(arg('batch', '500'));
const errorEvery = Number(arg('errors', '0'));
const dir = arg('dir', path.join('/tmp/linked-lives-bench', `${size}${errorEvery ? `-e${errorEvery}` : ''}`));
const mode = arg('mode', undefined);
const input = path.join(dir, 'entities.jsonl');
const sum = (usage) => usage.user + usage.system;
const key = (focusNode, path, constraint) => `${focusNode} ${path ?? ''} ${constraint}`;

/** One mode in this process: prints { mode, triples, seconds, maxRssMB, violations, digest }. */
async function measure(mode) {
  const { dataset } = await safeLoadDataset(dir);
  const shapes = await loadShapes();
  let triples = 0;
  let ms = 0;
  let cpu = 0; // µs of CPU: on a busy machine, the wall clock mostly measures the share of a core we got
  const keys = [];
  if (mode === 'batches') {
    const compiled = new CompiledShapes(shapes);
    for await (const { ctx, facts, quads } of entityBatches(dataset, input, batchSize)) {
      const [t, c] = [performance.now(), process.cpuUsage()];
      const results = await validateBatch(quads, compiled, ctx.base, facts, () => undefined);
      ms += performance.now() - t;
      cpu += sum(process.cpuUsage(c));
      triples += quads.length;
      for (const r of results) keys.push(key(r.focusNode, r.path, r.constraint));
    }
  } else {
    // The whole graph as the benchmark's baseline builds it: header, entity blocks, concepts.
    const all = [];
    for await (const block of graphBlocks(dataset, input)) for (const q of block) all.push(q);
    const [t, c] = [performance.now(), process.cpuUsage()];
    const report = await new SHACLValidator(new Store(shapes)).validate(new Store(all));
    ms = performance.now() - t;
    cpu = sum(process.cpuUsage(c));
    triples = all.length;
    // Outside the timed part: the same keys validateQuads would give (compacted paths).
    const { compactIri } = await import('../dist/validate/report.js');
    for (const r of report.results) keys.push(key(r.focusNode.value, r.path && compactIri(r.path.value), r.sourceConstraintComponent.value));
  }
  keys.sort();
  const digest = createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 12);
  console.log(JSON.stringify({ mode, triples, seconds: ms / 1000, cpuSeconds: cpu / 1e6, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), violations: keys.length, digest }));
}

if (mode) await measure(mode);
else {
  if (!existsSync(path.join(dir, 'entities.jsonl'))) await writeSynthetic(dir, size, { seed: 7, errorEvery });
  const self = fileURLToPath(import.meta.url);
  const rows = {};
  console.log(`${size} entities, batches of ${batchSize}, data in ${dir}`);
  console.log('mode        triples   triples/s   seconds   per CPU s   peak RSS   violations  digest');
  for (const m of arg('modes', 'batches,whole').split(',')) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=8192', self, '--mode', m, '--dir', dir, '--batch', String(batchSize)], { encoding: 'utf8' });
    if (r.status !== 0) { console.log(`${m.padEnd(10)} failed: ${(r.stderr || '').split('\n').find((l) => l.trim())}`); continue; }
    const row = rows[m] = JSON.parse(r.stdout.trim().split('\n').pop());
    console.log(`${m.padEnd(10)} ${String(row.triples).padStart(8)}  ${String(Math.round(row.triples / row.seconds)).padStart(10)}  ${row.seconds.toFixed(1).padStart(8)}  ${String(Math.round(row.triples / row.cpuSeconds)).padStart(10)}  ${String(row.maxRssMB).padStart(6)} MB  ${String(row.violations).padStart(10)}  ${row.digest}`);
  }
  if (rows.batches && rows.whole) {
    const ratio = (time) => (rows.batches.triples / rows.batches[time]) / (rows.whole.triples / rows.whole[time]);
    console.log(`batch validation (1 thread) / whole graph: ${ratio('seconds').toFixed(2)}× by the clock, ${ratio('cpuSeconds').toFixed(2)}× by CPU time; same violations: ${rows.batches.digest === rows.whole.digest ? 'yes' : 'NO'}`);
  }
}
