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
import { DERIVED_PROPERTIES, eventClaims } from './derive.js';
import { RDF_TYPE, termKey } from './terms.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P } from '../vocab/properties.js';
import { claimQuads, type Written } from './render-claims.js';
import { entityQuads, statementCounts } from './render-entity.js';
import { documentQuads } from './entity-data.js';
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

/** An index of entity facts; one that knows which entities events name (a FactsTable) lets every
 *  other entity's document node be written in its own block. */
export type FactsIndex = { get(id: string): EntityFacts | undefined; receivesDerived?(id: string): boolean };

/** Blocks of quads: the dataset header, one block per entity, then the local concepts used and the
 *  document nodes of the entities that events give statements to (their count is known only now). */
export async function* streamGraphBlocks(manifest: Manifest, entities: AsyncIterable<Entity> | Iterable<Entity>, index: FactsIndex, options: StreamOptions = {}): AsyncGenerator<Quad[]> {
  const ctx = createStreamContext(manifest, index, options);
  const written: Written = new BoundedSet(options.rememberNodes ?? 200_000);
  const concepts = localConcepts(ctx);
  const used = new Set<string>();
  const counts = new PendingCounts(index);
  yield* headerQuads(ctx, written);
  for await (const entity of entities) {
    const block = entityBlock(ctx, entity, written, counts);
    collectConcepts(block, concepts, used);
    yield block;
  }
  const tail = [...conceptsQuads(ctx, used, written), ...counts.documents(ctx)];
  if (tail.length) yield tail;
}

/** Statement counts of the entities whose document waits for the end of the stream. */
export class PendingCounts {
  readonly entities = new Map<string, PendingCount>();

  constructor(private readonly index: FactsIndex) {}

  /** Whether the entity's document must wait: some event may still add statements to it. */
  waits(id: string): boolean {
    return this.index.receivesDerived?.(id) ?? true;
  }

  add(id: string, iri: string | undefined, statements: number, identifiers = 0): void {
    const entry = this.entities.get(id);
    if (entry) {
      entry.statements += statements;
      entry.identifiers += identifiers;
      if (iri) entry.iri = iri;
    } else this.entities.set(id, { iri: iri ?? '', statements, identifiers });
  }

  /** The waiting document nodes, in id order. */
  documents(ctx: GraphContext): Quad[] {
    return documentsOf(ctx, this.entities);
  }
}

/** An entity's statement counts so far, from its own block and the events that give it statements. */
export interface PendingCount {
  iri: string;
  statements: number;
  /** Its identifier statements: only its own block has them (events derive no identifiers). */
  identifiers: number;
}

export function documentsOf(ctx: GraphContext, entities: ReadonlyMap<string, PendingCount>): Quad[] {
  return [...entities.keys()].sort().flatMap((id) => {
    const { iri, statements, identifiers } = entities.get(id)!;
    if (!iri) return []; // events named it, but it is not an entity of the input
    const { document, onEntity } = documentQuads(ctx, id, iri, { statements, identifiers });
    return [...onEntity, ...document];
  });
}

/** One entity's quads; for an event, followed by what it derives on its subjects. Grouped by subject.
 *  A derivable direct claim (DERIVABLE) met in an earlier block is left out: two events, or an event and
 *  a typed field, can give a subject the same fact, which the in-memory build writes once. */
export function entityBlock(ctx: GraphContext, entity: Entity, written: Written, counts: PendingCounts): Quad[] {
  const claims = statementClaims(ctx, entity);
  const waits = counts.waits(entity.id);
  const quads = entityQuads(ctx, entity, claims, written, !waits);
  if (waits) {
    const own = statementCounts(claims);
    counts.add(entity.id, entityIri(ctx, entity), own.statements + 1, own.identifiers); // and instance of (render-entity.ts)
  }
  if (entity.kind !== 'event') return claims.length ? unseen(quads, written) : quads;
  for (const [id, derived] of eventClaims(ctx, entity)) {
    const found = ctx.resolve(id);
    const subject = entityIri(ctx, found?.type === 'entity' ? found.entity : { id });
    for (const q of claimQuads(ctx, id, subject, derived, written)) quads.push(q);
    counts.add(id, undefined, derived.length);
  }
  return unseen(quads, written);
}

/** Direct claims that two blocks can both write: the facts events derive, and their "no value" classes. */
const DERIVABLE: ReadonlySet<string> = new Set(DERIVED_PROPERTIES.map((name) => NAMESPACES.wdt + P[name]));
const DERIVABLE_NOVALUE: ReadonlySet<string> = new Set(DERIVED_PROPERTIES.map((name) => NAMESPACES.wdno + P[name]));

/** Whether a triple is a derivable fact, which another block may write too. */
export const isDerivable = (q: Quad) =>
  DERIVABLE.has(q.predicate.value) || (q.predicate.value === RDF_TYPE && DERIVABLE_NOVALUE.has(q.object.value));

/** The key a derivable direct claim is remembered by among written nodes. */
export const claimKey = (q: Quad) => `${q.subject.value}\u0000${q.predicate.value}\u0000${termKey(q.object)}`;

function unseen(quads: Quad[], written: Written): Quad[] {
  return quads.filter((q) => {
    if (!isDerivable(q)) return true;
    const key = claimKey(q);
    return written.has(key) ? false : (written.add(key), true);
  });
}


/** The same, flattened to single quads. */
export async function* streamGraphQuads(...args: Parameters<typeof streamGraphBlocks>): AsyncGenerator<Quad> {
  for await (const block of streamGraphBlocks(...args)) yield* block;
}
