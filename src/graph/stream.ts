// **stream** — the graph of a stream of entities, one block of quads per entity, in bounded memory.
// Entities are known to each other only through an index of facts (graph/context.ts); an event's
// derived claims are written in the event's block, on the subjects they belong to.
import type { Quad } from '@rdfjs/types';
import type { Entity } from '../model/entity.js';
import type { Manifest } from '../model/manifest.js';
import type { EntityFacts } from '../model/resolve.js';
import { BoundedSet } from './bounded-set.js';
import { collectConcepts, conceptsQuads, localConcepts } from './concept-nodes.js';
import { createStreamContext, entityIri, type GraphContext, type GraphOptions } from './context.js';
import { eventClaims } from './derive.js';
import { claimQuads, type Written } from './render-claims.js';
import { entityQuads } from './render-entity.js';
import { headerQuads } from './build.js';
import type { PreferredClaims } from './preferred.js';
import { statementClaims } from './to-claims.js';

export interface StreamOptions extends GraphOptions {
  /** How many shared node IRIs to remember for de-duplication. Defaults to 200 000. */
  rememberNodes?: number;
  /** From `indexInput`: where the input holds preferred claims. Without it, best rank is judged within
   *  each entity's block, which differs from Wikidata's where one subject's claims of a property come
   *  from several blocks (two residence events, one preferred). */
  preferred?: PreferredClaims;
}

/** Blocks of quads: the dataset header, one block per entity, then the local concepts used. */
export async function* streamGraphBlocks(manifest: Manifest, entities: AsyncIterable<Entity> | Iterable<Entity>, index: { get(id: string): EntityFacts | undefined }, options: StreamOptions = {}): AsyncGenerator<Quad[]> {
  const ctx = createStreamContext(manifest, index, options);
  const written: Written = new BoundedSet(options.rememberNodes ?? 200_000);
  const concepts = localConcepts(ctx);
  const used = new Set<string>();
  yield* headerQuads(ctx, written);
  for await (const entity of entities) {
    const block = entityBlock(ctx, entity, written);
    collectConcepts(block, concepts, used);
    yield block;
  }
  const tail = conceptsQuads(ctx, used, written);
  if (tail.length) yield tail;
}

/** One entity's quads; for an event, followed by what it derives on its subjects. Grouped by subject. */
export function entityBlock(ctx: GraphContext, entity: Entity, written: Written): Quad[] {
  const quads = entityQuads(ctx, entity, statementClaims(ctx, entity), written);
  if (entity.kind !== 'event') return quads;
  for (const [id, claims] of eventClaims(ctx, entity)) {
    const found = ctx.resolve(id);
    const subject = entityIri(ctx, found?.type === 'entity' ? found.entity : { id });
    for (const q of claimQuads(ctx, id, subject, claims, written)) quads.push(q);
  }
  return quads;
}

/** The same, flattened to single quads. */
export async function* streamGraphQuads(...args: Parameters<typeof streamGraphBlocks>): AsyncGenerator<Quad> {
  for await (const block of streamGraphBlocks(...args)) yield* block;
}
