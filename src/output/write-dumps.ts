// **write-dumps** — dump files written as one set: all files of a run go to a new version directory,
// which becomes the output with one rename when every file is complete (output/dump-set.ts), so a
// failed or killed run leaves the previous dumps as they were. Every format of a profile is written in one pass over the
// quad blocks, with backpressure; files can be split into shards and gzipped.
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import type { Format } from '../serialize/index.js';
import { blockFormat, type BlockFormat } from '../serialize/block-formats.js';
import { asOutputError, DumpSet } from './dump-set.js';
import { Shard, type Chunk, type ShardInfo } from './shard.js';

export interface ProfileOutput {
  /** File name stem: truthy, full. */
  name: string;
  blocks: AsyncIterable<Quad[]> | Iterable<Quad[]>;
  /** Turtle prefixes to declare and use. */
  prefixes: Record<string, string>;
}

export interface DumpOptions {
  formats: Format[];
  /** N-Quads: the named graph of every triple. */
  graph?: string;
  /** Start a new file after this many triples (at an entity boundary). Defaults to one file. */
  shardSize?: number;
  gzip?: boolean;
  /** Called with each profile's files once written, to add files such as a VoID description. */
  describe?: (files: ShardInfo[], triples: Record<string, number>) => { name: string; text: string; mediaType?: string }[];
}

export interface WrittenDumps {
  files: (ShardInfo & { path: string })[];
  triples: Record<string, number>;
}

/** Where a run writes: a new version of the dump set (output/dump-set.ts), made current at commit. */
export class Staging {
  private constructor(private readonly set: DumpSet) {}

  static async open(outDir: string): Promise<Staging> {
    return new Staging(await DumpSet.open(outDir));
  }

  get dir(): string {
    return this.set.dir;
  }

  async add(name: string, text: string, mediaType = 'text/turtle'): Promise<ShardInfo> {
    const shard = new Shard(path.join(this.dir, name), name, mediaType, false);
    await shard.write(text);
    return shard.close();
  }

  /** Every file is written: the new set replaces the old one at once. */
  async commit(shards: ShardInfo[]): Promise<(ShardInfo & { path: string })[]> {
    await this.set.commit();
    return shards.map((s) => ({ ...s, path: path.join(this.set.out, s.name) }));
  }

  /** Drops the version if it was not committed, and unlocks the output. */
  discard(): Promise<void> {
    return this.set.close();
  }
}

export async function writeDumps(outDir: string, profiles: ProfileOutput[], options: DumpOptions): Promise<WrittenDumps> {
  const staging = await Staging.open(outDir);
  try {
    const shards: ShardInfo[] = [];
    const triples: Record<string, number> = {};
    for (const profile of profiles) {
      const written = await writeProfile(staging.dir, profile, options);
      shards.push(...written.shards);
      triples[profile.name] = written.triples;
    }
    for (const file of options.describe?.(shards, triples) ?? []) shards.push(await staging.add(file.name, file.text, file.mediaType));
    return { files: await staging.commit(shards), triples };
  } catch (error) {
    throw asOutputError(error, outDir);
  } finally {
    await staging.discard();
  }
}

async function writeProfile(dir: string, profile: ProfileOutput, options: DumpOptions): Promise<{ shards: ShardInfo[]; triples: number }> {
  const outputs = options.formats.map((format) => new ShardedOutput(dir, profile.name, blockFormat(format, { prefixes: profile.prefixes, ...(options.graph && { graph: options.graph }) }), options));
  let triples = 0;
  for await (const block of profile.blocks) {
    triples += block.length;
    for (const output of outputs) await output.write(block);
  }
  const shards: ShardInfo[] = [];
  for (const output of outputs) shards.push(...(await output.close()));
  return { shards, triples };
}

/** One format of one profile, rotating to a new shard file when the current one is full. */
export class ShardedOutput {
  private shard?: Shard;
  private first = true;
  private readonly closed: ShardInfo[] = [];
  private count = 0;

  constructor(private readonly dir: string, private readonly stem: string, private readonly format: BlockFormat, private readonly options: Pick<DumpOptions, 'shardSize' | 'gzip'>) {}

  async write(block: Quad[]): Promise<void> {
    await this.prepare();
    await this.shard!.write(this.format.block(block, this.first));
    this.first = false;
    this.shard!.triples += block.length;
  }

  /**
   * Writes text rendered elsewhere (by a worker) for `triples` triples. `separated` says the text
   * begins with the separator a non-first block needs (JSON-LD's comma), dropped at a file's start.
   */
  async writeText(text: Chunk, triples: number, separated: boolean): Promise<void> {
    await this.prepare();
    await this.shard!.write(separated && this.first ? dropSeparator(text) : text);
    if (text.length) this.first = false;
    this.shard!.triples += triples;
  }

  /** Opens a file if none is open, or the next one when the current one is full. */
  private async prepare(): Promise<void> {
    if (this.shard && this.options.shardSize && this.shard.triples >= this.options.shardSize) await this.rotate();
    if (!this.shard) await this.open();
  }

  async close(): Promise<ShardInfo[]> {
    if (!this.shard) await this.open(); // an empty graph still gets its (empty) file
    await this.rotate();
    return this.closed;
  }

  private async open(): Promise<void> {
    const number = this.options.shardSize ? `-${String(++this.count).padStart(5, '0')}` : '';
    const name = `${this.stem}${number}.${this.format.extension}${this.options.gzip ? '.gz' : ''}`;
    this.shard = new Shard(path.join(this.dir, name), name, this.format.mediaType, !!this.options.gzip);
    this.first = true;
    await this.shard.write(this.format.header());
  }

  private async rotate(): Promise<void> {
    await this.shard!.write(this.format.footer());
    this.closed.push(await this.shard!.close());
    this.shard = undefined;
  }
}

/** A block's text without the ",\n" that separates it from a previous block. */
function dropSeparator(text: Chunk): Chunk {
  if (typeof text === 'string') return text.replace(/^,\n/, '');
  return text[0] === 0x2c && text[1] === 0x0a ? text.subarray(2) : text;
}
