// **export** — a streaming export on worker threads: pass 1 fills the shared facts table; pass 2 sends
// batches of lines to the workers and writes their text in input order, shard by shard, into a staging
// directory that replaces the previous dumps only if the run succeeds (and validates, unless allowed).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, type InputIssue } from '../errors.js';
import type { Quad } from '@rdfjs/types';
import { headerQuads } from '../graph/build.js';
import { conceptQuads, localConcepts } from '../graph/concept-nodes.js';
import { createStreamContext, type GraphContext, type Profile } from '../graph/context.js';
import { indexInput, readLines, type OnError } from '../load/read-jsonl.js';
import type { Dataset } from '../model/dataset.js';
import type { ShardInfo } from '../output/shard.js';
import { ShardedOutput, Staging } from '../output/write-dumps.js';
import { blockFormat, type BlockFormat } from '../serialize/block-formats.js';
import type { Format } from '../serialize/index.js';
import type { ReportResult } from '../validate/report.js';
import { FactsTable } from '../model/facts-table.js';
import type { Batch, BatchResult, WorkerSetup } from './protocol.js';
import { validateBatch } from './batch-validate.js';
import { loadShapes } from '../load/load-shapes.js';
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

export async function parallelExport(dataset: Dataset, options: ParallelExportOptions): Promise<ParallelExportResult> {
  const { facts, issues: skipped, skipLines } = await indexInput(dataset.manifest, options.input, options.onError);
  const staging = await Staging.open(options.outDir);
  const workers = startWorkers(dataset, facts, options);
  const run = { stopping: false };
  const result: ParallelExportResult = { written: false, files: [], triples: {}, kinds: {}, skipped, violations: [], violationCount: 0 };
  try {
    const outputs = new Outputs(dataset, facts, staging.dir, options);
    const used = new Set<string>();
    await outputs.writeLocal((ctx) => [...headerQuads(ctx, new Set())], result); // the dataset node and the sources
    if (options.validate !== false) addViolations(result, await validateHeader(dataset, facts, options));
    await runBatches(workers, run, options, skipLines, facts.size, async (batch) => {
      for (const iri of batch.concepts) used.add(iri);
      if (batch.issues.length && options.onError === 'stop') throw new InputError(batch.issues);
      result.skipped.push(...batch.issues);
      for (const [kind, n] of Object.entries(batch.kinds)) result.kinds[kind] = (result.kinds[kind] ?? 0) + n;
      addViolations(result, batch.violations);
      await outputs.writeBatch(batch, result);
    });
    await outputs.writeLocal((ctx) => {
      const concepts = localConcepts(ctx);
      return [[...used].sort().flatMap((iri) => [...conceptQuads(iri, concepts.get(iri)!)])];
    }, result);
    const shards = await outputs.close();
    if (result.violationCount && !options.allowInvalid) return result;
    result.kinds.source = dataset.manifest.sources.length;
    for (const file of options.describe?.(shards, result.triples, result.kinds) ?? []) shards.push(await staging.add(file.name, file.text));
    result.files = await staging.commit(shards);
    result.written = true;
    return result;
  } finally {
    run.stopping = true;
    await Promise.all(workers.map((w) => w.terminate()));
    await staging.discard();
  }
}

function addViolations(result: ParallelExportResult, violations: ReportResult[]): void {
  result.violationCount += violations.length;
  result.violations.push(...violations.slice(0, MAX_VIOLATIONS_KEPT - result.violations.length));
}

/** The dataset node and the sources, validated here: the workers only see the input's entities. */
async function validateHeader(dataset: Dataset, facts: FactsTable, options: ParallelExportOptions): Promise<ReportResult[]> {
  const graphOptions = { profile: validatedProfile(options), ...(options.baseIri && { baseIri: options.baseIri }) };
  const ctx = createStreamContext(dataset.manifest, facts, graphOptions);
  const shapes = new CompiledShapes(await loadShapes(options.shapesDir));
  return validateBatch([...headerQuads(ctx, new Set())].flat(), shapes, ctx.base, facts, describer(dataset, graphOptions));
}

const validatedProfile = (options: ParallelExportOptions): Profile => (options.profiles.includes('full') ? 'full' : options.profiles[0]!);

/** Every format of every profile: text from the workers, and blocks rendered here (header, concepts). */
class Outputs {
  private readonly profiles: { profile: Profile; ctx: GraphContext; formats: { format: Format; render: BlockFormat; out: ShardedOutput }[] }[];

  constructor(dataset: Dataset, facts: FactsTable, dir: string, options: ParallelExportOptions) {
    this.profiles = options.profiles.map((profile) => ({
      profile,
      ctx: createStreamContext(dataset.manifest, facts, { profile, ...(options.baseIri && { baseIri: options.baseIri }) }),
      formats: options.formats.map((format) => {
        const render = blockFormat(format, { prefixes: options.prefixes, graph: options.graph });
        return { format, render, out: new ShardedOutput(dir, profile, render, options) };
      }),
    }));
  }

  async writeBatch(batch: BatchResult, result: ParallelExportResult): Promise<void> {
    for (const { profile, formats } of this.profiles) {
      const triples = batch.triples[profile]!;
      result.triples[profile] = (result.triples[profile] ?? 0) + triples;
      for (const { format, out } of formats) await out.writeText(batch.text[profile]![format]!, triples, format === 'jsonld');
    }
  }

  async writeLocal(blocksOf: (ctx: GraphContext) => Quad[][], result: ParallelExportResult): Promise<void> {
    for (const { profile, ctx, formats } of this.profiles) {
      const blocks = blocksOf(ctx).filter((b) => b.length);
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

function startWorkers(dataset: Dataset, facts: FactsTable, options: ParallelExportOptions): Worker[] {
  const setup: WorkerSetup = {
    manifest: dataset.manifest, facts: facts.shared, profiles: options.profiles, formats: options.formats,
    prefixes: options.prefixes, graph: options.graph, file: options.input,
    ...(options.baseIri && { baseIri: options.baseIri }),
    ...(options.validate !== false && { validate: { profile: validatedProfile(options), ...(options.shapesDir && { shapesDir: options.shapesDir }) } }),
  };
  const count = Math.max(1, options.workers ?? availableParallelism());
  return Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits: WORKER_HEAP }));
}

/** A capped heap makes each worker collect garbage instead of growing: memory stays bounded. A large
 *  young generation lets a batch's short-lived quads and strings die there, where collecting is cheap.
 *  Measured on 100k generated entities (export + validation): 384/128 MB peaked at 806 MB, 320/96 at
 *  611 MB, 256/64 at 596 MB but ran about 10% slower. */
const WORKER_HEAP = { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 96 };

/** Sends batches round-robin with a bounded number in flight and hands results back in input order. */
async function runBatches(workers: Worker[], run: { stopping: boolean }, options: ParallelExportOptions, skipLines: Set<number>, total: number, consume: (r: BatchResult) => Promise<void>): Promise<void> {
  const size = options.batchSize ?? 500;
  const waiting = new Map<number, (r: BatchResult) => void>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const settle of [...waiting.values()]) settle({ error: failure.message } as never);
  };
  for (const w of workers) {
    w.on('message', (r: BatchResult & { error?: string }) => waiting.get(r.index)?.(r));
    // A worker that dies (out of memory, a bug) fails the run instead of leaving it waiting.
    w.on('error', (error) => fail(new Error(`a worker thread failed: ${error.message}`)));
    w.on('exit', (code) => { if (code !== 0 && !run.stopping) fail(new Error(`a worker thread exited with code ${code}`)); });
  }
  const inFlight: Promise<BatchResult>[] = [];
  let index = 0;
  let done = 0;
  const send = (lines: Batch['lines']) => {
    if (failure) throw failure;
    const batch: Batch = { index: index++, lines };
    inFlight.push(new Promise<BatchResult>((resolve, reject) => {
      waiting.set(batch.index, (r) => { waiting.delete(batch.index); (r as { error?: string }).error ? reject(new Error((r as { error?: string }).error)) : resolve(r); });
      workers[batch.index % workers.length]!.postMessage(batch);
    }));
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
      await drain(workers.length * 2);
    }
  }
  if (lines.length) send(lines);
  await drain(0);
}
