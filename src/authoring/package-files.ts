// **package-files** — where the installed package keeps the files it ships beside its code (the JSON
// Schemas), so that a data file can point its editor at them wherever the package is installed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FOLDER, schemaFileName, type SchemaName } from './json-schema.js';

/** The package root: dist/authoring/ is two folders below it. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The schema of a kind of file, as a path relative to the folder of the file that names it. */
export function schemaPathFrom(fileDir: string, name: SchemaName): string {
  const relative = path.relative(path.resolve(fileDir), path.join(PACKAGE_ROOT, SCHEMA_FOLDER, schemaFileName(name)));
  return relative.split(path.sep).join('/');
}
