// **package-files** — where the installed package keeps the files it ships beside its code (the JSON
// Schemas), so that a data file can point its editor at them wherever the package is installed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaName } from './json-schema.js';

/** Where the package ships the JSON Schemas, relative to its root (without loading the model, which
 *  makes them: init needs only their names). */
export const SCHEMA_FOLDER = 'schema';
export const schemaFileName = (name: SchemaName) => `${name}.schema.json`;

/** The package root: dist/authoring/ is two folders below it. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The schema of a kind of file, as a path relative to the folder of the file that names it. */
export function schemaPathFrom(fileDir: string, name: SchemaName): string {
  const relative = path.relative(path.resolve(fileDir), path.join(PACKAGE_ROOT, SCHEMA_FOLDER, schemaFileName(name)));
  return relative.split(path.sep).join('/');
}
