// **import-bench** — `import wikidata` on a synthetic Wikidata JSON dump (bench/wikidata-dump.mjs):
// entities/s, seconds and peak memory of the CLI as a user runs it, against the floor — reading the
// gzip dump as a stream, splitting it into lines, stripping the trailing comma and JSON.parse-ing each
// entity, nothing else — and whether memory stays bounded as the dump grows. Each measurement runs in
// its own process (peak RSS is that process's own). Part of `npm run bench`; on its own:
//   node bench/import-bench.mjs [--import-sizes 10k,100k] [--root /tmp/linked-lives-bench]
// Prints the table, the import's summary per run (notes and skips grouped by message) and keeps the
// full summaries in ROOT/wikidata-N/import-FORMAT.log.
import { spawnSync } from 'node:child_process';
import { createReadStream, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWikidataDump } from './wikidata-dump.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, '..', 'dist', 'cli', 'main.js');
const STATS = path.join(HERE, 'exit-stats.mjs');
/** In the cache folder's name: raise it when wikidata-dump.mjs changes what it writes. */
const DUMP_VERSION = 'v1';

export const parseSize = (s) => Number(String(s).trim().replace(/k$/i, '000').replace(/M$/, '000000'));

/** The floor: gunzip as a stream, split lines, strip the trailing comma, JSON.parse. Entities read. */
export async function floor(file) {
  const input = createReadStream(file).pipe(createGunzip());
  input.setEncoding('utf8');
  let pending = '';
  let entities = 0;
  const parse = (line) => {
    if (line === '[' || line === ']' || line === '') return;
    JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    entities++;
  };
  for await (const chunk of input) {
    let start = 0;
    for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', start)) {
      parse(start === 0 ? pending + chunk.slice(0, at) : chunk.slice(start, at));
      pending = '';
      start = at + 1;
    }
    pending += chunk.slice(start);
  }
  parse(pending);
  return entities;
}

/** Runs `node [args]` with the exit-stats preload; its stats, output and exit status. */
function measured(args, statsFile) {
  rmSync(statsFile, { force: true });
  const r = spawnSync(process.execPath, ['--import', STATS, ...args], {
    encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, LL_BENCH_STATS: statsFile },
  });
  let stats;
  try {
    stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  } catch {
    stats = undefined;
  }
  rmSync(statsFile, { force: true });
  return { ...r, stats };
}

/** One measurement: `floor`, `import-jsonl` or `import-yaml` on the dump of `size` entities. */
export function measureImport(task, dir, size) {
  const dump = path.join(dir, 'dump.json.gz');
  const statsFile = path.join(dir, `stats-${task}.json`);
  let r;
  if (task === 'floor') r = measured([fileURLToPath(import.meta.url), '--floor', dump], statsFile);
  else {
    const out = path.join(dir, `out-${task}`);
    rmSync(out, { recursive: true, force: true });
    const format = task.slice('import-'.length);
    r = measured([CLI, 'import', 'wikidata', dump, '--out', out, '--format', format, '--on-error', 'skip'], statsFile);
    rmSync(out, { recursive: true, force: true });
    writeFileSync(path.join(dir, `${task}.log`), `${r.stdout ?? ''}${r.stderr ? `\n--- stderr ---\n${r.stderr}` : ''}`);
  }
  if (r.status !== 0 || !r.stats) return { task, size, failed: (r.stderr || '').split('\n').find((l) => l.trim()) ?? `exit ${r.status}` };
  const entities = task === 'floor' ? Number(r.stdout.trim()) : size;
  if (task === 'floor' && entities !== size) return { task, size, failed: `read ${entities} entities, not ${size}` };
  return { task, size, entities, ...r.stats, summary: task === 'floor' ? undefined : digest(r.stdout) };
}

/** The import's summary, shortened: its head, then notes and skipped entities grouped by message. */
export function digest(stdout) {
  const lines = stdout.split('\n');
  const head = [];
  const groups = new Map(); // section → message → count
  let section;
  for (const line of lines) {
    const m = /^(Not carried over or changed|Skipped) \((\d+)\):$/.exec(line);
    if (m) {
      section = `${m[1]} (${m[2]})`;
      groups.set(section, new Map());
      continue;
    }
    if (section && line.startsWith('  ')) {
      // Entity ids, slugs and line numbers vary per entity; the message is what repeats. A note is
      // "Q123 P31 (instance of): message", a skipped entity "file:line Q123: message" (line, entity optional).
      const text = line.trim();
      const message = (section.startsWith('Skipped') ? text.replace(/^\S+?(:\d+)?( [^\s:]+)?: /, '…: ') : text.replace(/^\S+?(?=[ :])/, '…'))
        .replace(/Q\d{8,}/g, 'Q…'); // the dump's own entities (Q60000000 on)
      const by = groups.get(section);
      by.set(message, (by.get(message) ?? 0) + 1);
      continue;
    }
    section = undefined;
    if (line.trim()) head.push(line);
  }
  const out = [...head];
  for (const [name, by] of groups) {
    out.push(`${name}, by message:`);
    for (const [message, n] of [...by].sort((a, b) => b[1] - a[1])) out.push(`  ${String(n).padStart(7)} × ${message}`);
  }
  return out;
}

const fmtRate = (n) => (Number.isFinite(n) ? (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e4 ? `${Math.round(n / 1e3)} k` : `${(n / 1e3).toFixed(1)} k`) : '—');

/** Generates (or reuses) the dumps and prints the import section. */
export async function runImportBench(root, sizes, { log = console.log, summaries = true } = {}) {
  const results = {};
  log('\nimport wikidata (synthetic Wikidata JSON dump, gzip; the floor only gunzips, splits lines and JSON.parses)');
  for (const size of sizes) {
    const dir = path.join(root, `wikidata-${DUMP_VERSION}-${size}`);
    const t = performance.now();
    const dump = await writeWikidataDump(dir, size, { seed: 7 });
    const made = (performance.now() - t) / 1000;
    results[size] = {};
    log(`\n${size} entities (${dump}${made > 1 ? `, generated in ${made.toFixed(0)} s` : ''})`);
    log('task               entities/s   seconds   CPU s   peak RSS   × floor');
    for (const task of ['floor', 'import-jsonl', 'import-yaml']) {
      const m = measureImport(task, dir, size);
      results[size][task] = m;
      if (m.failed) {
        log(`${task.padEnd(18)} failed: ${m.failed}`);
        continue;
      }
      const base = results[size].floor;
      const ratio = base && !base.failed ? `${(m.seconds / base.seconds).toFixed(1)}×` : '—';
      log(`${task.padEnd(18)} ${fmtRate(m.entities / m.seconds).padStart(10)}  ${m.seconds.toFixed(1).padStart(8)}  ${m.cpuSeconds.toFixed(1).padStart(6)}  ${String(m.maxRssMB).padStart(6)} MB  ${ratio.padStart(7)}`);
    }
  }
  if (summaries) {
    for (const size of sizes) {
      const m = results[size]['import-jsonl'];
      if (!m || m.failed) continue;
      log(`\nWhat the import said at ${size} (--format jsonl; in full: ${path.join(root, `wikidata-${DUMP_VERSION}-${size}`, 'import-jsonl.log')}):`);
      for (const line of m.summary) log(`  ${line}`);
    }
  }
  const mem = (size, task) => results[size]?.[task]?.maxRssMB;
  const small = Math.min(...sizes), big = Math.max(...sizes);
  if (small !== big) {
    log(`\nBounded memory (peak RSS at ${big} vs ${small} entities, ${big / small}× the entities):`);
    for (const task of ['floor', 'import-jsonl', 'import-yaml']) {
      const r = mem(big, task) / mem(small, task);
      log(`  ${task.padEnd(14)} ${String(mem(small, task) ?? '—').padStart(5)} → ${String(mem(big, task) ?? '—').padStart(5)} MB: ${Number.isFinite(r) ? `${r.toFixed(2)}×` : '—'}`);
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--floor') {
    console.log(await floor(args[1]));
  } else {
    const option = (name, fallback) => (args.includes(name) && args[args.indexOf(name) + 1] ? args[args.indexOf(name) + 1] : fallback);
    const sizes = option('--import-sizes', '10k,100k').split(',').map(parseSize);
    await runImportBench(option('--root', '/tmp/linked-lives-bench'), sizes);
  }
}
