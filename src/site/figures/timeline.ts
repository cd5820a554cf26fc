// **timeline** — a life on a time axis as SVG: one band per kind of event (timeline-tracks.ts), spans
// as bars, points as marks, uncertain dates as their range, bounds as brackets, contested dates with
// every reading, birth and death framing the life. Each mark links to its event's page.
import type { DateReading } from './dates.js';
import type { Life, LifeEvent } from './life.js';
import { frame, line, link, num, rect, text, textWidth, esc, langAttr, type Href } from './svg.js';
import { axisFor, CONTESTED_NOTE, FONT, isSpan, placeEvents, withinLife, type Axis, type Piece, type PlacedEvent } from './timeline-layout.js';
import { TRACKS } from './timeline-tracks.js';

export interface TimelineOptions {
  /** Link to an entity's page, relative to the page the figure is on. */
  href: Href;
  /** The svg element's id, unique on the page. Defaults to `timeline-<person id>`. */
  id?: string;
  /** The viewBox width in user units. Defaults to 1200. */
  width?: number;
  /** The language of the figure's own words. Defaults to `en`. */
  lang?: string;
}

const LANE = 17;
const BAR = 10;
const HEAD = 18;
const TOP = 26;

/** The timeline of a life, or undefined when no event is dated. */
export function timelineSvg(given: Life, options: TimelineOptions): string | undefined {
  if (!given.events.length) return undefined;
  const life = withinLife(given);
  const width = options.width ?? 1200;
  const lang = options.lang ?? 'en';
  const axis = axisFor(life, 12, width - 12);
  const placed = placeEvents(life, axis);
  const backgrounds: string[] = [];
  const bands: string[] = [];
  let y = TOP;
  for (const track of TRACKS) {
    const members = placed.filter((p) => p.track === track);
    if (!members.length) continue;
    const rows = Math.max(...members.map((p) => p.lane)) + 1;
    backgrounds.push(rect(axis.left, y, axis.right - axis.left, HEAD + rows * LANE, 'tl-band-bg'));
    bands.push(`<g class="tl-band tl-${track.key}">${text(axis.left + 4, y + 13, track.title, { className: 'tl-band-title' })}`
      + members.map((p) => eventMark(p, axis, y + HEAD + p.lane * LANE, options.href, lang)).join('') + '</g>');
    y += HEAD + rows * LANE + 6;
  }
  const bottom = y;
  // Back to front: band backgrounds, the time outside the life, the grid, birth and death, the marks.
  const body = backgrounds.join('') + lifeFrame(life, axis, bottom) + ticks(axis, bottom) + bands.join('') + legend(axis, bottom + 22);
  return frame({
    id: options.id ?? `timeline-${life.person.id}`, className: 'll-timeline', width, height: bottom + 22 + legendRows(axis) * LEGEND_ROW, lang,
    title: `Timeline of the life of ${life.person.label.text}`, desc: describe(life, placed, axis), body,
  });
}

function eventMark(p: PlacedEvent, axis: Axis, y: number, href: Href, lang: string): string {
  const cy = y + LANE / 2;
  const marks = p.pieces.map((piece) => pieceMark(piece, axis, cy)).join('');
  const note = p.contested ? `<tspan class="tl-contested-note">${esc(CONTESTED_NOTE)}</tspan>` : '';
  const anchor = p.anchor === 'end' ? ' text-anchor="end"' : '';
  const label = `<text x="${num(p.labelX)}" y="${num(cy + 4)}"${anchor} class="tl-label"${langAttr(p.event.label, lang)}>${esc(p.label)}${note}</text>`;
  const cls = `tl-event${isSpan(p.event) ? ' tl-span' : ' tl-point'}${p.contested ? ' tl-contested' : ''}`;
  return link(href(p.event.id), tooltip(p.event), marks + label, cls);
}

function pieceMark(piece: Piece, axis: Axis, cy: number): string {
  const x1 = axis.x(piece.from);
  const w = axis.x(piece.to) - x1;
  switch (piece.kind) {
    case 'bar': return rect(x1, cy - BAR / 2, w, BAR, 'tl-bar');
    case 'range': return rect(x1, cy - BAR / 2, Math.max(w, 2), BAR, 'tl-range', 2);
    case 'dot': return `<circle cx="${num(x1 + w / 2)}" cy="${num(cy)}" r="4" class="tl-dot"/>`;
    case 'open': return line(x1, cy, x1 + w, cy, 'tl-open');
    case 'bounds': return `<path d="M${num(x1)} ${num(cy + 3)}v5H${num(x1 + w)}v-5" class="tl-bounds"/>`;
    case 'alt': return rect(x1, cy - BAR / 2, Math.max(w, 2), BAR, 'tl-alt', 2);
    case 'alt-deprecated': return rect(x1, cy - BAR / 2, Math.max(w, 2), BAR, 'tl-alt tl-deprecated', 2);
  }
}

const readingText = (r: DateReading) => `${r.text} (${r.rank})`;

/** The link's name: what, when (every reading where the sources differ), where, in which role. */
export function tooltip(e: LifeEvent): string {
  const field = (name: string, readings: DateReading[]) =>
    readings.length > 1 ? `${name} contested: ${readings.map(readingText).join(' / ')}` : readings[0] ? `${name} ${readings[0].text}` : '';
  const when = [field('date', e.date), field('from', e.start), field('to', e.end)].filter(Boolean).join('; ');
  const where = e.places.length ? `; in ${e.places.map((p) => p.text).join(', ')}` : '';
  return `${e.label.text} (${e.typeLabel}${e.role ? `, as ${e.role}` : ''}): ${when}${where}`;
}

/** Birth and death as lines through every band, and the time outside the life shaded. */
function lifeFrame(life: Life, axis: Axis, bottom: number): string {
  const birth = life.events.find((e) => e.type === 'birth' && !e.role)?.date[0];
  const death = life.events.find((e) => e.type === 'death' && !e.role)?.date[0];
  const parts: string[] = [];
  if (birth) parts.push(rect(axis.left, TOP, axis.x(birth.from) - axis.left, bottom - TOP, 'tl-outside'));
  if (death) parts.push(rect(axis.x(death.to), TOP, axis.right - axis.x(death.to), bottom - TOP, 'tl-outside'));
  if (birth) parts.push(line(axis.x(birth.from), TOP - 6, axis.x(birth.from), bottom, 'tl-frame'));
  if (death) parts.push(line(axis.x(death.to), TOP - 6, axis.x(death.to), bottom, 'tl-frame'));
  return parts.join('');
}

function ticks(axis: Axis, bottom: number): string {
  const out: string[] = [];
  for (let year = axis.lo; year <= axis.hi; year += axis.step) {
    const x = axis.x(year);
    const anchor = year === axis.lo ? 'start' : year === axis.hi ? 'end' : 'middle';
    out.push(line(x, TOP - 4, x, bottom, 'tl-grid'), text(x, TOP - 10, String(year), { className: 'tl-tick', anchor }));
  }
  return `<g class="tl-axis" aria-hidden="true">${out.join('')}</g>`;
}

const LEGEND_ROW = 18;

/** How many rows the legend takes at a width. */
function legendRows(axis: Axis): number {
  let rows = 1;
  let x = axis.left;
  for (const words of LEGEND_WORDS) {
    const width = 24 + textWidth(words, FONT) + 18;
    if (x > axis.left && x + width > axis.right) [x, rows] = [axis.left, rows + 1];
    x += width;
  }
  return rows;
}

const LEGEND_WORDS = ['span between known dates', 'date known only to the month, year or decade: its whole range', 'earliest and latest bounds', 'another source\u2019s date (contested)', 'birth and death'];

/** What each kind of mark means, in rows under the axis. */
function legend(axis: Axis, y: number): string {
  const marks = [rect(0, -5, 18, BAR, 'tl-bar'), rect(0, -5, 18, BAR, 'tl-range', 2), `<path d="M0 0v5H18v-5" class="tl-bounds"/>`,
    rect(0, -5, 18, BAR, 'tl-alt', 2), line(9, -8, 9, 8, 'tl-frame')];
  const entries = LEGEND_WORDS.map((words, i) => [marks[i]!, words] as const);
  let x = axis.left;
  let row = y;
  const out = entries.map(([mark, words]) => {
    const width = 24 + textWidth(words, FONT) + 18;
    if (x > axis.left && x + width > axis.right) [x, row] = [axis.left, row + LEGEND_ROW];
    const item = `<g transform="translate(${num(x)} ${num(row)})">${mark}${text(24, 4, words, { className: 'tl-legend' })}</g>`;
    x += width;
    return item;
  });
  return `<g class="tl-key">${out.join('')}</g>`;
}

function describe(life: Life, placed: PlacedEvent[], axis: Axis): string {
  const name = life.person.label.text;
  const birth = life.events.find((e) => e.type === 'birth' && !e.role)?.date[0];
  const death = life.events.find((e) => e.type === 'death' && !e.role)?.date[0];
  const bands = TRACKS.map((t) => [t.title, placed.filter((p) => p.track === t).length] as const).filter(([, n]) => n > 0);
  const contested = placed.filter((p) => p.contested).map((p) => tooltip(p.event));
  return [
    `${life.events.length} events in the life of ${name}, on a time axis from ${axis.lo} to ${axis.hi}.`,
    birth ? `Born ${birth.text}.` : '', death ? `Died ${death.text}.` : '',
    `Bands: ${bands.map(([title, n]) => `${title} (${n})`).join(', ')}.`,
    contested.length ? `Contested dates: ${contested.join(' | ')}.` : '',
  ].filter(Boolean).join(' ');
}
