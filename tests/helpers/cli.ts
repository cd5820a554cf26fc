// Test helper: the built CLI as a user runs it, with a fixed SOURCE_DATE_EPOCH (reproducible dumps).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const CLI = path.resolve('dist/cli/main.js');

export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '0' }, maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export const tempDir = (prefix = 'linked-lives-') => mkdtemp(path.join(tmpdir(), prefix));

/** A path inside a fresh temp dir that does not exist yet (for --out). */
export const freshPath = async (name = 'out') => path.join(await tempDir(), name);
