// A killed export never leaves a mix of old and new dumps (issue 16): exports killed with SIGKILL at
// many moments, inside the commit too, leave --out holding one whole set (every file void.ttl lists,
// with its checksum, and no other), the old one or the new one; the next run cleans what they left.
// Two runs at once cannot interleave: the second is refused. A plain folder of other files is not taken.
import { spawn, spawnSync, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { tempData } from '../helpers/temp-data.js';

const CLI = path.resolve('dist/cli/main.js');
// A fixed modification time: a rewritten input file must not change the dumps.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const run = (...args: string[]) => promisify(execFile)(process.execPath, [CLI, ...args], { env }).then(() => 0, (e: { code: number }) => e.code);
const SPDX = 'http://spdx.org/rdf/terms#';
const DCT = 'http://purl.org/dc/terms/';

/** The files void.ttl lists, with their checksums; and whether the folder holds exactly those (and void.ttl), unaltered. */
async function wholeSet(out: string): Promise<{ ok: boolean; why?: string; fullNt: string }> {
  const quads = new Parser().parse(await readFile(path.join(out, 'void.ttl'), 'utf8'));
  const titleOf = new Map(quads.filter((q) => q.predicate.value === `${DCT}title`).map((q) => [q.subject.value, q.object.value]));
  const listed = new Map<string, string>();
  for (const q of quads.filter((q) => q.predicate.value === `${SPDX}checksumValue`)) {
    listed.set(titleOf.get(q.subject.value.replace(/-sha256$/, ''))!, q.object.value);
  }
  const present = (await readdir(out)).filter((f) => f !== 'void.ttl').sort();
  if (JSON.stringify(present) !== JSON.stringify([...listed.keys()].sort())) return { ok: false, why: `files ${present} but void.ttl lists ${[...listed.keys()]}`, fullNt: '' };
  for (const [name, sum] of listed) {
    const actual = createHash('sha256').update(await readFile(path.join(out, name))).digest('hex');
    if (actual !== sum) return { ok: false, why: `${name} does not match its checksum in void.ttl`, fullNt: '' };
  }
  return { ok: true, fullNt: await readFile(path.join(out, 'full.nt'), 'utf8') };
}

function killedAfter(ms: number, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore', env });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => { clearTimeout(timer); resolve(); });
  });
}

const anna = 'kind: person\nid: anna\nlabels: { en: Anna }\npseudonyms:\n  - value: A\n    references: [{ source: doc-a, quote: "A" }]\n';

describe.each([['in memory', false], ['streaming from JSON Lines', true]])('an export killed at any moment (%s)', (_name, streaming) => {
  it('leaves the old set or the new one, whole, and the next run cleans up', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'linked-lives-kill-'));
    const out = path.join(parent, 'dumps');
    const [oldData, newData] = [await tempData(), await tempData({ 'anna.yaml': anna })];
    const made = new Map<string, string[]>();
    const args = async (data: string) => made.get(data) ?? made.set(data, await argsFor(data)).get(data)!;
    const argsFor = async (data: string) => {
      if (!streaming) return ['export', '--data', data, '--out', out];
      const input = path.join(data, 'entities.jsonl');
      const { parse } = await import('yaml');
      const lines = [];
      for (const f of (await readdir(data)).filter((f) => f.endsWith('.yaml') && f !== 'dataset.yaml')) lines.push(JSON.stringify(parse(await readFile(path.join(data, f), 'utf8'))));
      const manifestOnly = await mkdtemp(path.join(tmpdir(), 'linked-lives-manifest-'));
      await writeFile(path.join(manifestOnly, 'dataset.yaml'), await readFile(path.join(data, 'dataset.yaml')));
      await writeFile(input, lines.join('\n') + '\n');
      return ['export', '--data', manifestOnly, '--input', input, '--out', out];
    };
    expect(await run(...await args(oldData))).toBe(0);
    const oldSet = await wholeSet(out);
    expect(oldSet.ok).toBe(true);
    const newArgs = await args(newData);
    const started = Date.now();
    expect(await run(...newArgs)).toBe(0);
    const duration = Date.now() - started;
    const newSet = await wholeSet(out);
    expect(newSet.fullNt).not.toBe(oldSet.fullNt);
    // Back to the old set, then kill runs writing the new one at moments spread over a whole run,
    // most of them near its end, where the files are moved into place.
    expect(await run(...await args(oldData))).toBe(0);
    const moments = [0.1, 0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 1, 1.02, 1.05, 1.1].map((f) => Math.round(f * duration));
    const seen = { old: 0, new: 0 };
    for (const ms of moments) {
      await killedAfter(ms, newArgs);
      const now = await wholeSet(out);
      expect(now.ok, `killed after ${ms} ms: ${now.why}`).toBe(true);
      expect([oldSet.fullNt, newSet.fullNt]).toContain(now.fullNt);
      seen[now.fullNt === oldSet.fullNt ? 'old' : 'new']++;
      if (now.fullNt === newSet.fullNt) expect(await run(...await args(oldData))).toBe(0); // start from the old set again
    }
    expect(seen.old).toBeGreaterThan(0);
    // The next run leaves the link, one version and nothing else.
    expect(await run(...newArgs)).toBe(0);
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect((await readdir(parent)).sort()).toEqual(['.dumps.versions', 'dumps']);
    expect(await readdir(path.join(parent, '.dumps.versions'))).toHaveLength(1);
    expect((await wholeSet(out)).fullNt).toBe(newSet.fullNt);
  }, 180_000);
});

describe('the output folder', () => {
  it('refuses a second export while one is writing to the same --out', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'linked-lives-lock-'));
    const out = path.join(parent, 'dumps');
    // A lock held by a live process (this test's).
    await writeFile(path.join(parent, '.dumps.lock'), String(process.pid));
    const result = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', await tempData(), '--out', out]).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 2 });
    expect((result as { stderr: string }).stderr).toMatch(new RegExp(`another export \\(process ${process.pid}\\) is writing to`));
    // A lock left by a process that is gone is taken over.
    await writeFile(path.join(parent, '.dumps.lock'), '999999999');
    expect(await run('export', '--data', await tempData(), '--out', out)).toBe(0);
  });

  it('does not take over a folder that holds other files, nor a file', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'linked-lives-foreign-'));
    await mkdir(path.join(parent, 'mine'));
    await writeFile(path.join(parent, 'mine', 'notes.txt'), 'mine');
    const folder = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', await tempData(), '--out', path.join(parent, 'mine')]).catch((e: { code: number; stderr: string }) => e);
    expect(folder).toMatchObject({ code: 2 });
    expect((folder as { stderr: string }).stderr).toMatch(/holds files that are not dumps \(notes\.txt\)/);
    expect(await readFile(path.join(parent, 'mine', 'notes.txt'), 'utf8')).toBe('mine');
    await writeFile(path.join(parent, 'file'), 'x');
    const file = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', await tempData(), '--out', path.join(parent, 'file')]).catch((e: { code: number; stderr: string }) => e);
    expect((file as { stderr: string }).stderr).toMatch(/is a file, not a directory/);
  });

  it('takes over a plain folder of earlier dumps, and removes what a re-export no longer writes', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'linked-lives-plain-'));
    const out = path.join(parent, 'dumps');
    await mkdir(path.join(out, '.staging-old'), { recursive: true });
    await writeFile(path.join(out, 'full-00011.nt'), 'stale shard of a larger run');
    expect(await run('export', '--data', await tempData(), '--out', out)).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['full.jsonld', 'full.nq', 'full.nt', 'full.ttl', 'truthy.jsonld', 'truthy.nq', 'truthy.nt', 'truthy.ttl', 'void.ttl']);
    expect((await wholeSet(out)).ok).toBe(true);
    // Readable by others as a folder mkdir makes (mkdtemp's would be private), under the usual umask.
    const { stat } = await import('node:fs/promises');
    expect((await stat(out)).mode & 0o044).toBe(0o044 & ~process.umask());
  });
});

describe('the output folder, from code and in odd places', () => {
  it('refuses a second write to the same folder from the same program while the first is open', async () => {
    const { DumpSet } = await import('../../src/output/dump-set.js');
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'linked-lives-twice-')), 'dumps');
    const first = await DumpSet.open(out);
    await expect(DumpSet.open(out)).rejects.toThrow(/already writing dumps to/);
    await first.close();
    const again = await DumpSet.open(out);
    await again.close();
  });

  it('refuses the current folder as --out', async () => {
    const here = await mkdtemp(path.join(tmpdir(), 'linked-lives-here-'));
    const result = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', await tempData(), '--out', '.'], { cwd: here, env }).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out \. is the current folder or holds it/) });
  });

  it('leaves alone what only looks like its leftovers', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'linked-lives-lookalike-'));
    await mkdir(path.join(parent, '.dumps.link-dir'));
    await writeFile(path.join(parent, '.dumps.link-0123456789ab'), 'a file, not a link');
    expect(await run('export', '--data', await tempData(), '--out', path.join(parent, 'dumps'))).toBe(0);
    expect((await readdir(parent)).sort()).toEqual(['.dumps.link-0123456789ab', '.dumps.link-dir', '.dumps.versions', 'dumps']);
  });
});

describe('a full disk', () => {
  // A small tmpfs stands for a full disk; mounting one needs root, so elsewhere this is a visible skip.
  const mountPoint = path.join(tmpdir(), `linked-lives-full-disk-${process.pid}`);
  const mount = () => spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint]).status === 0;
  const canMount = (() => {
    spawnSync('mkdir', ['-p', mountPoint]);
    const ok = mount();
    if (ok) spawnSync('umount', [mountPoint]);
    return ok;
  })();
  if (!canMount) console.warn('skipping the full-disk test: mounting a small tmpfs needs root (mount -t tmpfs)');

  it.skipIf(!canMount)('gives a clear error, exit 2, and leaves the earlier dumps whole', async () => {
    const out = path.join(mountPoint, 'dumps');
    expect(mount()).toBe(true);
    try {
      expect(await run('export', '--data', await tempData(), '--out', out)).toBe(0);
      const before = await wholeSet(out);
      const big = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', 'data', '--out', out], { env }).catch((e: { code: number; stderr: string }) => e);
      expect(big).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot write the dumps in .*: the disk is full \(ENOSPC\); the earlier dumps there are as they were/) });
      const after = await wholeSet(out);
      expect(after.ok).toBe(true);
      expect(after.fullNt).toBe(before.fullNt);
      expect(await readdir(path.join(mountPoint, '.dumps.versions'))).toHaveLength(1);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  }, 120_000);

  it.skipIf(!canMount)('a mount point as --out is refused with the folder to give instead', async () => {
    expect(mount()).toBe(true);
    try {
      const result = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', await tempData(), '--out', mountPoint], { env }).catch((e: { code: number; stderr: string }) => e);
      expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/is a mount point: give a folder inside it/) });
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  it.skipIf(!canMount)('a read-only file system: exit 2, and says so', async () => {
    const readOnly = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', mountPoint]).status === 0;
    expect(readOnly).toBe(true);
    try {
      const result = await promisify(execFile)(process.execPath, [CLI, 'export', '--data', await tempData(), '--out', path.join(mountPoint, 'dumps')], { env }).catch((e: { code: number; stderr: string }) => e);
      expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/EROFS/) });
      expect((result as { stderr: string }).stderr).not.toMatch(/internal error/);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});
