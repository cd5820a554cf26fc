// **rdf-files** — each page's own RDF (full profile): an entity's triples with its statement, reference
// and value nodes and its document node (`<base>data/<id>`), as Turtle, N-Triples and JSON-LD. Shared
// nodes (a reference cited by two entities) are written in each entity's files, so every file stands
// alone; the union of all files (entities, sources, concepts and dataset.*) is the full dump.
import type { Quad } from '@rdfjs/types';
import type { Claim } from '../graph/claim.js';
import { conceptQuads, type LocalConcept } from '../graph/concept-nodes.js';
import { headerQuads } from '../graph/build.js';
import type { GraphContext } from '../graph/context.js';
import { groupBySubject } from '../graph/group-by-subject.js';
import { entityQuads } from '../graph/render-entity.js';
import { sourceLinks } from '../graph/source-claims.js';
import type { AnyEntity } from '../model/entity.js';
import { blockFormat } from '../serialize/block-formats.js';
import { datasetPrefixes, usedPrefixes } from '../serialize/prefixes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { RDF_FILES } from './pages/layout.js';

/** An entity's quads as its own file holds them; `claims` are its own and derived ones. */
export function entityFileQuads(ctx: GraphContext, entity: AnyEntity, claims: Claim[]): Quad[] {
  const quads = entityQuads(ctx, entity, claims, new Set());
  return entity.kind === 'source' ? groupBySubject([...quads, ...sourceLinks(quads[0]!.subject.value, entity)]) : quads;
}

/** A concept's quads: its type, labels and "subclass of" statement, without its broader concept's. */
export const conceptFileQuads = (ctx: GraphContext, iri: string, concept: LocalConcept): Quad[] => conceptQuads(ctx, iri, concept, new Set());

/** What belongs to no page: the dataset node, the dump node, the property entities (the first three
 *  blocks of the dump's header; sources follow and have pages), and the concepts outside the base. */
export function datasetFileQuads(ctx: GraphContext, outsideConcepts: [string, LocalConcept][]): Quad[] {
  const header = [...headerQuads(ctx, new Set())].slice(0, 3).flat();
  return [...header, ...outsideConcepts.flatMap(([iri, c]) => conceptQuads(ctx, iri, c, new Set()))];
}

/** The file texts, by extension (ttl, nt, jsonld), each with only the prefixes it uses. */
export function rdfFiles(ctx: GraphContext, quads: Quad[]): { extension: string; text: string }[] {
  const prefixes = usedPrefixes(quads, { ...NAMESPACES, ...datasetPrefixes(ctx.base) });
  return RDF_FILES.map(({ extension }) => {
    const format = blockFormat(extension, { prefixes });
    return { extension, text: format.header() + format.block(quads, true) + format.footer() };
  });
}
