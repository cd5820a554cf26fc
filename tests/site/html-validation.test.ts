// Every page of the Serge site validates with the W3C Nu HTML checker (npm vnu-jar, on Java), in
// one JVM run (it is slow to start), beside a page with a known error that proves it looked.
import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildSergeSite } from '../helpers/serge-site.js';
import { tempDir } from '../helpers/cli.js';

const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

async function hasJava(): Promise<boolean> {
  const found = await promisify(execFile)('java', ['-version']).then(() => true, () => false);
  if (!found && process.env.CI === 'true') throw new Error('CI: no java to run the Nu HTML checker (install default-jre-headless)');
  if (!found) console.warn('no java: the HTML validation test is skipped (install default-jre-headless)');
  return found;
}

interface VnuMessage { type: string; url?: string; message: string; lastLine?: number }

describe.skipIf(!(await hasJava()))('the HTML of the site', () => {
  it('validates with the Nu checker, every page', { timeout: 400_000 }, async () => {
    const site = await buildSergeSite();
    const pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(600);
    const broken = path.join(await tempDir('linked-lives-vnu-'), 'broken.html');
    await writeFile(broken, '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p><div>block in a paragraph</p></body></html>');
    // vnu exits 1 when it finds errors (the broken page has some) and writes its JSON to stderr.
    const run = await promisify(execFile)('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', site, broken], { maxBuffer: 256 * 2 ** 20 })
      .catch((error: { stderr: string }) => error);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const inSite = messages.filter((m) => !m.url?.endsWith('/broken.html'));
    expect(messages.length - inSite.length, 'the page with an error was checked').toBeGreaterThan(0);
    expect(inSite.map((m) => `${m.url?.replace(`file:${site}/`, '')}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });
});
