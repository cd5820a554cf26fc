// **build-stream** — the site of a JSON Lines file of any size: the file is read four times (facts
// as the streaming export learns them, the site index, the pages, the dumps) and never held whole.
// What stays in memory grows with the entities but stays small per entity: the facts table, each
// entity's name, the statements events give it, and up to MAX_MENTIONS mentions of it.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { indexInput } from '../first-pass.js';
import { createStreamContext, streamModified, type GraphContext } from '../graph/context.js';
import { streamGraphBlocks } from '../graph/stream.js';
import { parseLine, readLines } from '../load/read-jsonl.js';
import { checkEntity } from '../model/check.js';
import type { Dataset } from '../model/dataset.js';
import type { Entity } from '../model/entity.js';
import { streamTimes } from '../parallel/export.js';
import { datasetPrefixes } from '../serialize/prefixes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { SiteBuilder } from './builder.js';
import { countKinds, writeSite, type SiteOptions, type SiteResult } from './build.js';
import { SiteIndex } from './site-index.js';
import { writeSiteDumps } from './site-dumps.js';

export async function buildSiteStream(dataset: Dataset, input: string, options: SiteOptions): Promise<SiteResult> {
  if (dataset.entities.length) {
    throw new InputError([{ code: 'io', file: options.data ?? 'data', path: [], message: `with --input, the data folder holds the manifest and concepts only; it also has ${dataset.entities.length} entity files (put them in the JSON Lines file)` }]);
  }
  const { manifest } = dataset;
  const times = await streamTimes(dataset, input);
  const { facts, preferred } = await indexInput(manifest, input, 'stop');
  const graphOptions = { ...(options.baseIri && { baseIri: options.baseIri }), modified: streamModified(times), preferred };
  const ctx = createStreamContext(manifest, facts, graphOptions);
  const index = new SiteIndex(ctx);
  for (const source of manifest.sources) index.add(source);
  const kinds: { kind: string }[] = [...manifest.sources];
  for await (const entity of checkedEntities(ctx, input)) {
    index.add(entity);
    kinds.push({ kind: entity.kind });
  }
  const entitiesPerKind = countKinds(kinds);
  return writeSite(options.out ?? 'site', async (files) => {
    const builder = new SiteBuilder(ctx, index, files);
    const total = index.names.size;
    for await (const entity of checkedEntities(ctx, input)) {
      await builder.entity(entity);
      options.onProgress?.(builder.pages, total);
    }
    for (const source of manifest.sources) await builder.source(source);
    const dumps = path.join(files.dir, 'dumps');
    await mkdir(dumps);
    const prefixes = { ...NAMESPACES, ...datasetPrefixes(ctx.base) };
    const downloads = await writeSiteDumps(dumps, ctx, (['truthy', 'full'] as const).map((profile) => ({
      name: profile, prefixes, blocks: streamGraphBlocks(manifest, checkedEntities(ctx, input), facts, { ...graphOptions, profile }),
    })), entitiesPerKind);
    await builder.finish(downloads);
    return { pages: builder.pages, entitiesPerKind };
  });
}

/** The file's entities, each parsed and checked (its references resolve); the first problem stops the build. */
async function* checkedEntities(ctx: GraphContext, file: string): AsyncGenerator<Entity> {
  const sources = new Set(ctx.manifest.sources.map((s) => s.id));
  for await (const { line, text } of readLines(file)) {
    const parsed = parseLine(file, line, text, ctx.properties);
    if ('issue' in parsed) throw new InputError([parsed.issue]);
    const problems = checkEntity(parsed.entity, `${file}:${line}`, ctx.resolve, sources, ctx.properties);
    if (problems.length) throw new InputError(problems.map((p) => ({ ...p, file, line })));
    yield parsed.entity;
  }
}
