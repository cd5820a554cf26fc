// **graphs** — the synthetic data's full-profile graph as the benchmark tasks need it: whole (the
// baselines' input) or in batches of entities as the export's workers build them (no header).
import { createStreamContext } from '../dist/graph/context.js';
import { BoundedSet } from '../dist/graph/bounded-set.js';
import { entityBlock, PendingCounts, streamGraphBlocks } from '../dist/graph/stream.js';
import { readEntities } from '../dist/load/read-jsonl.js';
import { indexInput } from '../dist/first-pass.js';

/** Blocks of quads: header, one per entity, concepts. */
export async function* graphBlocks(dataset, input) {
  const { facts, preferred } = await indexInput(dataset.manifest, input);
  yield* streamGraphBlocks(dataset.manifest, readEntities(input), facts, { profile: 'full', preferred });
}

/** { ctx, facts, quads } for every `size` entities. */
export async function* entityBatches(dataset, input, size) {
  const { facts, preferred } = await indexInput(dataset.manifest, input);
  const ctx = createStreamContext(dataset.manifest, facts, { profile: 'full', preferred });
  const written = new BoundedSet(100_000);
  const counts = new PendingCounts(facts);
  let entities = [];
  const batch = () => ({ ctx, facts, quads: entities.flatMap((e) => entityBlock(ctx, e, written, counts)) });
  for await (const e of readEntities(input)) {
    entities.push(e);
    if (entities.length === size) { yield batch(); entities = []; }
  }
  if (entities.length) yield batch();
}
