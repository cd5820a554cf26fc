// **page-context** — what rendering one page needs: the graph context, the site index, the concepts,
// and how deep the page sits below the site's root (for relative links).
import type { LocalConcept } from '../../graph/concept-nodes.js';
import type { GraphContext } from '../../graph/context.js';
import type { FigureSource } from '../figures/source.js';
import type { SiteIndex } from '../site-index.js';

export interface PageContext {
  ctx: GraphContext;
  index: SiteIndex;
  /** Concepts and labelled Wikidata items by IRI (graph/concept-nodes.ts). */
  concepts: ReadonlyMap<string, LocalConcept>;
  /** Folders between the page and the site's root: 1 for entity/…, 0 for index.html. */
  depth: number;
  /** What the figures are drawn from: the in-memory build has it; a streaming build draws none. */
  figures?: FigureSource;
  /** The claims are a source's own metadata (title, authors): they cite nothing and need not say so. */
  metadata?: boolean;
}
