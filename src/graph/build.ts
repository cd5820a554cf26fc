// **build** — a dataset → its RDF graph, in a deterministic order: the dataset node, sources,
// entities in input order (each with its statements, then new shared nodes), then the local
// concepts the graph used.
import type { Quad } from '@rdfjs/types';
import type { Dataset } from '../model/dataset.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { collectConcepts, conceptsQuads, localConcepts } from './concept-nodes.js';
import { createContext, datasetIri, entityIri, type GraphContext, type GraphOptions } from './context.js';
import { deriveClaims } from './derive.js';
import type { Written } from './render-claims.js';
import { entityQuads, termQuads } from './render-entity.js';
import { groupBySubject } from './group-by-subject.js';
import { propertyEntitiesQuads } from './property-entities.js';
import { dateTime, dumpQuads } from './entity-data.js';
import { sourceClaims, sourceLinks } from './source-claims.js';
import { statementClaims } from './to-claims.js';
import { langString, node, RDF_TYPE, triple } from './terms.js';

/** The dataset's quads, generated lazily. Same input and options, same quads in the same order. */
export function* graphQuads(dataset: Dataset, options: GraphOptions = {}): Generator<Quad> {
  const ctx = createContext(dataset, options);
  const written: Written = new Set();
  const concepts = localConcepts(ctx);
  const used = new Set<string>();
  for (const block of headerQuads(ctx, written)) yield* block;
  const derived = deriveClaims(ctx, dataset.entities);
  for (const entity of dataset.entities) {
    // One entity's block is grouped by subject, so streaming writers can nest it without buffering more.
    const block = entityQuads(ctx, entity, [...statementClaims(ctx, entity), ...(derived.get(entity.id) ?? [])], written);
    collectConcepts(block, concepts, used);
    yield* block;
  }
  yield* conceptsQuads(ctx, used, written);
}

/** All quads of the dataset in an array. */
export function buildGraph(dataset: Dataset, options: GraphOptions = {}): Quad[] {
  return [...graphQuads(dataset, options)];
}

/** The dataset node, the properties, then each source as an entity. */
export function* headerQuads(ctx: GraphContext, written: Written): Generator<Quad[]> {
  yield [...datasetNode(ctx)];
  yield dumpQuads(ctx);
  yield propertyEntitiesQuads(ctx);
  for (const source of ctx.manifest.sources) {
    yield groupBySubject([...entityQuads(ctx, source, sourceClaims(ctx, source), written), ...sourceLinks(entityIri(ctx, source), source)]);
  }
}

function* datasetNode(ctx: GraphContext): Generator<Quad> {
  const { manifest } = ctx;
  const d = datasetIri(ctx);
  const n = NAMESPACES;
  yield triple(d, RDF_TYPE, node(n.schema + 'Dataset'));
  yield* termQuads(d, manifest.title, manifest.description, {});
  yield triple(d, n.cc + 'license', node(manifest.license));
  if (ctx.modified?.dump !== undefined) yield triple(d, n.schema + 'dateModified', dateTime(ctx.modified.dump));
  yield triple(d, n.schema + 'license', node(manifest.license));
  for (const source of manifest.sources) yield triple(d, n.schema + 'isBasedOn', node(entityIri(ctx, source)));
}
