// **cold-start** — how long a user waits for the CLI and the library to start, each run a fresh
// process as `npx linked-lives …` would be: `--help`, `validate` and `export` on data/, and
// `import('linked-lives')`, against bare `node -e 0`. Prints the median wall time of several runs, the
// ratio to bare node, our own share (the median minus bare node's) and the median CPU time (user +
// system of the child, from /proc on Linux), which a busy machine disturbs less than wall time.
// Part of `npm run bench`; on its own: npm run bench -- --cold-start [--runs 7]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join('dist', 'cli', 'main.js');

/** What is timed: a name and the node arguments (`out` is a fresh folder for commands that write). */
const CASES = [
  { name: 'node -e 0', args: () => ['-e', '0'] },
  { name: "import('linked-lives')", args: () => ['--input-type=module', '-e', "await import('linked-lives')"] },
  { name: 'linked-lives --help', args: () => [CLI, '--help'] },
  // Five entities: what validate costs before the data makes it work (loading zod, yaml, the shapes, the engine).
  { name: 'validate (5 entities)', args: () => [CLI, 'validate', '--data', path.join('tests', 'fixtures', 'mini')] },
  { name: 'validate --data data', args: () => [CLI, 'validate', '--data', 'data'] },
  { name: 'export --data data', args: (out) => [CLI, 'export', '--data', 'data', '--out', out] },
];

/** User + system seconds of this process's waited-for children, or undefined off Linux. */
function childrenCpu() {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // cutime and cstime are the 14th and 15th of them, in clock ticks (100 a second on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** One timed run in a fresh process; throws with its stderr if it fails. */
function runOnce(kase) {
  const out = mkdtempSync(path.join(tmpdir(), 'linked-lives-cold-'));
  try {
    const cpuBefore = childrenCpu();
    const start = performance.now();
    const r = spawnSync(process.execPath, kase.args(path.join(out, 'dumps')), { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    const wall = (performance.now() - start) / 1000;
    const cpuAfter = childrenCpu();
    if (r.status !== 0) throw new Error(`${kase.name} failed (exit ${r.status}): ${(r.stderr || '').split('\n')[0]}`);
    return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Runs every case `runs` times, interleaved (so that a burst of load hits all alike), and prints the table. */
export function runColdStartBench({ runs = 5 } = {}) {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of runs, at least 1; got ${runs}`);
  const samples = new Map(CASES.map((c) => [c.name, { wall: [], cpu: [] }]));
  runOnce(CASES[0]); // warm the disk cache, as a user's second command would find it
  for (let i = 0; i < runs; i++) {
    for (const kase of CASES) {
      const { wall, cpu } = runOnce(kase);
      samples.get(kase.name).wall.push(wall);
      if (cpu !== undefined) samples.get(kase.name).cpu.push(cpu);
    }
  }
  const bare = median(samples.get(CASES[0].name).wall);
  console.log(`\nCold start (median of ${runs} runs, each a fresh process)`);
  console.log('command                     seconds   × node -e 0   our own   CPU seconds');
  for (const { name } of CASES) {
    const { wall, cpu } = samples.get(name);
    const m = median(wall);
    console.log(`${name.padEnd(26)} ${m.toFixed(3).padStart(8)}  ${(m / bare).toFixed(2).padStart(11)}×  ${(m - bare).toFixed(3).padStart(8)}  ${cpu.length ? median(cpu).toFixed(2).padStart(11) : '—'.padStart(11)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  runColdStartBench(args.includes('--runs') ? { runs: Number(args[args.indexOf('--runs') + 1]) } : {});
}
