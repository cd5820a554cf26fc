// **figure-slot** — a person's figures, drawn at build time by src/site/figures/: the timeline of the
// life, the relations graph and, where places have coordinates, the map. Only where the build holds
// the entities (figures read the events of a life and their places); a streaming build leaves it out.
import type { AnyEntity } from '../../model/entity.js';
import { lifeOf } from '../figures/life.js';
import { mapSvg } from '../figures/map.js';
import { lifePlacesOf } from '../figures/places.js';
import { relationsSvg } from '../figures/relations-graph.js';
import { relationsOf } from '../figures/relations.js';
import { timelineSvg } from '../figures/timeline.js';
import { html, trusted, type Html } from '../html.js';
import { relative } from '../paths.js';
import type { PageContext } from './page-context.js';

export function personFigures(page: PageContext, person: AnyEntity): Html | '' {
  const source = page.figures;
  if (!source) return '';
  const href = (id: string) => relative(page.depth, `entity/${id}.html`);
  const life = lifeOf(source, person.id);
  const relations = relationsOf(source, person.id);
  const places = lifePlacesOf(source, person.id);
  const figures: [string, string, string | undefined][] = [
    ['timeline', 'Timeline', life && timelineSvg(life, { href })],
    ['relations', 'Relations', relations && relationsSvg(relations, { href })],
    ['map', 'Map', places && mapSvg(places, { href })],
  ];
  const drawn = figures.filter((f): f is [string, string, string] => f[2] !== undefined);
  if (!drawn.length) return '';
  // The SVG is our own code's output, its texts escaped there (figures/svg.ts).
  return html`
<section class="figures" id="figures"><h2>The life at a glance</h2>${drawn.map(([id, title, svg]) => html`
<h3 id="figure-${id}">${title}</h3>
<div class="ll-figure-scroll">${trusted(svg)}</div>`)}
</section>`;
}
