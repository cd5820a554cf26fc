// **timeline-layout** — where a life's marks go: the axis (whole ticks around birth, death and every
// reading), each event's pieces in years (a solid bar for the known part of a span, light ranges for
// uncertain dates, brackets for earliest / latest bounds, outlines for other sources' readings), and
// rows within each band so that no two labels touch.
import { highOf, lowOf, type DateReading } from './dates.js';
import { packLanes } from './lanes.js';
import type { Life, LifeEvent } from './life.js';
import { clip, textWidth } from './svg.js';
import { trackOf, TRACKS, type Track } from './timeline-tracks.js';

export const FONT = 11;
const LABEL_CHARS = 40;

export type PieceKind = 'bar' | 'range' | 'dot' | 'open' | 'bounds' | 'alt' | 'alt-deprecated';
export interface Piece {
  kind: PieceKind;
  from: number;
  to: number;
}

export interface Axis {
  lo: number;
  hi: number;
  step: number;
  left: number;
  right: number;
  /** The end of the person's death date, where open-ended spans stop; Infinity without one. */
  lifeEnd: number;
  x(year: number): number;
}

export interface PlacedEvent {
  event: LifeEvent;
  track: Track;
  pieces: Piece[];
  contested: boolean;
  label: string;
  labelX: number;
  anchor: 'start' | 'end';
  lane: number;
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

export function axisFor(life: Life, left: number, right: number): Axis {
  const readings = life.events.flatMap((e) => [...e.date, ...e.start, ...e.end]);
  const min = Math.min(...readings.map(lowOf));
  const max = Math.max(...readings.map(highOf));
  const step = STEPS.find((s) => (max - min) / s <= 12) ?? Math.ceil((max - min) / 12000) * 1000;
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(Math.ceil(max / step) * step, lo + step);
  const death = life.events.find((e) => e.type === 'death' && !e.role)?.date[0];
  return { lo, hi, step, left, right, lifeEnd: death ? highOf(death) : Infinity, x: (year) => left + ((year - lo) / (hi - lo)) * (right - left) };
}

/** Whether the event is a span (a start or an end is given) rather than a point in time. */
export const isSpan = (e: LifeEvent): boolean => e.start.length > 0 || e.end.length > 0;

/** The readings an event is drawn at: start (or date) and end of a span, or the date of a point. */
function primaryReadings(e: LifeEvent): { start?: DateReading; end?: DateReading } {
  if (!isSpan(e)) return { start: e.date[0]! };
  const start = e.start[0] ?? e.date[0];
  return { ...(start && { start }), ...(e.end[0] && { end: e.end[0] }) };
}

/** The pieces of one event, in years: known part, uncertain parts, bounds, other readings. */
export function piecesOf(e: LifeEvent, axis: Axis): Piece[] {
  const pieces: Piece[] = [];
  const { start, end } = primaryReadings(e);
  if (!isSpan(e)) {
    const narrow = axis.x(highOf(start!)) - axis.x(lowOf(start!)) < 5;
    pieces.push({ kind: narrow ? 'dot' : 'range', from: lowOf(start!), to: highOf(start!) });
  } else {
    const tail = (axis.hi - axis.lo) / 40; // how far an open end is drawn: a stub, not a date
    if (start) pieces.push({ kind: 'range', from: lowOf(start), to: highOf(start) });
    if (end) pieces.push({ kind: 'range', from: lowOf(end), to: highOf(end) });
    if (start && end && lowOf(end) > highOf(start)) pieces.push({ kind: 'bar', from: highOf(start), to: lowOf(end) });
    // An open end runs on a little, but not past the death.
    const stop = (from: number) => (from <= axis.lifeEnd ? Math.min(from + tail, axis.lifeEnd) : from + tail);
    if (start && !end && stop(highOf(start)) > highOf(start)) pieces.push({ kind: 'open', from: highOf(start), to: stop(highOf(start)) });
    if (!start && end) pieces.push({ kind: 'open', from: lowOf(end) - tail, to: lowOf(end) });
  }
  for (const r of [start, end]) {
    if (r && (r.earliest !== undefined || r.latest !== undefined)) pieces.push({ kind: 'bounds', from: lowOf(r), to: highOf(r) });
  }
  // Other readings of a contested date, as its sources give them.
  for (const r of [...e.date.slice(1), ...e.start.slice(1), ...e.end.slice(1)]) {
    pieces.push({ kind: r.rank === 'deprecated' ? 'alt-deprecated' : 'alt', from: lowOf(r), to: highOf(r) });
  }
  return pieces;
}

export const isContested = (e: LifeEvent): boolean => e.date.length > 1 || e.start.length > 1 || e.end.length > 1;

type Measured = PlacedEvent & { sides: { labelX: number; anchor: 'start' | 'end'; extent: [number, number] }[] };

/** One event's marks, label, and the sides its label fits on (right of the marks first). */
function measure(event: LifeEvent, axis: Axis, person: string): Measured {
  const pieces = piecesOf(event, axis);
  const contested = isContested(event);
  const dot = pieces[0]!.kind === 'dot' ? 4 : 0;
  const markLeft = Math.min(...pieces.map((p) => axis.x(p.from))) - dot;
  const markRight = Math.max(...pieces.map((p) => axis.x(p.to))) + dot;
  const suffix = contested ? CONTESTED_NOTE : '';
  const room = Math.max(axis.right - markRight, markLeft - axis.left) - 4;
  let label = clip(shortLabel(event.label.text, person), LABEL_CHARS);
  while (textWidth(label + suffix, FONT) > room && label.length > 8) label = clip(label, [...label].length - 2);
  const width = textWidth(label + suffix, FONT);
  const sides: Measured['sides'] = [];
  if (markRight + 4 + width <= axis.right) sides.push({ labelX: markRight + 4, anchor: 'start', extent: [markLeft, markRight + 4 + width] });
  if (markLeft - 4 - width >= axis.left) sides.push({ labelX: markLeft - 4, anchor: 'end', extent: [markLeft - 4 - width, markRight] });
  if (!sides.length) sides.push({ labelX: markRight + 4, anchor: 'start', extent: [markLeft, markRight + 4 + width] });
  return { event, track: trackOf(event.type), pieces, contested, label, lane: 0, labelX: sides[0]!.labelX, anchor: sides[0]!.anchor, sides };
}

/** "Victor Serge's arrest of March 1933" is "Arrest of March 1933" on his own timeline (the link's
 *  name keeps the whole label). */
export function shortLabel(label: string, person: string): string {
  for (const prefix of [`${person}'s `, `${person}\u2019s `]) {
    if (label.startsWith(prefix) && label.length > prefix.length) {
      const rest = label.slice(prefix.length);
      return rest[0]!.toUpperCase() + rest.slice(1);
    }
  }
  return label;
}

export const CONTESTED_NOTE = ' · contested';

/** Places every event in its band, in the first row where its marks and label fit (the label on
 *  the right if it fits there, else on the left). */
export function placeEvents(life: Life, axis: Axis): PlacedEvent[] {
  const placed = life.events.map((e) => measure(e, axis, life.person.label.text));
  for (const track of TRACKS) {
    const members = placed.filter((p) => p.track === track);
    const slots = packLanes(members.map((p) => ({ key: p.event.id, options: p.sides.map((s) => s.extent) })), 8);
    for (const p of members) {
      const { lane, option } = slots.get(p.event.id)!;
      Object.assign(p, { lane, labelX: p.sides[option]!.labelX, anchor: p.sides[option]!.anchor });
    }
  }
  return placed.map(({ sides: _sides, ...p }) => p);
}

/** A person's events happen between birth and death: an uncertain range reaching past the death (a
 *  residence begun "in the 20th century, not before 1909") is cut there, and one reaching back before
 *  the birth likewise. Ranges wholly outside the life (a burial, a later rehabilitation) stay. */
export function withinLife(life: Life): Life {
  const own = (type: string) => life.events.find((e) => e.type === type && !e.role)?.date[0];
  const birth = own('birth');
  const death = own('death');
  const lo = birth ? lowOf(birth) : -Infinity;
  const hi = death ? highOf(death) : Infinity;
  const cut = (r: DateReading): DateReading => {
    const out = { ...r };
    if (lowOf(r) < hi && highOf(r) > hi) { out.to = Math.min(r.to, hi); if (r.latest !== undefined) out.latest = Math.min(r.latest, hi); }
    if (highOf(r) > lo && lowOf(r) < lo) { out.from = Math.max(r.from, lo); if (r.earliest !== undefined) out.earliest = Math.max(r.earliest, lo); }
    return out;
  };
  return { ...life, events: life.events.map((e) => ({ ...e, date: e.date.map(cut), start: e.start.map(cut), end: e.end.map(cut) })) };
}
