// Writes the files generated from the code (JSON Schemas in schema/, docs/vocabulary.md): `npm run generate`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../dist/authoring/generated-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const [name, text] of generatedFiles()) {
  await mkdir(path.dirname(path.join(root, name)), { recursive: true });
  await writeFile(path.join(root, name), text);
  console.log(`wrote ${name}`);
}
