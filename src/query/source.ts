// **source** — what a store is filled from: a loaded dataset (built into one profile's graph), quads
// already built, or the text of a dump. Shared by the embedded store and by publish.
import type { Quad } from '@rdfjs/types';
import { createRequire } from 'node:module';
import { LinkedLivesError } from '../errors.js';
import { buildGraph } from '../graph/build.js';
import type { GraphOptions } from '../graph/context.js';
import type { Dataset } from '../model/dataset.js';
import { DUMP_FORMATS, type DumpFormat } from './dump-format.js';

/** The text of a dump (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML). */
export interface DumpText {
  text: string | Uint8Array;
  format: DumpFormat;
  /** Names the dump in error messages. */
  name?: string;
  baseIri?: string;
}

export type RdfSource = Dataset | Iterable<Quad> | DumpText;

export const isDataset = (source: RdfSource): source is Dataset => 'manifest' in source && 'entities' in source;
export const isDumpText = (source: RdfSource): source is DumpText => 'text' in source && 'format' in source;

/** The quads of a source; a dataset is built in `options.profile` (default full). */
export function quadsOf(source: RdfSource, options: GraphOptions = {}): Iterable<Quad> {
  if (isDataset(source)) return buildGraph(source, { profile: 'full', ...options });
  if (isDumpText(source)) return parseDump(source);
  return source;
}

/** Parses a dump with Oxigraph's parsers; throws a LinkedLivesError that names the dump and the line. */
export function parseDump(dump: DumpText): Quad[] {
  try {
    // Oxigraph is loaded here, synchronously, rather than with the library.
    const { parse } = createRequire(import.meta.url)('oxigraph') as typeof import('oxigraph');
    return parse(dump.text, {
      format: DUMP_FORMATS[dump.format],
      ...(dump.baseIri && { base_iri: dump.baseIri }),
    }) as unknown as Quad[];
  } catch (error) {
    throw badDump(dump, error);
  }
}

export function badDump(dump: DumpText, error: unknown): LinkedLivesError {
  const message = error instanceof Error ? error.message : String(error);
  return new LinkedLivesError(`${dump.name ?? 'the dump'}: not valid ${dump.format}: ${message}`, 'bad_dump', { name: dump.name });
}
