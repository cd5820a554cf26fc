// **load-shapes** — SHACL shapes (Turtle files) → quads. The package ships its shapes in shapes/.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { LinkedLivesError } from '../errors.js';
import type { Manifest } from '../model/manifest.js';
import { propertyTable } from '../model/property-table.js';

/** The shapes directory inside the installed package. */
export const PACKAGE_SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));

/** Reads every .ttl file of a directory. A broken shapes file is an engine error: it throws. */
export async function loadShapes(dir: string = PACKAGE_SHAPES_DIR): Promise<Quad[]> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'ENOENT' ? 'no such folder' : error.code === 'ENOTDIR' ? 'it is a file, not a folder' : error.code ?? error.message;
    throw new LinkedLivesError(`cannot read the shapes directory ${dir}: ${why}`, 'bad_shapes', { dir });
  });
  const files = entries.filter((f) => f.endsWith('.ttl')).sort();
  if (!files.length) throw new LinkedLivesError(`no SHACL shapes (*.ttl) in ${dir}`, 'no_shapes', { dir });
  const { Parser } = await import('n3'); // loaded here, not with the library: only validation needs it
  const quads: Quad[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    try {
      quads.push(...new Parser({ format: 'Turtle' }).parse(text));
    } catch (error) {
      throw new LinkedLivesError(`shapes file ${path.join(dir, file)} is not valid Turtle: ${(error as Error).message}`, 'bad_shapes', { file });
    }
  }
  return quads;
}

/** The shapes of a directory, plus the value shapes of every property the dataset may use (its
 *  built-in and declared properties, with their IRIs under `baseIri`, which defaults to the manifest's). */
export async function loadDatasetShapes(manifest: Manifest, options: { shapesDir?: string | undefined; baseIri?: string | undefined } = {}): Promise<Quad[]> {
  const [shapes, { propertyShapes }] = await Promise.all([loadShapes(options.shapesDir), import('../validate/property-shapes.js')]);
  return [...shapes, ...propertyShapes(propertyTable(manifest), options.baseIri ?? manifest.baseIri)];
}
