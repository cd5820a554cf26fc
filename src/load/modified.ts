// **modified** — when each data file last changed, for the dateModified Wikibase writes per entity and
// per dump. Never the wall clock, so that a dump is the same every time it is made from the same data:
// SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the time of the last commit
// that touched the file, else (a file git does not have, or one changed since) the file's own mtime.
// In a shallow clone every file's last commit is the clone's one commit; a path git quotes (one holding
// a quote, a backslash or a control character) is not found and falls back to its mtime.
import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** Seconds since 1970 by file path (as given). */
export type ModifiedTimes = Map<string, number>;

/** SOURCE_DATE_EPOCH, when it holds a whole number of seconds. */
export function sourceDateEpoch(): number | undefined {
  const value = process.env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

export async function modifiedTimes(files: string[]): Promise<ModifiedTimes> {
  const out: ModifiedTimes = new Map();
  const epoch = sourceDateEpoch();
  if (epoch !== undefined) {
    for (const file of files) out.set(file, epoch);
    return out;
  }
  // Real paths: git names files under its real top folder, which a symlinked checkout or /tmp hides.
  const real = await Promise.all(files.map((f) => realpath(f)));
  const committed = await gitTimes([...new Set(real.map((f) => path.dirname(f)))]);
  await Promise.all(files.map(async (file, i) => {
    const time = committed.get(real[i]!);
    out.set(file, time ?? Math.floor((await stat(file)).mtimeMs / 1000));
  }));
  return out;
}

const run = promisify(execFile);

/** Last commit time of every clean, tracked file under the given folders; empty without git. */
async function gitTimes(dirs: string[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  if (!dirs.length) return times;
  const cwd = commonDir(dirs);
  try {
    const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
    const [log, status] = await Promise.all([
      run('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%ct', '--name-only', '--no-renames', '--', '.'], { cwd, maxBuffer: 1 << 28 }),
      run('git', ['status', '--porcelain', '-z', '--no-renames', '--untracked-files=all', '--', '.'], { cwd, maxBuffer: 1 << 26 }),
    ]);
    let time = 0;
    for (const line of log.stdout.split('\n')) {
      if (line.startsWith('\0')) time = Number(line.slice(1));
      else if (line) {
        const file = path.join(top, line);
        if (!times.has(file)) times.set(file, time); // newest first
      }
    }
    for (const entry of status.stdout.split('\0')) if (entry.length > 3) times.delete(path.join(top, entry.slice(3)));
  } catch {
    // Not a git work tree, or no git: file times it is.
  }
  return times;
}

function commonDir(dirs: string[]): string {
  return dirs.reduce((common, dir) => {
    while (!(dir + path.sep).startsWith(common + path.sep) && common !== path.dirname(common)) common = path.dirname(common);
    return common;
  });
}
