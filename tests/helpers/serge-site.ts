// Test helper: the site of data/ as a user builds it (`linked-lives site --data data --out …`).
import path from 'node:path';
import { runCli, tempDir } from './cli.js';

export async function buildSergeSite(): Promise<string> {
  const out = path.join(await tempDir('linked-lives-site-'), 'site');
  const { code, stderr } = await runCli('site', '--data', 'data', '--out', out);
  if (code !== 0) throw new Error(`linked-lives site failed (${code}): ${stderr}`);
  return out;
}
