// **build** — `buildSite()`: a dataset (a data folder in memory, or a JSON Lines file streamed) → a
// static linked-data site: a page and RDF files per entity, the index, the dumps. Written as one new
// version of the output folder, which replaces the old site only once complete (site-files.ts).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from '../graph/context.js';
import { graphQuads } from '../graph/build.js';
import { groupBySubject } from '../graph/group-by-subject.js';
import { InputError } from '../errors.js';
import { safeLoadDataset } from '../load/load-dataset.js';
import type { Dataset } from '../model/dataset.js';
import { datasetPrefixes, usedPrefixes } from '../serialize/prefixes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { SiteBuilder } from './builder.js';
import { figureSource } from './figures/source.js';
import { SiteIndex } from './site-index.js';
import { writeSiteDumps } from './site-dumps.js';
import { SiteFiles } from './site-files.js';

export interface SiteOptions {
  /** The data folder: its manifest, and (unless `input` is given) its entity files. Defaults to `data`. */
  data?: string;
  /** A JSON Lines file of entities, one per line, streamed in bounded memory; `data` then holds only
   *  the manifest and concepts, as for `export --input`. */
  input?: string;
  /** The site's folder. Defaults to `site`. */
  out?: string;
  /** Overrides the manifest's base IRI: the IRI the site's root stands for. */
  baseIri?: string;
  /** Called as pages are written (done so far, total when known). */
  onProgress?: (done: number, total?: number) => void;
}

export interface SiteResult {
  /** The site's folder (absolute). */
  out: string;
  /** Pages of entities and concepts (each with its .ttl, .nt and .jsonld). */
  pages: number;
  files: number;
  entitiesPerKind: Record<string, number>;
}

/**
 * Builds the site. Bad input throws an InputError naming file, entity and field; nothing is written.
 * @example
 *   const { out, pages } = await buildSite({ data: 'data', out: 'site' });
 */
export async function buildSite(options: SiteOptions = {}): Promise<SiteResult> {
  const loaded = await safeLoadDataset(options.data ?? 'data');
  if (!loaded.ok) throw new InputError(loaded.issues);
  if (options.input) {
    const { buildSiteStream } = await import('./build-stream.js');
    return buildSiteStream(loaded.dataset, options.input, options);
  }
  return buildFromDataset(loaded.dataset, options);
}

/** The in-memory build of a loaded dataset. */
export async function buildFromDataset(dataset: Dataset, options: SiteOptions = {}): Promise<SiteResult> {
  const graphOptions = options.baseIri ? { baseIri: options.baseIri } : {};
  const ctx = createContext(dataset, graphOptions);
  const index = new SiteIndex(ctx);
  for (const source of dataset.manifest.sources) index.add(source);
  for (const entity of dataset.entities) index.add(entity);
  const kinds = countKinds([...dataset.entities, ...dataset.manifest.sources]);
  return writeSite(options.out ?? 'site', async (files) => {
    const builder = new SiteBuilder(ctx, index, files, figureSource(dataset));
    const total = dataset.entities.length + dataset.manifest.sources.length;
    for (const entity of dataset.entities) {
      await builder.entity(entity);
      options.onProgress?.(builder.pages, total);
    }
    for (const source of dataset.manifest.sources) await builder.source(source);
    const dumps = path.join(files.dir, 'dumps');
    await mkdir(dumps);
    const candidates = { ...NAMESPACES, ...datasetPrefixes(ctx.base) };
    const downloads = await writeSiteDumps(dumps, ctx, (['truthy', 'full'] as const).map((profile) => {
      const quads = groupBySubject(graphQuads(dataset, { ...graphOptions, profile }));
      return { name: profile, blocks: [quads], prefixes: usedPrefixes(quads, candidates) };
    }), kinds);
    await builder.finish(downloads);
    return { pages: builder.pages, entitiesPerKind: kinds };
  });
}

/** Opens a new version of the output, lets `build` fill it, and makes it the site; on failure the old site stays. */
export async function writeSite(out: string, build: (files: SiteFiles) => Promise<Omit<SiteResult, 'out' | 'files'>>): Promise<SiteResult> {
  const files = await SiteFiles.open(out);
  try {
    const result = await build(files);
    await files.commit();
    return { ...result, out: files.out, files: files.files };
  } catch (error) {
    throw SiteFiles.failure(error, out);
  } finally {
    await files.close();
  }
}

export function countKinds(entities: { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of entities) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
