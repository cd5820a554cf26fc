// **dump-set** — the dumps of a run replace the previous ones as one set. `--out dumps` is a symbolic
// link to a version directory (`.dumps.versions/<run>/` beside it); a run writes a new version and swaps
// the link with one rename, so a reader or a crash sees all old files or all new ones, never a mix, and
// void.ttl always describes the files beside it. A lock (`.dumps.lock`) keeps two runs from writing at
// once; each run removes what killed runs left (versions nothing links to, half-made links).
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, open, readdir, readFile, readlink, rename, rm, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';
import { LinkedLivesError } from '../errors.js';

/** What an earlier linked-lives may have left in a plain output directory: dumps, their VoID, staging. */
const OWN_FILE = /^(?:(?:truthy|full)(?:-\d{5})?\.(?:ttl|jsonld|nt|nq)(?:\.gz)?|void\.ttl|\.staging-.*)$/;

export class DumpSet {
  private committed = false;

  private constructor(readonly out: string, readonly dir: string, private readonly versions: string, private readonly lock: string) {}

  /** Locks `outDir`, cleans what killed runs left, and opens a new version directory to write into. */
  static async open(outDir: string): Promise<DumpSet> {
    const out = path.resolve(outDir);
    const parent = path.dirname(out);
    const name = path.basename(out);
    try {
      await mkdir(parent, { recursive: true });
    } catch (error) {
      throw new LinkedLivesError(`cannot create the output directory ${parent}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'output', { out });
    }
    const lock = path.join(parent, `.${name}.lock`);
    await takeLock(lock, out);
    try {
      const versions = path.join(parent, `.${name}.versions`);
      await checkOut(out, versions);
      await mkdir(versions, { recursive: true });
      await removeLeftovers(out, versions, parent, name);
      const dir = await mkdtemp(path.join(versions, `${new Date().toISOString().replace(/[:.]/g, '')}-`));
      return new DumpSet(out, dir, versions, lock);
    } catch (error) {
      await rm(lock, { force: true });
      if (error instanceof LinkedLivesError) throw error;
      throw new LinkedLivesError(`cannot prepare the output directory ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'output', { out });
    }
  }

  /** Makes the version written the current one: one rename of a link. Older versions are removed. */
  async commit(): Promise<void> {
    const parent = path.dirname(this.out);
    const link = path.join(parent, `.${path.basename(this.out)}.link-${randomBytes(6).toString('hex')}`);
    await symlink(path.relative(parent, this.dir), link);
    const current = await lstat(this.out).catch(() => undefined);
    // A plain directory of dumps (from before versions, or an empty one made for us) moves aside first:
    // for that one moment the path is absent, never a mix.
    if (current?.isDirectory()) await rename(this.out, path.join(this.versions, `plain-${Date.now()}`));
    await rename(link, this.out);
    this.committed = true;
    await removeLeftovers(this.out, this.versions, parent, path.basename(this.out));
  }

  /** Removes an uncommitted version, and releases the lock. */
  async close(): Promise<void> {
    if (!this.committed) await rm(this.dir, { recursive: true, force: true });
    await rm(this.lock, { force: true });
  }
}

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EROFS: 'the file system is read-only',
  EACCES: 'permission denied', EPERM: 'permission denied', EIO: 'an input/output error of the disk', EFBIG: 'a file is too large for the file system',
};

/** A failure to write the dumps as an error that says so (the earlier dumps being untouched), or as it was. */
export function asOutputError(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code || !(code in WRITE_FAILURES)) return error;
  return new LinkedLivesError(`cannot write the dumps in ${out}: ${WRITE_FAILURES[code]} (${code}); the earlier dumps there are as they were`, 'output', { out });
}

/** The lock file holds the pid of the run that writes; a lock whose process is gone is taken over. */
async function takeLock(lock: string, out: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LinkedLivesError(`cannot write in ${path.dirname(lock)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'output', { out });
      }
      const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && alive(pid)) {
        throw new LinkedLivesError(`another export (process ${pid}) is writing to ${out}; wait for it to finish (or remove ${lock} if it is not running)`, 'output_locked', { out });
      }
      await unlink(lock).catch(() => undefined); // left by a run that was killed
    }
  }
  throw new LinkedLivesError(`cannot lock ${out}: ${lock} keeps coming back`, 'output_locked', { out });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The output path must be ours to replace: absent, our link, or a directory of nothing but dumps. */
async function checkOut(out: string, versions: string): Promise<void> {
  const stat = await lstat(out).catch(() => undefined);
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    const target = path.resolve(path.dirname(out), await readlink(out));
    if (path.dirname(target) !== versions) {
      throw new LinkedLivesError(`${out} is a link to ${target}, which linked-lives did not make: give the output directory itself, or another --out`, 'output', { out });
    }
    return;
  }
  if (!stat.isDirectory()) throw new LinkedLivesError(`${out} is a file, not a directory: give another --out`, 'output', { out });
  const foreign = (await readdir(out)).filter((f) => !OWN_FILE.test(f));
  if (foreign.length) {
    throw new LinkedLivesError(`${out} holds files that are not dumps (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); the dumps replace the whole directory, so give them one of their own`, 'output', { out });
  }
}

/** Versions no link points to and half-made links: what killed runs leave. */
async function removeLeftovers(out: string, versions: string, parent: string, name: string): Promise<void> {
  const target = await readlink(out).then((t) => path.resolve(parent, t), () => undefined);
  for (const entry of await readdir(versions).catch(() => [] as string[])) {
    const dir = path.join(versions, entry);
    if (dir !== target) await rm(dir, { recursive: true, force: true });
  }
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`.${name}.link-`)) await rm(path.join(parent, entry), { force: true });
  }
  // Staging directories an earlier linked-lives made inside a plain output directory.
  const plain = await lstat(out).then((s) => s.isDirectory() && !s.isSymbolicLink(), () => false);
  if (plain) for (const entry of await readdir(out)) if (entry.startsWith('.staging-')) await rm(path.join(out, entry), { recursive: true, force: true });
}
