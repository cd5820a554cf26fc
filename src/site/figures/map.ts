// **map** — where a life happened, as SVG: the places on a latitude / longitude grid drawn here
// (an equirectangular projection, stretched by the cosine of the middle latitude so that distances
// look right in Europe; no coastlines, no tiles, nothing fetched), each place a link to its page,
// labels placed where they touch no other label or point.
import type { LifePlaces, MapPlace } from './places.js';
import { esc, frame, langAttr, line, link, num, rect, text, textWidth, type Href } from './svg.js';

export interface MapOptions {
  href: Href;
  /** The svg element's id, unique on the page. Defaults to `map-<person id>`. */
  id?: string;
  /** The language of the figure's own words. Defaults to `en`. */
  lang?: string;
}

const W = 800;
const MARGIN = 40;
const MAX_H = 600;
const MIN_H = 260;
const FONT = 11;
const STEPS = [0.5, 1, 2, 5, 10, 15, 30, 45];

type Box = { x1: number; y1: number; x2: number; y2: number };

interface Projection {
  x(lon: number): number;
  y(lat: number): number;
  west: number; east: number; south: number; north: number;
  height: number;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** A projection that holds every place with some room around, filling the figure's width. */
export function projectionFor(places: MapPlace[]): Projection {
  const lons = places.map((p) => wrap(p.longitude));
  const lats = places.map((p) => p.latitude);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const stretch = Math.max(Math.cos((midLat * Math.PI) / 180), 0.2);
  const spanLon = Math.max(Math.max(...lons) - Math.min(...lons), 6) * 1.3;
  const spanLat = Math.max(Math.max(...lats) - Math.min(...lats), 4) * 1.3;
  const k = Math.min((W - 2 * MARGIN) / (spanLon * stretch), (MAX_H - 2 * MARGIN) / spanLat);
  const height = Math.max(MIN_H, spanLat * k + 2 * MARGIN);
  const midLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const halfLon = (W - 2 * MARGIN) / (2 * k * stretch);
  const halfLat = (height - 2 * MARGIN) / (2 * k);
  return {
    x: (lon) => W / 2 + (wrap(lon) - midLon) * k * stretch,
    y: (lat) => height / 2 - (lat - midLat) * k,
    west: midLon - halfLon, east: midLon + halfLon, south: midLat - halfLat, north: midLat + halfLat, height,
  };
}

const degrees = (v: number, pos: string, neg: string) => `${num(Math.abs(v))}°${v >= 0 ? pos : neg}`;

function graticule(p: Projection): string {
  const step = STEPS.find((s) => (p.east - p.west) / s <= 8) ?? 60;
  const out: string[] = [rect(MARGIN, MARGIN, W - 2 * MARGIN, p.height - 2 * MARGIN, 'map-sea')];
  for (let lon = Math.ceil(p.west / step) * step; lon <= p.east; lon += step) {
    out.push(line(p.x(lon), MARGIN, p.x(lon), p.height - MARGIN, 'map-grid'), text(p.x(lon), p.height - MARGIN + 14, degrees(lon, 'E', 'W'), { className: 'map-grid-label', anchor: 'middle' }));
  }
  for (let lat = Math.ceil(p.south / step) * step; lat <= p.north; lat += step) {
    out.push(line(MARGIN, p.y(lat), W - MARGIN, p.y(lat), 'map-grid'), text(MARGIN - 4, p.y(lat) + 4, degrees(lat, 'N', 'S'), { className: 'map-grid-label', anchor: 'end' }));
  }
  return `<g class="map-graticule" aria-hidden="true">${out.join('')}</g>`;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A label block's position: right, left, above or below its point, the first that touches nothing. */
function placeLabel(x: number, y: number, width: number, height: number, taken: Box[]): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  const options = [
    { x: x + 8, y: y + 4, anchor: 'start' as const, box: { x1: x + 8, y1: y - 8, x2: x + 8 + width, y2: y - 8 + height } },
    { x: x - 8, y: y + 4, anchor: 'end' as const, box: { x1: x - 8 - width, y1: y - 8, x2: x - 8, y2: y - 8 + height } },
    { x, y: y - 6 - height + 12, anchor: 'middle' as const, box: { x1: x - width / 2, y1: y - 8 - height, x2: x + width / 2, y2: y - 8 } },
    { x, y: y + 19, anchor: 'middle' as const, box: { x1: x - width / 2, y1: y + 7, x2: x + width / 2, y2: y + 7 + height } },
  ];
  const free = options.find((o) => o.box.x1 >= 2 && o.box.x2 <= W - 2 && !taken.some((t) => overlaps(t, o.box))) ?? options[0]!;
  taken.push(free.box);
  return free;
}

const LINE = 14;

/** The map of a life's places, or undefined when no place has coordinates. */
export function mapSvg(life: LifePlaces, options: MapOptions): string | undefined {
  if (!life.places.length) return undefined;
  const lang = options.lang ?? 'en';
  const p = projectionFor(life.places);
  // Most events first, so the places that matter most get the best label positions. Places at the
  // same point (a prison drawn at its town) share one mark and list their names under each other.
  const order = [...life.places].sort((a, b) => b.events.length - a.events.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stacks = new Map<string, MapPlace[]>();
  for (const pl of order) {
    const key = `${num(p.x(pl.longitude))},${num(p.y(pl.latitude))}`;
    stacks.set(key, [...(stacks.get(key) ?? []), pl]);
  }
  const taken: Box[] = [...stacks.values()].map(([pl]) => ({ x1: p.x(pl!.longitude) - 6, y1: p.y(pl!.latitude) - 6, x2: p.x(pl!.longitude) + 6, y2: p.y(pl!.latitude) + 6 }));
  const marks = [...stacks.values()].map((stack) => stackMarks(stack, p, taken, options.href, lang)).join('');
  return frame({
    id: options.id ?? `map-${life.person.id}`, className: 'll-map', width: W, height: p.height, lang,
    title: `Places in the life of ${life.person.label.text}`, desc: describe(life), body: graticule(p) + marks,
  });
}

function stackMarks(stack: MapPlace[], p: Projection, taken: Box[], href: Href, lang: string): string {
  const first = stack[0]!;
  const x = p.x(first.longitude);
  const y = p.y(first.latitude);
  const events = stack.reduce((n, pl) => n + pl.events.length, 0);
  const r = 3 + Math.min(4, Math.sqrt(events));
  const at = placeLabel(x, y, Math.max(...stack.map((pl) => textWidth(pl.label.text, FONT))), stack.length * LINE, taken);
  const anchor = at.anchor === 'start' ? '' : ` text-anchor="${at.anchor}"`;
  const point = link(href(first.id), placeSays(first), `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" class="map-point"/>`, 'map-place');
  const labels = stack.map((pl, i) => link(href(pl.id), placeSays(pl),
    `<text x="${num(at.x)}" y="${num(at.y + i * LINE)}"${anchor} class="map-label"${langAttr(pl.label, lang)}>${esc(pl.label.text)}</text>`, 'map-place'));
  return point + labels.join('');
}

function placeSays(pl: MapPlace): string {
  const where = `${degrees(pl.latitude, 'N', 'S')} ${degrees(pl.longitude, 'E', 'W')}${pl.via ? `, the coordinates of ${pl.via.label.text}` : ''}`;
  return `${pl.label.text} (${where}): ${pl.events.map((e) => e.label.text).join('; ')}`;
}

function describe(life: LifePlaces): string {
  const shown = life.places.map(placeSays).join('. ');
  const unplaced = life.unplaced.length ? ` Not on the map, for want of coordinates: ${life.unplaced.map((l) => l.text).join(', ')}.` : '';
  return `${life.places.length} places of the life of ${life.person.label.text} on a grid of latitude and longitude. ${shown}.${unplaced}`;
}
