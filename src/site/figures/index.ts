// **figures** — the SVG figures of the site, drawn at build time: a life's timeline, a person's
// relations, the map of a life's places. Each is an input builder over a FigureSource (a loaded
// dataset or a streaming build's index) and a pure drawing function from that input to markup.
export { figureSource, type FigureSource } from './source.js';
export type { Href, Label } from './svg.js';
export { lifeOf, type Life, type LifeEvent } from './life.js';
export type { DateReading } from './dates.js';
export { timelineSvg, type TimelineOptions } from './timeline.js';
export { relationsOf, type Relations, type RelationGroup, type RelationMember } from './relations.js';
export { relationsSvg, type RelationsOptions } from './relations-graph.js';
export { lifePlacesOf, type LifePlaces, type MapPlace } from './places.js';
export { mapSvg, type MapOptions } from './map.js';
export { FIGURE_CSS } from './style.js';
