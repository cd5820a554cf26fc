// **entity-data** — what Wikibase says about the data rather than the world: a document node per entity
// (`data:Q42 schema:about wd:Q42`, its version and modification time, and the page properties
// wikibase:statements / sitelinks / identifiers), which the WDQS loader copies onto the entity itself,
// where queries look for them (`?item wikibase:statements ?n`); and the `wikibase:Dump` node with the
// dump's modification time, licence and RDF format version (RdfBuilder::addEntityRevisionInfo,
// addEntityPageProps, addDumpHeader; WDQS Munger). We write both the document nodes and the copies.
import type { Quad } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';
import { documentIri, type GraphContext } from './context.js';
import { node, RDF_TYPE, triple, typed, xsd } from './terms.js';

const n = NAMESPACES;
const wb = (local: string) => n.wikibase + local;
const integer = (value: number) => typed(String(value), xsd('integer'));
/** A time in seconds since 1970 as Wikibase writes dateModified: no fraction, Z. */
export const dateTime = (seconds: number) => typed(new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'), xsd('dateTime'));

/** Wikibase's RDF format version, which it writes as the dump's schema:softwareVersion. */
export const RDF_FORMAT_VERSION = '1.0.0';

/** How many statements an entity has, of which how many hold an external identifier. */
export interface StatementCounts {
  statements: number;
  identifiers: number;
}

/** The document node's quads, and the copies on the entity (`onEntity`), apart so that a writer can
 *  keep the entity's triples together. */
export function documentQuads(ctx: GraphContext, entityId: string, entityIri: string, counts: StatementCounts): { document: Quad[]; onEntity: Quad[] } {
  const doc = documentIri(ctx, entityId);
  const modified = ctx.modified?.of(entityId);
  // A file has no revision id; its modification time in seconds grows with every change, as one does.
  const revision = modified === undefined ? [] : [[n.schema + 'version', integer(modified)], [n.schema + 'dateModified', dateTime(modified)]] as const;
  const pageProps = [
    [wb('statements'), integer(counts.statements)],
    [wb('sitelinks'), integer(0)], // a dataset has no wiki pages to link
    [wb('identifiers'), integer(counts.identifiers)],
  ] as const;
  return {
    document: [
      triple(doc, RDF_TYPE, node(n.schema + 'Dataset')),
      triple(doc, n.schema + 'about', node(entityIri)),
      ...[...revision, ...pageProps].map(([p, o]) => triple(doc, p, o)),
    ],
    // Not on an entity minted as wd:Q…: in a store beside Wikidata's data, its own version, dates and
    // counts would stand next to ours as a second value.
    onEntity: entityIri.startsWith(n.wd) ? [] : [...revision, ...pageProps].map(([p, o]) => triple(entityIri, p, o)),
  };
}

/** The `wikibase:Dump` node. */
export function dumpQuads(ctx: GraphContext): Quad[] {
  const dump = wb('Dump');
  const modified = ctx.modified?.dump;
  return [
    triple(dump, RDF_TYPE, node(n.schema + 'Dataset')),
    triple(dump, RDF_TYPE, node(n.owl + 'Ontology')),
    triple(dump, n.cc + 'license', node(ctx.manifest.license)),
    triple(dump, n.schema + 'softwareVersion', typed(RDF_FORMAT_VERSION, n.xsd + 'string')),
    ...(modified === undefined ? [] : [triple(dump, n.schema + 'dateModified', dateTime(modified))]),
    triple(dump, n.owl + 'imports', node('http://wikiba.se/ontology-1.0.owl')),
  ];
}
