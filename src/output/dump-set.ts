// **dump-set** — the dumps of a run replace the previous ones as one set. `--out dumps` is a symbolic
// link to a version directory (`.dumps.versions/<run>/` beside it); a run writes a new version and swaps
// the link with one rename, so a reader or a crash sees all old files or all new ones, never a mix, and
// void.ttl always describes the files beside it. A lock (`.dumps.lock`) keeps two runs from writing at
// once; each run removes what killed runs left (versions nothing links to, half-made links).
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LinkedLivesError } from '../errors.js';

/** What an earlier linked-lives may have left in a plain output directory: dumps, their VoID, staging. */
const OWN_FILE = /^(?:(?:truthy|full)(?:-\d{5})?\.(?:ttl|jsonld|nt|nq)(?:\.gz)?|void\.ttl|\.staging-.*)$/;

/** Locks this process holds: a second write to the same output from one program is refused too. */
const HELD = new Set<string>();

export class DumpSet {
  private committed = false;

  private constructor(readonly out: string, readonly dir: string, private readonly versions: string, private readonly lock: Lock) {}

  /** Locks `outDir`, cleans what killed runs left, and opens a new version directory to write into. */
  static async open(outDir: string): Promise<DumpSet> {
    const out = path.resolve(outDir);
    const parent = path.dirname(out);
    const name = path.basename(out);
    const cwd = process.cwd();
    if (cwd === out || cwd.startsWith(out + path.sep)) {
      throw new LinkedLivesError(`--out ${outDir} is the current folder or holds it: the dumps replace their whole folder, so give one of their own (e.g. --out dumps)`, 'output', { out });
    }
    try {
      await mkdir(parent, { recursive: true });
    } catch (error) {
      throw new LinkedLivesError(`cannot create the output directory ${parent}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'output', { out });
    }
    const lock = await takeLock(path.join(parent, `.${name}.lock`), out);
    try {
      const versions = path.join(parent, `.${name}.versions`);
      await checkOut(out, versions);
      await mkdir(versions, { recursive: true });
      await removeLeftovers(out, versions, parent, name);
      // Not mkdtemp, which makes a private folder (0700): the dumps are for others to read.
      const dir = path.join(versions, `${new Date().toISOString().replace(/[:.]/g, '')}-${randomBytes(4).toString('hex')}`);
      await mkdir(dir);
      return new DumpSet(out, dir, versions, lock);
    } catch (error) {
      await lock.release();
      if (error instanceof LinkedLivesError) throw error;
      throw new LinkedLivesError(`cannot prepare the output directory ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'output', { out });
    }
  }

  /** Makes the version written the current one: one rename of a link. Older versions are removed. */
  async commit(): Promise<void> {
    await this.lock.check();
    const parent = path.dirname(this.out);
    const link = path.join(parent, `.${path.basename(this.out)}.link-${randomBytes(6).toString('hex')}`);
    await symlink(path.relative(parent, this.dir), link);
    const current = await lstat(this.out).catch(() => undefined);
    // A plain directory of dumps (from before versions, or an empty one made for us) moves aside first:
    // for that one moment the path is absent, never a mix.
    if (current?.isDirectory()) await rename(this.out, path.join(this.versions, `plain-${Date.now()}`));
    await rename(link, this.out);
    this.committed = true;
    // The new set is in place: what is left of the old ones goes if it can (the next run retries).
    await removeLeftovers(this.out, this.versions, parent, path.basename(this.out)).catch(() => undefined);
  }

  /** Removes an uncommitted version, and releases the lock. */
  async close(): Promise<void> {
    if (!this.committed) await rm(this.dir, { recursive: true, force: true });
    await this.lock.release();
  }
}

interface Lock {
  /** Throws unless the lock is still this run's (another run may have taken over a lock it judged stale). */
  check(): Promise<void>;
  release(): Promise<void>;
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

/**
 * The lock file holds "<pid> <token>" of the run that writes. It is made whole and then linked into
 * place (link fails if the name exists), so no run ever reads a half-written lock. A lock whose process
 * is gone is taken over by replacing it and reading it back; the token tells whose it is at commit.
 */
async function takeLock(lock: string, out: string): Promise<Lock> {
  if (HELD.has(lock)) throw new LinkedLivesError(`this program is already writing dumps to ${out}; wait for that to finish`, 'output_locked', { out });
  const token = `${process.pid} ${randomBytes(8).toString('hex')}`;
  const mine = `${lock}.${randomBytes(6).toString('hex')}.tmp`;
  const failed = (error: unknown) => new LinkedLivesError(`cannot write in ${path.dirname(lock)} (the dumps are written beside ${path.basename(out)}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'output', { out });
  try {
    await writeFile(mine, token);
  } catch (error) {
    throw failed(error);
  }
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw failed(error);
      }
      const [pid] = (await readFile(lock, 'utf8').catch(() => '')).split(' ');
      if (pid && Number(pid) !== process.pid && alive(Number(pid))) {
        throw new LinkedLivesError(`another export (process ${pid}) is writing to ${out}; wait for it to finish (or remove ${lock} if it is not running)`, 'output_locked', { out });
      }
      // Left by a run that was killed (or one of this process that is over): replace it, then make sure it is ours.
      await writeFile(`${mine}.over`, token);
      await rename(`${mine}.over`, lock);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if ((await readFile(lock, 'utf8').catch(() => '')) === token) break;
      if (attempt === 2) throw new LinkedLivesError(`cannot lock ${out}: another run keeps taking ${lock}`, 'output_locked', { out });
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  HELD.add(lock);
  const ours = async () => (await readFile(lock, 'utf8').catch(() => '')) === token;
  return {
    async check() {
      if (!(await ours())) throw new LinkedLivesError(`another run took over the lock of ${out} while this one was writing; nothing was replaced`, 'output_locked', { out });
    },
    async release() {
      HELD.delete(lock);
      if (await ours()) await rm(lock, { force: true });
    },
  };
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
  const found = await lstat(out).catch(() => undefined);
  if (!found) return;
  if (found.isSymbolicLink()) {
    const target = path.resolve(path.dirname(out), await readlink(out));
    if (path.dirname(target) !== versions) {
      throw new LinkedLivesError(`${out} is a link to ${target}, which linked-lives did not make: give the output directory itself, or another --out`, 'output', { out });
    }
    return;
  }
  if (!found.isDirectory()) throw new LinkedLivesError(`${out} is a file, not a directory: give another --out`, 'output', { out });
  // A mount point (a Docker volume, say) cannot be renamed aside: the link needs a folder inside it.
  const parent = await stat(path.dirname(out));
  if (parent.dev !== found.dev) {
    throw new LinkedLivesError(`${out} is a mount point: give a folder inside it (e.g. --out ${path.join(out, 'dumps')}), where the dumps can be swapped as one set`, 'output', { out });
  }
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
  // Half-made links of killed runs: exactly the names commit() makes, and links only.
  const own = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const halfMade = new RegExp(`^\\.${own}\\.link-[0-9a-f]{12}$`);
  const lockDraft = new RegExp(`^\\.${own}\\.lock\\.[0-9a-f]{12}\\.tmp(\\.over)?$`);
  for (const entry of await readdir(parent)) {
    const kind = halfMade.test(entry) ? 'link' : lockDraft.test(entry) ? 'file' : undefined;
    if (!kind) continue;
    const found = await lstat(path.join(parent, entry)).catch(() => undefined);
    if (kind === 'link' ? found?.isSymbolicLink() : found?.isFile()) await unlink(path.join(parent, entry)).catch(() => undefined);
  }
  // Staging directories an earlier linked-lives made inside a plain output directory.
  const plain = await lstat(out).then((s) => s.isDirectory() && !s.isSymbolicLink(), () => false);
  if (plain) for (const entry of await readdir(out)) if (entry.startsWith('.staging-')) await rm(path.join(out, entry), { recursive: true, force: true });
}
