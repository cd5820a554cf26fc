// The committed files made from the code (JSON Schemas in schema/, docs/vocabulary.md) are what the
// code makes now: regenerated here and compared byte for byte.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/authoring/generated-files.js';

describe('generated files', () => {
  it('the schemas ship in the package, and resolve as linked-lives/schema/…', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8'));
    expect(manifest.files).toContain('schema');
    expect(manifest.exports['./schema/*']).toBe('./schema/*');
    expect([...generatedFiles().keys()].filter((f) => f.startsWith('schema/')).length).toBe(7);
  });

  for (const [name, text] of generatedFiles()) {
    it(`${name} is up to date`, async () => {
      const committed = await readFile(name, 'utf8').catch(() => undefined);
      expect(committed, `${name} is missing or stale: run \`npm run generate\` and commit it`).toBe(text);
    });
  }
});
