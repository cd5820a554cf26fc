// **run** — `npm run bench`: generates synthetic datasets and measures export and validation against
// the tools a user would otherwise pick, printing triples/s, peak memory, ratios and the targets.
// Then `linked-lives site` on the same JSON Lines file (pages/s, peak memory).
// Then `import wikidata` on synthetic Wikidata JSON dumps against merely parsing them (import-bench.mjs).
// First the cold start of the CLI and the library against bare node (cold-start.mjs).
// Usage: npm run bench [-- --sizes 10k,100k,1M] [--import-sizes 10k,100k | none] [--root /tmp/linked-lives-bench]
//        npm run bench -- --cold-start [--runs 5]     the cold-start section only
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { writeSynthetic } from './generate.mjs';
import { parseSize, runImportBench } from './import-bench.mjs';
import { runColdStartBench } from './cold-start.mjs';

const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--sizes') + 1] && args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '10k,100k,1M')
  .split(',').filter((s) => s && s !== 'none').map((s) => Number(s.replace(/k$/i, '000').replace(/M$/, '000000')));
const importSizes = (args.includes('--import-sizes') && args[args.indexOf('--import-sizes') + 1] ? args[args.indexOf('--import-sizes') + 1] : '10k,100k')
  .split(',').filter((s) => s && s !== 'none').map(parseSize);
const root = args.includes('--root') ? args[args.indexOf('--root') + 1] : '/tmp/linked-lives-bench';
const hasSerdi = spawnSync('sh', ['-c', 'command -v serdi']).status === 0;
// Whole-graph baselines hold everything in memory: run them where they finish in reasonable time.
const WHOLE_GRAPH_LIMIT = 100_000;
const WHOLE_GRAPH_TASKS = ['jsonld-js', 'shacl-whole'];
// They get the largest heap the machine can spare: whole-graph rdf-validate-shacl ran out of an 8 GB
// heap at 100k entities and finished with 16 GB (11.5 GB peak RSS, 368 s).
const WHOLE_GRAPH_HEAP_MB = Math.min(16_384, Math.floor((totalmem() / 2 ** 20) * 0.7));

function measure(task, dir) {
  const out = path.join(dir, `out-${task}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (task.startsWith('serdi')) execFileSync(process.execPath, ['bench/task.mjs', 'export-nt', dir, out]);
  // Only the whole-graph baselines get a larger heap; everything else runs as a user runs it, with
  // Node's default limit (which decides how far the main thread's heap grows before it collects).
  const heap = WHOLE_GRAPH_TASKS.includes(task) ? [`--max-old-space-size=${WHOLE_GRAPH_HEAP_MB}`] : [];
  const r = spawnSync(process.execPath, [...heap, 'bench/task.mjs', task, dir, out], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) {
    const outOfMemory = /heap out of memory|Last few GCs/.test(r.stderr || '');
    return { task, failed: outOfMemory ? `out of memory (${heap.length ? `${(WHOLE_GRAPH_HEAP_MB / 1024).toFixed(0)} GB` : 'default'} heap)` : (r.stderr || '').split('\n').find((l) => l.trim()) ?? `exit ${r.status}` };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const rate = (m) => (m && !m.failed ? m.triples / m.seconds : NaN);
const fmt = (n) => (Number.isFinite(n) ? (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${Math.round(n / 1e3)} k`) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? a / b : NaN);

console.log(`linked-lives benchmark — ${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
runColdStartBench(args.includes('--runs') ? { runs: Number(args[args.indexOf('--runs') + 1]) } : {});
if (args.includes('--cold-start')) process.exit(0);
if (!sizes.length) { // --sizes none: the import section only
  await runImportBench(root, importSizes);
  process.exit(0);
}
const results = {};
for (const size of sizes) {
  const dir = path.join(root, String(size));
  if (!existsSync(path.join(dir, 'entities.jsonl'))) await writeSynthetic(dir, size, { seed: 7 });
  const tasks = ['export-nt', 'export-ttl', 'export-jsonld', 'export-validate', 'n3-nt', 'n3-ttl'];
  if (size <= WHOLE_GRAPH_LIMIT) tasks.push('jsonld-js', 'shacl-whole', 'validate-batches');
  if (hasSerdi) tasks.push('serdi-nt', 'serdi-ttl');
  tasks.push('site');
  results[size] = {};
  console.log(`\n${size} entities`);
  console.log('task               triples     triples/s   seconds   peak RSS');
  for (const task of tasks) {
    const m = measure(task, dir);
    results[size][task] = m;
    console.log(m.failed ? `${task.padEnd(18)} failed: ${m.failed}` : m.pages !== undefined
      ? `${task.padEnd(18)} ${String(m.pages).padStart(6)} pages ${String(Math.round(m.pages / m.seconds)).padStart(6)} pages/s  ${m.seconds.toFixed(1).padStart(8)}  ${String(m.maxRssMB).padStart(6)} MB` :
      `${task.padEnd(18)} ${String(m.triples).padStart(10)}  ${fmt(rate(m)).padStart(10)}  ${m.seconds.toFixed(1).padStart(8)}  ${String(m.maxRssMB).padStart(6)} MB`);
  }
}

const r = (s, t) => rate(results[s]?.[t]);
/** A speed target: judged at the largest size where both tasks ran, with the ratio at every size shown. */
const target = (name, ours, baseline, goal) => {
  const measured = sizes.filter((size) => Number.isFinite(ratio(r(size, ours), r(size, baseline))));
  const at = measured.at(-1);
  const value = at === undefined ? NaN : ratio(r(at, ours), r(at, baseline));
  const others = measured.slice(0, -1).map((size) => `${size}: ${ratio(r(size, ours), r(size, baseline)).toFixed(2)}×`);
  console.log(`${value >= goal ? 'MET    ' : 'NOT MET'} ${name} (${at ?? '—'}): ${Number.isFinite(value) ? value.toFixed(2) : 'not measured'}× (target ≥ ${goal}×)${others.length ? `; at ${others.join(', ')}` : ''}`);
};
console.log('\nTargets (at the largest size where both ran):');
target('N-Triples export vs N3.Writer on pre-built quads', 'export-nt', 'n3-nt', 1.5);
target('Turtle export vs N3.Writer Turtle', 'export-ttl', 'n3-ttl', 1.2);
target('JSON-LD export vs jsonld.js fromRDF+compact', 'export-jsonld', 'jsonld-js', 25);
target('streaming validation vs whole-graph rdf-validate-shacl', 'export-validate', 'shacl-whole', 3);
const s = [...sizes].reverse().find((size) => Number.isFinite(r(size, 'validate-batches')) && Number.isFinite(r(size, 'shacl-whole')));
if (s) console.log(`        (batch validation alone, one thread, vs whole-graph (${s}): ${ratio(r(s, 'validate-batches'), r(s, 'shacl-whole')).toFixed(2)}×)`);
const big = Math.max(...sizes), small = sizes.includes(100_000) ? 100_000 : Math.min(...sizes);
const mem = (size) => results[size]?.['export-validate']?.maxRssMB;
if (big !== small) {
  const m = ratio(mem(big), mem(small));
  console.log(`${m <= 1.5 ? 'MET    ' : 'NOT MET'} peak memory ${big} vs ${small} entities (export + validation): ${Number.isFinite(m) ? m.toFixed(2) : '—'}× (target ≤ 1.5×)`);
}
console.log(`${mem(big) < 1024 ? 'MET    ' : 'NOT MET'} peak memory of export + validation at ${big}: ${mem(big) ?? '—'} MB (target < 1024 MB)`);

if (importSizes.length) await runImportBench(root, importSizes);
