// Test helper: a throwaway data directory built from the mini fixture plus per-test files.
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MINI = path.resolve('tests/fixtures/mini');

/** Copies the mini fixture into a temp dir, then writes/overwrites `files` (null deletes). */
export async function tempData(files: Record<string, string | null> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-'));
  await cp(MINI, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (text === null) await rm(file);
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  return dir;
}
