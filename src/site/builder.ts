// **builder** — writes the pages and RDF files of a site, one entity at a time, then what needs all of
// them: source pages (the claims citing each source), concept pages, the dataset's own RDF, the index
// with its lists and search index, the stylesheet. Used by the in-memory and the streaming build alike.
import { collectConcepts, localConcepts, type LocalConcept } from '../graph/concept-nodes.js';
import type { GraphContext } from '../graph/context.js';
import { withInstanceOf } from '../graph/render-entity.js';
import { sourceClaims } from '../graph/source-claims.js';
import type { Entity } from '../model/entity.js';
import type { Source } from '../model/source.js';
import type { ShardInfo } from '../output/shard.js';
import type { FigureSource } from './figures/source.js';
import type { Html } from './html.js';
import { Citations } from './pages/citations.js';
import { conceptPageHtml } from './pages/concept-page.js';
import { entityPageHtml } from './pages/entity-page.js';
import { indexPageHtml, LIST_PAGE_SIZE, listPageHtml, type KindList } from './pages/index-page.js';
import type { PageContext } from './pages/page-context.js';
import { propertyGroups } from './pages/claims.js';
import { sourcePageHtml } from './pages/source-page.js';
import { conceptPath, entityPath, sitePathOf } from './paths.js';
import { conceptFileQuads, datasetFileQuads, entityFileQuads, rdfFiles } from './rdf-files.js';
import { HTACCESS } from './server-rules.js';
import { SEARCH_JS, searchIndexJson, type SearchEntry } from './search.js';
import type { Kind, Name, SiteIndex } from './site-index.js';
import type { SiteFiles } from './site-files.js';
import { STYLE_CSS } from './style.js';
import type { Quad } from '@rdfjs/types';
import { KIND_NAMES } from './pages/entity-page.js';

const KIND_ORDER: Kind[] = ['person', 'work', 'event', 'place', 'organization', 'source'];

export class SiteBuilder {
  private readonly citations = new Citations();
  private readonly concepts: Map<string, LocalConcept>;
  private readonly used = new Set<string>();
  private readonly search: SearchEntry[] = [];
  pages = 0;

  constructor(private readonly ctx: GraphContext, private readonly index: SiteIndex, private readonly files: SiteFiles, private readonly figures?: FigureSource) {
    this.concepts = localConcepts(ctx);
  }

  private page(depth: number): PageContext {
    return { ctx: this.ctx, index: this.index, concepts: this.concepts, depth, ...(this.figures && { figures: this.figures }) };
  }

  /** An entity's page and RDF files; notes the sources it cites and the concepts it uses. */
  async entity(entity: Entity): Promise<void> {
    const page = this.page(1);
    const claims = this.index.claimsOf(entity);
    this.citations.add(page, entity.id, propertyGroups(page, entity.id, withInstanceOf(this.ctx, entity, claims)).flatMap((g) => g.claims));
    const quads = entityFileQuads(this.ctx, entity, claims);
    collectConcepts(quads, this.concepts, this.used);
    await this.write(entityPath(entity.id), entityPageHtml(page, entity, claims), quads);
    this.search.push([`${entityPath(entity.id)}.html`, this.index.names.get(entity.id)!.label, KIND_NAMES[entity.kind][0].toLowerCase(), Object.values(entity.aliases).flat().join(' · ')]);
  }

  /** A source's page, with every claim that cites it: after all entities. */
  async source(source: Source): Promise<void> {
    const quads = entityFileQuads(this.ctx, source, sourceClaims(this.ctx, source));
    await this.write(entityPath(source.id), sourcePageHtml(this.page(1), source, this.citations), quads);
    this.search.push([`${entityPath(source.id)}.html`, this.index.names.get(source.id)!.label, 'source', '']);
  }

  /** Concept pages, the dataset's RDF, the index and list pages, search and style. */
  async finish(downloads: ShardInfo[], mapFigure: Html | '' = ''): Promise<void> {
    const outside: [string, LocalConcept][] = [];
    for (const iri of this.conceptClosure()) {
      const concept = this.concepts.get(iri)!;
      const path = sitePathOf(iri, this.ctx.base);
      if (!path) {
        outside.push([iri, concept]);
        continue;
      }
      const group = this.ctx.manifest.concepts[concept.key]?.group;
      await this.write(conceptPath(concept.key), conceptPageHtml(this.page(1), iri, concept, group), conceptFileQuads(this.ctx, iri, concept));
    }
    for (const { extension, text } of rdfFiles(this.ctx, datasetFileQuads(this.ctx, outside))) await this.files.write(`dataset.${extension}`, text);
    const lists = await this.lists();
    await this.files.write('index.html', indexPageHtml(this.ctx.manifest, lists, downloads, mapFigure));
    await this.files.write('style.css', STYLE_CSS);
    await this.files.write('.htaccess', HTACCESS);
    await this.files.write('search.js', SEARCH_JS);
    await this.files.write('search-index.json', searchIndexJson(this.search));
  }

  /** The used concepts and those above them, in IRI order (as the dump describes them). */
  private conceptClosure(): string[] {
    const all = new Set<string>();
    const add = (iri: string) => {
      const concept = this.concepts.get(iri);
      if (!concept || all.has(iri)) return;
      all.add(iri);
      if (concept.broader) add(concept.broader);
    };
    for (const iri of this.used) add(iri);
    return [...all].sort();
  }

  /** Entities by kind, sorted by name; kinds longer than a page get list pages of their own. */
  private async lists(): Promise<KindList[]> {
    const byKind = new Map<Kind, [string, Name][]>();
    for (const entry of this.index.names) byKind.set(entry[1].kind, [...(byKind.get(entry[1].kind) ?? []), entry]);
    const lists: KindList[] = [];
    for (const kind of KIND_ORDER) {
      const entries = byKind.get(kind);
      if (!entries) continue;
      entries.sort(([a, x], [b, y]) => compare(x.label.toLowerCase(), y.label.toLowerCase()) || compare(a, b));
      const more: string[] = [];
      for (let start = LIST_PAGE_SIZE, n = 2; start < entries.length; start += LIST_PAGE_SIZE, n++) {
        const file = `list/${kind}-${n}.html`;
        await this.files.write(file, listPageHtml(this.ctx.manifest, kind, n, entries.slice(start, start + LIST_PAGE_SIZE)));
        more.push(file);
      }
      lists.push({ kind, total: entries.length, entries: entries.slice(0, LIST_PAGE_SIZE), more });
    }
    return lists;
  }

  private async write(stem: string, page: string, quads: Quad[]): Promise<void> {
    await this.files.write(`${stem}.html`, page);
    for (const { extension, text } of rdfFiles(this.ctx, quads)) await this.files.write(`${stem}.${extension}`, text);
    this.pages++;
  }
}

/** Code-point order: the same on every machine, unlike a locale's collation. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
