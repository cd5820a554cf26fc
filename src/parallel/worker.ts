// **worker** — a worker thread of a streaming export: lines in; parsed, checked, converted to both
// profiles, rendered in every format and validated; text and findings out.
import { parentPort, workerData } from 'node:worker_threads';
import type { Quad } from '@rdfjs/types';
import type { InputIssue } from '../errors.js';
import { BoundedSet } from '../graph/bounded-set.js';
import { createStreamContext, referenceIri, streamModified, valueIri, type GraphContext, type Profile } from '../graph/context.js';
import { claimKey, entityBlock, isDerivable, PendingCounts } from '../graph/stream.js';
import { PreferredClaims } from '../graph/preferred.js';
import { collectConcepts, localConcepts } from '../graph/concept-nodes.js';
import { loadDatasetShapes } from '../load/load-shapes.js';
import { parseLine } from '../load/read-jsonl.js';
import { checkEntity } from '../model/check.js';
import { blockFormat } from '../serialize/block-formats.js';
import { Utf8Buffer } from '../output/utf8-buffer.js';
import { validateBatch } from './batch-validate.js';
import { CompiledShapes } from '../validate/validate.js';
import { FactsTable } from '../model/facts-table.js';

import type { Batch, BatchResult, FactsMessage, SharedNodes, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const sources = new Set(setup.manifest.sources.map((s) => s.id));
const options = { ...(setup.baseIri && { baseIri: setup.baseIri }), modified: streamModified(setup.times) };
const formats = setup.formats.map((format) => ({ format, render: blockFormat(format, { prefixes: setup.prefixes, graph: setup.graph }) }));
const shapes = setup.validate ? loadDatasetShapes(setup.manifest, { shapesDir: setup.validate.shapesDir, baseIri: setup.baseIri }).then((q) => new CompiledShapes(q)) : undefined;

/** What batches need of the facts table, which arrives in the first message. */
let facts: FactsTable;
let contexts: { profile: Profile; ctx: GraphContext; written: BoundedSet }[];
let concepts: ReturnType<typeof localConcepts>;

parentPort!.on('message', (message: FactsMessage | Batch) => {
  if ('facts' in message) return void useFacts(message);
  run(message).then((result) => parentPort!.postMessage(result, buffersOf(result)), (error: Error) => parentPort!.postMessage({ index: message.index, error: error.message }));
});

function useFacts(message: FactsMessage): void {
  facts = new FactsTable(message.facts);
  const preferred = new PreferredClaims(message.preferred);
  contexts = setup.profiles.map((profile) => ({ profile, ctx: createStreamContext(setup.manifest, facts, { ...options, profile, preferred }), written: new BoundedSet(200_000) }));
  concepts = localConcepts(contexts[0]!.ctx);
}

async function run(batch: Batch): Promise<BatchResult> {
  const result: BatchResult = { index: batch.index, text: {}, triples: {}, kinds: {}, issues: [], violations: [], shared: {}, concepts: {}, counts: [] };
  const lineOf = new Map<string, number>();
  const entities = [];
  for (const { line, text } of batch.lines) {
    const { ctx } = contexts[0]!;
    const parsed = parseLine(setup.file, line, text, ctx.properties);
    if ('issue' in parsed) { result.issues.push(parsed.issue); continue; }
    const problems: InputIssue[] = checkEntity(parsed.entity, `${setup.file}:${line}`, ctx.resolve, sources, ctx.properties);
    if (problems.length) { result.issues.push(...problems); continue; }
    entities.push(parsed.entity);
    lineOf.set(parsed.entity.id, line);
    result.kinds[parsed.entity.kind] = (result.kinds[parsed.entity.kind] ?? 0) + 1;
  }
  // Entity by entity: each block's quads become text at once and die young (cheap garbage);
  // only the profile that is validated keeps its quads for the batch.
  for (const { profile, ctx, written } of contexts) {
    const counts = new PendingCounts(facts); // the same in every profile; the first one's are sent
    const texts = formats.map(() => new Utf8Buffer());
    const shared = new SharedText(ctx);
    const keep: Quad[][] | undefined = setup.validate?.profile === profile ? [] : undefined;
    const used = new Set<string>(); // per profile: the full one's qualifiers use concepts the truthy one does not
    let triples = 0;
    for (const entity of entities) {
      const block = entityBlock(ctx, entity, written, counts);
      const own = shared.split(block);
      triples += own.length;
      formats.forEach(({ render }, i) => texts[i]!.add(render.block(own, false)));
      collectConcepts(block, concepts, used);
      keep?.push(block);
    }
    result.concepts[profile] = [...used];
    result.triples[profile] = triples;
    result.text[profile] = Object.fromEntries(formats.map(({ format }, i) => [format, texts[i]!.take()]));
    result.shared[profile] = shared.take();
    if (!result.counts.length) result.counts = [...counts.entities].map(([id, { iri, statements, identifiers }]) => ({ id, iri, statements, identifiers }));
    if (keep) result.violations = await validate(ctx, keep.flat(), lineOf);
  }
  return result;
}

/** The shared nodes of a batch's blocks, rendered apart from the entities' own triples, and likewise
 *  each derivable direct claim, keyed by the triple itself. */
class SharedText {
  private readonly prefixes: string[];
  private readonly nodes: SharedNodes = { iris: [], triples: [], text: {}, bytes: {} };
  private readonly texts = formats.map(() => new Utf8Buffer());

  constructor(ctx: GraphContext) {
    this.prefixes = [referenceIri(ctx, ''), valueIri(ctx, '')]; // where context.ts mints shared nodes
    for (const { format } of formats) this.nodes.bytes[format] = [];
  }

  /** The block less its shared nodes, which are rendered here, one subject at a time. */
  split(block: Quad[]): Quad[] {
    const own: Quad[] = [];
    let node: Quad[] = [];
    const flush = (key = node[0]?.subject.value) => {
      if (!node.length) return;
      this.nodes.iris.push(key!);
      this.nodes.triples.push(node.length);
      formats.forEach(({ format, render }, i) => {
        const text = render.block(node, false);
        this.texts[i]!.add(text);
        this.nodes.bytes[format]!.push(Buffer.byteLength(text));
      });
      node = [];
    };
    for (const q of block) {
      const subject = q.subject.value;
      if (this.prefixes.some((p) => subject.startsWith(p))) {
        if (node.length && node[0]!.subject.value !== subject) flush();
        node.push(q);
      } else if (isDerivable(q)) {
        flush();
        node.push(q);
        flush(claimKey(q));
      } else own.push(q);
    }
    flush();
    return own;
  }

  take(): SharedNodes {
    formats.forEach(({ format }, i) => { this.nodes.text[format] = this.texts[i]!.take(); });
    return this.nodes;
  }
}

/** The text buffers, moved to the main thread instead of copied. */
const buffersOf = (result: BatchResult) => [...Object.values(result.text), ...Object.values(result.shared).map((s) => s.text)]
  .flatMap((byFormat) => Object.values(byFormat).map((b) => b.buffer as ArrayBuffer));

async function validate(ctx: GraphContext, quads: Quad[], lineOf: Map<string, number>) {
  const prefix = `${ctx.base}entity/`;
  return validateBatch(quads, await shapes!, ctx.base, facts, (iri) => {
    if (!iri.startsWith(prefix)) return undefined;
    const id = iri.slice(prefix.length);
    const line = lineOf.get(id);
    return { id, file: line ? `${setup.file}:${line}` : setup.file };
  });
}
