// **worker** — a worker thread of a streaming export: lines in; parsed, checked, converted to both
// profiles, rendered in every format and validated; text and findings out.
import { parentPort, workerData } from 'node:worker_threads';
import type { Quad } from '@rdfjs/types';
import type { InputIssue } from '../errors.js';
import { BoundedSet } from '../graph/bounded-set.js';
import { createStreamContext, type GraphContext } from '../graph/context.js';
import { entityBlock } from '../graph/stream.js';
import { collectConcepts, localConcepts } from '../graph/concept-nodes.js';
import { loadShapes } from '../load/load-shapes.js';
import { parseLine } from '../load/read-jsonl.js';
import { checkEntity } from '../model/check.js';
import { blockFormat } from '../serialize/block-formats.js';
import { validateBatch } from './batch-validate.js';
import { CompiledShapes } from '../validate/validate.js';
import { FactsTable } from '../model/facts-table.js';
import type { Batch, BatchResult, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const facts = new FactsTable(setup.facts);
const sources = new Set(setup.manifest.sources.map((s) => s.id));
const options = setup.baseIri ? { baseIri: setup.baseIri } : {};
const contexts = setup.profiles.map((profile) => ({ profile, ctx: createStreamContext(setup.manifest, facts, { ...options, profile }), written: new BoundedSet(200_000) }));
const formats = setup.formats.map((format) => ({ format, render: blockFormat(format, { prefixes: setup.prefixes, graph: setup.graph }) }));
const shapes = setup.validate ? loadShapes(setup.validate.shapesDir).then((q) => new CompiledShapes(q)) : undefined;

parentPort!.on('message', (batch: Batch) => {
  run(batch).then((result) => parentPort!.postMessage(result, buffersOf(result)), (error: Error) => parentPort!.postMessage({ index: batch.index, error: error.message }));
});

async function run(batch: Batch): Promise<BatchResult> {
  const result: BatchResult = { index: batch.index, text: {}, triples: {}, kinds: {}, issues: [], violations: [], concepts: [] };
  const lineOf = new Map<string, number>();
  const entities = [];
  for (const { line, text } of batch.lines) {
    const parsed = parseLine(setup.file, line, text);
    if ('issue' in parsed) { result.issues.push(parsed.issue); continue; }
    const problems: InputIssue[] = checkEntity(parsed.entity, `${setup.file}:${line}`, contexts[0]!.ctx.resolve, sources);
    if (problems.length) { result.issues.push(...problems); continue; }
    entities.push(parsed.entity);
    lineOf.set(parsed.entity.id, line);
    result.kinds[parsed.entity.kind] = (result.kinds[parsed.entity.kind] ?? 0) + 1;
  }
  for (const { profile, ctx, written } of contexts) {
    const blocks = entities.map((e) => entityBlock(ctx, e, written));
    if (profile === contexts[0]!.profile) result.concepts = usedConcepts(blocks);
    result.triples[profile] = blocks.reduce((n, b) => n + b.length, 0);
    result.text[profile] = Object.fromEntries(formats.map(({ format, render }) => [format, utf8.encode(blocks.map((b) => render.block(b, false)).join(''))]));
    if (setup.validate?.profile === profile) result.violations = await validate(ctx, blocks.flat(), lineOf);
  }
  return result;
}

// TextEncoder gives each text its own ArrayBuffer (Buffer.from may share a pool), so it can be moved.
const utf8 = new TextEncoder();
/** The text buffers, moved to the main thread instead of copied. */
const buffersOf = (result: BatchResult) => Object.values(result.text).flatMap((byFormat) => Object.values(byFormat).map((b) => b.buffer as ArrayBuffer));

const concepts = localConcepts(contexts[0]!.ctx);

function usedConcepts(blocks: Quad[][]): string[] {
  const used = new Set<string>();
  for (const block of blocks) collectConcepts(block, concepts, used);
  return [...used];
}

async function validate(ctx: GraphContext, quads: Quad[], lineOf: Map<string, number>) {
  const prefix = `${ctx.base}entity/`;
  return validateBatch(quads, await shapes!, ctx.base, facts, (iri) => {
    if (!iri.startsWith(prefix)) return undefined;
    const id = iri.slice(prefix.length);
    const line = lineOf.get(id);
    return { id, file: line ? `${setup.file}:${line}` : setup.file };
  });
}
