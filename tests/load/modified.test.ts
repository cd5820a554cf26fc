// Modification times come from SOURCE_DATE_EPOCH, else the file's last commit, else its mtime: never
// the wall clock, so the same data gives the same dump.
import { execFile } from 'node:child_process';
import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { modifiedTimes } from '../../src/load/modified.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { tempData } from '../helpers/temp-data.js';

const saved = process.env.SOURCE_DATE_EPOCH;
afterEach(() => {
  if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = saved;
});

const git = (cwd: string, ...args: string[]) => promisify(execFile)('git', args, {
  cwd, env: { ...process.env, GIT_AUTHOR_DATE: '2001-02-03T04:05:06Z', GIT_COMMITTER_DATE: '2001-02-03T04:05:06Z' },
});

describe('modification times', () => {
  it('takes SOURCE_DATE_EPOCH when it is set', async () => {
    process.env.SOURCE_DATE_EPOCH = '1234567890';
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-mtime-'));
    await writeFile(path.join(dir, 'a.yaml'), 'x');
    expect([...(await modifiedTimes([path.join(dir, 'a.yaml')])).values()]).toEqual([1234567890]);
  });

  it('takes the file time outside git', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-mtime-'));
    const file = path.join(dir, 'a.yaml');
    await writeFile(file, 'x');
    await utimes(file, 1_000_000_000, 1_000_000_000);
    expect((await modifiedTimes([file])).get(file)).toBe(1_000_000_000);
  });

  it('takes the last commit of a clean tracked file, and the file time of a changed or untracked one', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-git-'));
    await git(dir, 'init', '-q');
    const [clean, changed, untracked] = ['clean.yaml', 'changed.yaml', 'new file é.yaml'].map((f) => path.join(dir, 'data', f));
    await git(dir, 'config', 'user.email', 't@example.org');
    await git(dir, 'config', 'user.name', 'T');
    await promisify(execFile)('mkdir', ['-p', path.join(dir, 'data')]);
    await writeFile(clean!, 'a');
    await writeFile(changed!, 'b');
    await git(dir, 'add', '.');
    await git(dir, 'commit', '-qm', 'data');
    await writeFile(changed!, 'b2');
    await writeFile(untracked!, 'c');
    for (const f of [clean!, changed!, untracked!]) await utimes(f, 1_100_000_000, 1_100_000_000);
    const times = await modifiedTimes([clean!, changed!, untracked!]);
    expect(times.get(clean!)).toBe(981173106); // 2001-02-03T04:05:06Z
    expect(times.get(changed!)).toBe(1_100_000_000);
    expect(times.get(untracked!)).toBe(1_100_000_000);
  });
});

describe('an entity\'s modification time', () => {
  it('is the newest of its own file and of the events that give it statements', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const dir = await tempData();
    await utimes(path.join(dir, 'person.yaml'), 1_000_000_000, 1_000_000_000);
    await utimes(path.join(dir, 'birth.yaml'), 1_200_000_000, 1_200_000_000);
    await utimes(path.join(dir, 'arrest.yaml'), 1_100_000_000, 1_100_000_000);
    await utimes(path.join(dir, 'town.yaml'), 1_000_000_000, 1_000_000_000);
    const dataset = await loadDataset(dir);
    expect(dataset.modified!.get('ivan')).toBe(1_200_000_000); // the birth event's, which gives his birth date
    expect(dataset.modified!.get('town')).toBe(1_000_000_000); // a location is not a participant
    expect(dataset.modified!.get('ivan-arrest')).toBe(1_100_000_000);
  });
});
