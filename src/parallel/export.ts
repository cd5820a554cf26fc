// **export** — a streaming export on worker threads: pass 1 fills the shared facts table; pass 2 sends
// batches of lines to the workers and writes their text in input order, shard by shard, into a staging
// directory that replaces the previous dumps only if the run succeeds (and validates, unless allowed).
import { availableParallelism } from 'node:os';
import { InputError, type InputIssue } from '../errors.js';
import type { Quad } from '@rdfjs/types';
import { headerQuads } from '../graph/build.js';
import { conceptsQuads } from '../graph/concept-nodes.js';
import { PendingCounts } from '../graph/stream.js';
import { createStreamContext, streamModified, type GraphContext, type Profile, type StreamTimes } from '../graph/context.js';
import { modifiedTimes } from '../load/modified.js';
import { readLines, type OnError } from '../load/read-jsonl.js';
import { indexInput } from '../first-pass.js';
import type { Dataset } from '../model/dataset.js';
import type { ShardInfo } from '../output/shard.js';
import { ShardedOutput, Staging } from '../output/write-dumps.js';
import { asOutputError } from '../output/dump-set.js';
import { blockFormat, type BlockFormat } from '../serialize/block-formats.js';
import type { Format } from '../serialize/index.js';
import type { ReportResult } from '../validate/report.js';
import { FactsTable } from '../model/facts-table.js';
import type { Batch, BatchResult, SharedNodes, WorkerSetup } from './protocol.js';
import { BoundedSet } from '../graph/bounded-set.js';
import { WorkerPool } from './pool.js';
import { validateBatch } from './batch-validate.js';
import { loadDatasetShapes } from '../load/load-shapes.js';
import { CompiledShapes } from '../validate/validate.js';
import { describer } from '../pipeline.js';

export interface ParallelExportOptions {
  input: string;
  outDir: string;
  profiles: Profile[];
  formats: Format[];
  prefixes: Record<string, string>;
  graph: string;
  baseIri?: string;
  onError: OnError;
  shardSize?: number;
  gzip?: boolean;
  /** Validate with SHACL as the entities pass (default true). */
  validate?: boolean;
  allowInvalid?: boolean;
  shapesDir?: string;
  workers?: number;
  batchSize?: number;
  onProgress?: (entities: number, total: number) => void;
  describe?: (files: ShardInfo[], triples: Record<string, number>, kinds: Record<string, number>) => { name: string; text: string }[];
}

export interface ParallelExportResult {
  written: boolean;
  files: (ShardInfo & { path: string })[];
  triples: Record<string, number>;
  kinds: Record<string, number>;
  skipped: InputIssue[];
  violations: ReportResult[];
  violationCount: number;
}

const MAX_VIOLATIONS_KEPT = 1000;
/** Shared node IRIs the main thread remembers per profile; one met again after that is written again
 *  (the same triples twice: a bigger file, the same graph). */
const REMEMBER_SHARED_NODES = 400_000;

/** Where each of a run of byte lengths starts, and (last) where the run ends. */
function prefixSums(lengths: number[]): number[] {
  const out = [0];
  for (const n of lengths) out.push(out[out.length - 1]! + n);
  return out;
}

export async function parallelExport(dataset: Dataset, options: ParallelExportOptions): Promise<ParallelExportResult> {
  // Shapes are read here first, so that a broken shapes directory fails the run with its own error,
  // not as a worker crash. Then the workers start: they load their modules and shapes while this
  // thread reads the input once.
  const shapes = options.validate !== false ? await loadDatasetShapes(dataset.manifest, options) : undefined;
  const times = await streamTimes(dataset, options.input);
  const pool = startWorkers(dataset, options, times);
  let staging: Staging | undefined;
  try {
    const { facts, issues: skipped, skipLines, preferred } = await indexInput(dataset.manifest, options.input, options.onError);
    pool.shareFacts({ facts: facts.shared, preferred: preferred.toJSON() });
    staging = await Staging.open(options.outDir);
    const result: ParallelExportResult = { written: false, files: [], triples: {}, kinds: {}, skipped, violations: [], violationCount: 0 };
    const outputs = new Outputs(dataset, facts, staging.dir, options, times);
    const used = new Map(options.profiles.map((profile) => [profile, new Set<string>()]));
    const pending = new PendingCounts(facts);
    await outputs.writeLocal((ctx, written) => [...headerQuads(ctx, written)], result); // the dataset node and the sources
    // The header is validated here while the workers start on the first batches; its findings come first.
    let header = shapes && validateHeader(dataset, facts, options, shapes, times);
    header?.catch(() => undefined); // awaited below; a failing batch must not leave it unhandled
    const addHeader = async () => { if (header) addViolations(result, await header); header = undefined; };
    await runBatches(pool, options, skipLines, facts.size, async (batch) => {
      await addHeader();
      for (const [profile, iris] of Object.entries(batch.concepts)) for (const iri of iris) used.get(profile as Profile)!.add(iri);
      for (const { id, iri, statements, identifiers } of batch.counts) pending.add(id, iri || undefined, statements, identifiers);
      if (batch.issues.length && options.onError === 'stop') throw new InputError(batch.issues);
      result.skipped.push(...batch.issues);
      for (const [kind, n] of Object.entries(batch.kinds)) result.kinds[kind] = (result.kinds[kind] ?? 0) + n;
      addViolations(result, batch.violations);
      await outputs.writeBatch(batch, result);
    });
    await addHeader(); // an input with no entities
    await outputs.writeLocal((ctx, written) => [conceptsQuads(ctx, used.get(ctx.profile)!, written), pending.documents(ctx)], result);
    const shards = await outputs.close();
    if (result.violationCount && !options.allowInvalid) return result;
    result.kinds.source = dataset.manifest.sources.length;
    for (const file of options.describe?.(shards, result.triples, result.kinds) ?? []) shards.push(await staging.add(file.name, file.text));
    result.files = await staging.commit(shards);
    result.written = true;
    return result;
  } catch (error) {
    throw asOutputError(error, options.outDir);
  } finally {
    await pool.terminate();
    await staging?.discard();
  }
}

function addViolations(result: ParallelExportResult, violations: ReportResult[]): void {
  result.violationCount += violations.length;
  result.violations.push(...violations.slice(0, MAX_VIOLATIONS_KEPT - result.violations.length));
}

/** The dataset node and the sources, validated here: the workers only see the input's entities. */
async function validateHeader(dataset: Dataset, facts: FactsTable, options: ParallelExportOptions, shapes: Quad[], times: StreamTimes): Promise<ReportResult[]> {
  const graphOptions = { profile: validatedProfile(options), ...(options.baseIri && { baseIri: options.baseIri }), modified: streamModified(times) };
  const ctx = createStreamContext(dataset.manifest, facts, graphOptions);
  return validateBatch([...headerQuads(ctx, new Set())].flat(), new CompiledShapes(shapes), ctx.base, facts, describer(dataset, graphOptions));
}

const validatedProfile = (options: ParallelExportOptions): Profile => (options.profiles.includes('full') ? 'full' : options.profiles[0]!);

/** Every format of every profile: text from the workers, and blocks rendered here (header, concepts). */
type OutputFormat = { format: Format; render: BlockFormat; out: ShardedOutput };

class Outputs {
  private readonly profiles: { profile: Profile; ctx: GraphContext; formats: OutputFormat[]; written: BoundedSet }[];

  constructor(dataset: Dataset, facts: FactsTable, dir: string, options: ParallelExportOptions, times: StreamTimes) {
    this.profiles = options.profiles.map((profile) => ({
      profile,
      ctx: createStreamContext(dataset.manifest, facts, { profile, ...(options.baseIri && { baseIri: options.baseIri }), modified: streamModified(times) }),
      formats: options.formats.map((format) => {
        const render = blockFormat(format, { prefixes: options.prefixes, graph: options.graph });
        return { format, render, out: new ShardedOutput(dir, profile, render, options) };
      }),
      written: new BoundedSet(REMEMBER_SHARED_NODES),
    }));
  }

  async writeBatch(batch: BatchResult, result: ParallelExportResult): Promise<void> {
    for (const { profile, formats, written } of this.profiles) {
      const triples = batch.triples[profile]!;
      result.triples[profile] = (result.triples[profile] ?? 0) + triples;
      for (const { format, out } of formats) await out.writeText(batch.text[profile]![format]!, triples, format === 'jsonld');
      await this.writeShared(batch.shared[profile]!, formats, written, result, profile);
    }
  }

  /** The batch's shared nodes that no earlier batch wrote (within the memory of `written`), in runs of new ones. */
  private async writeShared(nodes: SharedNodes, formats: OutputFormat[], written: BoundedSet, result: ParallelExportResult, profile: Profile): Promise<void> {
    const starts = Object.fromEntries(formats.map(({ format }) => [format, prefixSums(nodes.bytes[format]!)]));
    const write = async (from: number, to: number) => {
      let triples = 0;
      for (let i = from; i < to; i++) triples += nodes.triples[i]!;
      result.triples[profile] = (result.triples[profile] ?? 0) + triples;
      for (const { format, out } of formats) {
        const at = starts[format]!;
        await out.writeText(nodes.text[format]!.subarray(at[from], at[to]), triples, format === 'jsonld');
      }
    };
    let from = 0;
    for (let i = 0; i < nodes.iris.length; i++) {
      const iri = nodes.iris[i]!;
      if (!written.has(iri)) { written.add(iri); continue; }
      if (i > from) await write(from, i);
      from = i + 1;
    }
    if (nodes.iris.length > from) await write(from, nodes.iris.length);
  }

  /** Blocks rendered here; their shared nodes count as written for the workers' batches. */
  async writeLocal(blocksOf: (ctx: GraphContext, written: BoundedSet) => Quad[][], result: ParallelExportResult): Promise<void> {
    for (const { profile, ctx, formats, written } of this.profiles) {
      const blocks = blocksOf(ctx, written).filter((b) => b.length);
      const triples = blocks.reduce((n, b) => n + b.length, 0);
      result.triples[profile] = (result.triples[profile] ?? 0) + triples;
      for (const { render, out, format } of formats) await out.writeText(blocks.map((b) => render.block(b, false)).join(''), triples, format === 'jsonld');
    }
  }

  async close(): Promise<ShardInfo[]> {
    const shards: ShardInfo[] = [];
    for (const { formats } of this.profiles) for (const { out } of formats) shards.push(...(await out.close()));
    return shards;
  }
}

/** Every entity of the input changed when the input file did (load/modified.ts); the sources when the manifest did. */
export async function streamTimes(dataset: Dataset, input: string): Promise<StreamTimes> {
  const entities = (await modifiedTimes([input])).get(input)!;
  const own = Object.fromEntries(dataset.modified ?? []);
  return { entities, own, dump: Math.max(entities, dataset.modifiedAt ?? 0) };
}

function startWorkers(dataset: Dataset, options: ParallelExportOptions, times: StreamTimes): WorkerPool {
  const setup: WorkerSetup = {
    manifest: dataset.manifest, profiles: options.profiles, formats: options.formats,
    prefixes: options.prefixes, graph: options.graph, file: options.input, times,
    ...(options.baseIri && { baseIri: options.baseIri }),
    ...(options.validate !== false && { validate: { profile: validatedProfile(options), ...(options.shapesDir && { shapesDir: options.shapesDir }) } }),
  };
  return new WorkerPool(Math.max(1, options.workers ?? availableParallelism()), setup);
}

/** Sends batches with a bounded number in flight and hands results back in input order. */
async function runBatches(pool: WorkerPool, options: ParallelExportOptions, skipLines: Set<number>, total: number, consume: (r: BatchResult) => Promise<void>): Promise<void> {
  const size = options.batchSize ?? 500;
  const inFlight: Promise<BatchResult>[] = [];
  let index = 0;
  let done = 0;
  const send = (lines: Batch['lines']) => {
    const result = pool.send({ index: index++, lines });
    result.catch(() => undefined); // awaited in order by drain; a later batch failing first must not go unhandled
    inFlight.push(result);
  };
  const drain = async (keep: number) => {
    while (inFlight.length > keep) {
      const r = await inFlight.shift()!;
      done += Object.values(r.kinds).reduce((a, b) => a + b, 0);
      options.onProgress?.(done, total);
      await consume(r);
    }
  };
  let lines: Batch['lines'] = [];
  for await (const line of readLines(options.input)) {
    if (skipLines.has(line.line)) continue;
    lines.push(line);
    if (lines.length >= size) {
      send(lines);
      lines = [];
      await drain(pool.size * 2);
    }
  }
  if (lines.length) send(lines);
  await drain(0);
}
