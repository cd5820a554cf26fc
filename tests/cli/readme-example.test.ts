// The README's library example is a real file, and it runs against the package as users import it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('README example', () => {
  it('is examples/library.mjs verbatim', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain(await readFile('examples/library.mjs', 'utf8'));
  });
  it('runs and prints the truthy birth date of Victor Serge', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['examples/library.mjs']);
    expect(stdout).toMatch(/The data conforms to the shapes\./);
    expect(stdout).toMatch(/entity\/victor-serge 1890-12-30T00:00:00Z/);
    expect(stdout).toMatch(/\d+ lines of Turtle/);
  });
});
