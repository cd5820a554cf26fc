// **context** — the options of one graph build and the IRIs it mints: entities, statements,
// references, values, concepts. Everything here is pure; one context serves one dataset.
import type { Dataset } from '../model/dataset.js';
import type { Manifest } from '../model/manifest.js';
import { createResolver, resolverOf, type EntityFacts, type Resolver } from '../model/resolve.js';
import { conceptIri, isConceptKey } from '../vocab/concepts.js';
import { NAMESPACES, SKOLEM_PATH } from '../vocab/namespaces.js';
import { propertyTable, type PropertyTable } from '../model/property-table.js';
import type { PreferredClaims } from './preferred.js';
import { propertyRefOf, type PropertyRef } from './property.js';

export type Profile = 'truthy' | 'full';

export interface GraphOptions {
  /** `truthy`: wdt: triples of best-rank statements only. `full`: adds statement, reference and value nodes. Defaults to `full`. */
  profile?: Profile;
  /** Overrides the manifest's base IRI. */
  baseIri?: string;
  /** Mint entities that have a verified QID as wd:Q… instead of <base>entity/<id> (+ skos:exactMatch). Defaults to false. */
  mintWikidataIris?: boolean;
  /** When entities last changed (seconds since 1970), for schema:dateModified. Defaults to the
   *  dataset's own (load/modified.ts); without them no modification time is written. */
  modified?: ModifiedOptions;
}

export interface ModifiedOptions {
  of(entityId: string): number | undefined;
  /** The whole dump's. */
  dump?: number;
}

/** A streaming export's times, plain data for worker threads: one for every entity of the input file,
 *  the manifest's own for the sources (`own`), and the dump's. */
export interface StreamTimes {
  entities: number;
  own: Record<string, number>;
  dump: number;
}

export const streamModified = (times: StreamTimes): ModifiedOptions =>
  ({ of: (id) => (Object.hasOwn(times.own, id) ? times.own[id] : times.entities), dump: times.dump });

export interface GraphContext {
  profile: Profile;
  base: string;
  manifest: Manifest;
  resolve: Resolver;
  mintWikidataIris: boolean;
  /** Default quote language per source IRI. */
  sourceLanguage: Map<string, string>;
  /** The properties data may name by key (built in, and the manifest's). */
  properties: PropertyTable;
  /** Streaming: the subjects and properties with a preferred claim in some block (graph/preferred.ts). */
  preferred?: PreferredClaims;
  modified?: ModifiedOptions;
}

export function createContext(dataset: Dataset, options: GraphOptions = {}): GraphContext {
  const { modified, modifiedAt } = dataset;
  const own = modified && { of: (id: string) => modified.get(id), ...(modifiedAt !== undefined && { dump: modifiedAt }) };
  return contextOf(dataset.manifest, createResolver(dataset), { ...(own && { modified: own }), ...options });
}

/** A context for a streaming build: entities are known only through an index of their facts. */
export function createStreamContext(manifest: Manifest, index: { get(id: string): EntityFacts | undefined }, options: GraphOptions & { preferred?: PreferredClaims } = {}): GraphContext {
  const ctx = contextOf(manifest, resolverOf(index, manifest.concepts), options);
  return options.preferred?.size ? { ...ctx, preferred: options.preferred } : ctx;
}

function contextOf(manifest: Manifest, resolve: Resolver, options: GraphOptions): GraphContext {
  const sourceLanguage = new Map(manifest.sources.map((s) => [s.id, s.language]));
  return {
    profile: options.profile ?? 'full', base: options.baseIri ?? manifest.baseIri, manifest, resolve,
    mintWikidataIris: options.mintWikidataIris ?? false, sourceLanguage, properties: propertyTable(manifest),
    ...(options.modified && { modified: options.modified }),
  };
}

/** The property a key of `claims:`, a qualifier or a reference names. Assumes the dataset was checked. */
export function propertyOfKey(ctx: GraphContext, key: string): PropertyRef {
  const info = ctx.properties.get(key);
  if (!info) throw new Error(`unknown property "${key}" (the dataset was not checked)`);
  return propertyRefOf(info, ctx.base);
}

export function entityIri(ctx: GraphContext, entity: Pick<EntityFacts, 'id' | 'qid'>): string {
  return ctx.mintWikidataIris && entity.qid ? NAMESPACES.wd + entity.qid : `${ctx.base}entity/${entity.id}`;
}

export const datasetIri = (ctx: GraphContext) => `${ctx.base}dataset`;
/** The document about one entity, as Wikibase's Special:EntityData/Q42 is about Q42. */
export const documentIri = (ctx: GraphContext, entityId: string) => `${ctx.base}data/${entityId}`;
export const statementIri = (ctx: GraphContext, entityId: string, guid: string) => `${ctx.base}statement/${entityId}-${guid}`;
export const referenceIri = (ctx: GraphContext, hash: string) => `${ctx.base}reference/${hash}`;
export const valueIri = (ctx: GraphContext, hash: string) => `${ctx.base}value/${hash}`;
/** An "unknown value" node: a skolem IRI at the root of the base IRI's host (RFC 8615's well-known
 *  path), as WDQS writes `http://www.wikidata.org/.well-known/genid/<hash>`, so the same tests find it. */
export const skolemIri = (ctx: GraphContext, hash: string) => `${skolemBase(ctx.base)}${hash}`;

const skolemBases = new Map<string, string>();
/** `<scheme>://<host>/.well-known/genid/` of an IRI, as WDQS's generateWellKnownURI. */
export function skolemBase(base: string): string {
  let found = skolemBases.get(base);
  if (!found) {
    found = `${new URL(base).origin}/${SKOLEM_PATH}`;
    if (skolemBases.size < 1000) skolemBases.set(base, found);
  }
  return found;
}

/** The IRI an item reference in the data stands for. Assumes the dataset was checked. */
export function refIri(ctx: GraphContext, ref: string): string {
  const found = ctx.resolve(ref);
  if (!found) throw new Error(`unresolved reference "${ref}" (the dataset was not checked)`);
  if (found.type === 'wikidata') return NAMESPACES.wd + found.qid;
  if (found.type === 'entity') return entityIri(ctx, found.entity);
  // A dataset concept that names its Wikidata item is that item, wherever the data uses it.
  if (found.qid) return NAMESPACES.wd + found.qid;
  return found.builtIn && isConceptKey(found.key) ? conceptIri(found.key) : `${ctx.base}concept/${found.key}`;
}
