// **site-dumps** — the whole dataset for download in the site's dumps/ folder: both profiles in every
// RDF format, written as the export writes them, and void.ttl describing the files.
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { datasetIri, entityIri, type GraphContext } from '../graph/context.js';
import { Shard, type ShardInfo } from '../output/shard.js';
import { voidTurtle } from '../output/void.js';
import { ShardedOutput } from '../output/write-dumps.js';
import { blockFormat } from '../serialize/block-formats.js';
import { FORMATS } from '../serialize/index.js';

export interface DumpProfile {
  name: 'truthy' | 'full';
  blocks: Iterable<Quad[]> | AsyncIterable<Quad[]>;
  prefixes: Record<string, string>;
}

/** Writes the dumps into `dir` and returns their files, void.ttl last. */
export async function writeSiteDumps(dir: string, ctx: GraphContext, profiles: DumpProfile[], entitiesPerKind: Record<string, number>): Promise<ShardInfo[]> {
  const files: ShardInfo[] = [];
  const triples: Record<string, number> = {};
  for (const profile of profiles) {
    const outputs = FORMATS.map((f) => new ShardedOutput(dir, profile.name, blockFormat(f, { prefixes: profile.prefixes, graph: datasetIri(ctx) }), { gzip: false }));
    let count = 0;
    for await (const block of profile.blocks) {
      count += block.length;
      for (const output of outputs) await output.write(block);
    }
    for (const output of outputs) files.push(...(await output.close()));
    triples[profile.name] = count;
  }
  const text = voidTurtle({
    datasetIri: datasetIri(ctx), manifest: ctx.manifest, sourceIris: ctx.manifest.sources.map((s) => entityIri(ctx, s)),
    entitiesPerKind, triplesPerProfile: triples, files, created: createdDate(),
  });
  const shard = new Shard(path.join(dir, 'void.ttl'), 'void.ttl', 'text/turtle', false);
  await shard.write(text);
  files.push(await shard.close());
  return files;
}


/** The day of the build: SOURCE_DATE_EPOCH's when set, so that a rebuild gives the same bytes. */
function createdDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}
