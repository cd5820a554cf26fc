// **figure-slot** — a person's figures, drawn at build time by src/site/figures/: the timeline of the
// life. Only where the build holds the entities (figures read the events of a life and their places);
// a streaming build leaves the slot out.
import type { AnyEntity } from '../../model/entity.js';
import { lifeOf } from '../figures/life.js';
import { timelineSvg } from '../figures/timeline.js';
import { html, trusted, type Html } from '../html.js';
import { relative } from '../paths.js';
import type { PageContext } from './page-context.js';

export function personFigures(page: PageContext, person: AnyEntity): Html | '' {
  if (!page.figures) return '';
  const href = (id: string) => relative(page.depth, `entity/${id}.html`);
  const life = lifeOf(page.figures, person.id);
  const timeline = life && timelineSvg(life, { href });
  if (!timeline) return '';
  // The SVG is our own code's output, its texts escaped there (figures/svg.ts).
  return html`
<section class="figures" id="figures"><h2>Timeline</h2>
<div class="ll-figure-scroll">${trusted(timeline)}</div>
</section>`;
}
