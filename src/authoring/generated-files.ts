// **generated-files** — the files of the repository made from the code: the JSON Schemas of the data
// files and the vocabulary reference. `npm run generate` writes them; tests/authoring/generated.test.ts
// fails when a committed one differs from what the code makes now.
import { SCHEMA_NAMES, schemaText } from './json-schema.js';
import { SCHEMA_FOLDER, schemaFileName } from './package-files.js';
import { vocabulary, vocabularyMarkdown } from './vocabulary.js';

/** The text of each generated file, by its path from the package root. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of SCHEMA_NAMES) files.set(`${SCHEMA_FOLDER}/${schemaFileName(name)}`, schemaText(name));
  files.set('docs/vocabulary.md', vocabularyMarkdown(vocabulary()));
  return files;
}
