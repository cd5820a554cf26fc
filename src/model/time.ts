// **time** — dates as people write them ("1890-12-30", "1919-01", "1925", "1920s", "20th century",
// "2nd millennium", each optionally followed by "Julian"/"Gregorian" or "O.S."/"N.S."), parsed into
// Wikibase time values the way Wikibase's own parser stores them.
import { z } from 'zod';

/** Wikibase precision codes: 6 millennium, 7 century, 8 decade, 9 year, 10 month, 11 day. */
export const PRECISION = { millennium: 6, century: 7, decade: 8, year: 9, month: 10, day: 11 } as const;
export type Precision = (typeof PRECISION)[keyof typeof PRECISION];
export type Calendar = 'gregorian' | 'julian';

export interface TimePoint {
  /** Astronomical-free historical year: 1 = 1 CE, -1 = 1 BCE; there is no year 0. */
  year: number;
  /** 0 when the precision is coarser than month. */
  month: number;
  /** 0 when the precision is coarser than day. */
  day: number;
  precision: Precision;
  calendar: Calendar;
}

const CALENDAR_MARKERS: Record<string, Calendar> = {
  julian: 'julian', 'o.s.': 'julian', os: 'julian', gregorian: 'gregorian', 'n.s.': 'gregorian', ns: 'gregorian',
};

export function isLeapYear(year: number, calendar: Calendar): boolean {
  // Historical years have no year 0: 1 BCE (-1) is leap in the proleptic calendars, like year 0 in ISO.
  const y = year < 0 ? year + 1 : year;
  if (calendar === 'julian') return y % 4 === 0;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number, calendar: Calendar): number {
  const days = [31, isLeapYear(year, calendar) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1]!;
}

type Parsed = { ok: true; value: TimePoint } | { ok: false; message: string };

function splitCalendar(text: string): { body: string; calendar?: Calendar } | string {
  const match = /^(.*?)\s*\(?\s*(julian|gregorian|o\.s\.|n\.s\.|os|ns)\s*\)?$/i.exec(text);
  if (!match) return { body: text };
  const calendar = CALENDAR_MARKERS[match[2]!.toLowerCase()];
  return calendar ? { body: match[1]!, calendar } : `unknown calendar marker "${match[2]}"`;
}

function parseBody(body: string, calendar: Calendar): Parsed {
  const coarse = /^(\d{1,2})(st|nd|rd|th) (century|millennium)( BCE)?$/i.exec(body);
  if (coarse) {
    const n = Number(coarse[1]);
    const unit = coarse[3]!.toLowerCase() as 'century' | 'millennium';
    if (n === 0) return { ok: false, message: `there is no 0th ${unit}` };
    // Wikibase's parser stores the n-th century as year n×100 ("12. century" → +1200, MwTimeIsoParser),
    // the last year of the century, and the n-th millennium as n×1000; BCE ones as -n×100 / -n×1000.
    const year = n * (unit === 'century' ? 100 : 1000) * (coarse[4] ? -1 : 1);
    return { ok: true, value: { year, month: 0, day: 0, precision: PRECISION[unit], calendar } };
  }
  const decade = /^(\d{2,3}0)s$/.exec(body);
  if (decade) return { ok: true, value: { year: Number(decade[1]), month: 0, day: 0, precision: PRECISION.decade, calendar } };
  const date = /^(-?)(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(body);
  if (!date) {
    return { ok: false, message: `"${body}" is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, 1920s, 20th century or 2nd millennium, optionally followed by Julian or Gregorian` };
  }
  const year = Number(date[2]) * (date[1] ? -1 : 1);
  if (year === 0) return { ok: false, message: 'there is no year 0: 1 BCE is written -1' };
  const month = date[3] ? Number(date[3]) : 0;
  const day = date[4] ? Number(date[4]) : 0;
  if (date[3] && (month < 1 || month > 12)) return { ok: false, message: `month ${date[3]} does not exist in "${body}"` };
  if (date[4] && (day < 1 || day > daysInMonth(year, month, calendar))) {
    return { ok: false, message: `day ${date[4]} does not exist in ${calendar === 'julian' ? 'Julian ' : ''}${year}-${date[3]} ("${body}")` };
  }
  const precision = date[4] ? PRECISION.day : date[3] ? PRECISION.month : PRECISION.year;
  return { ok: true, value: { year, month, day, precision, calendar } };
}

/** Parses "1890-12-18 Julian" and friends. Without a marker or `calendar`, Julian before 1583 and
 *  Gregorian from then on, as Wikibase's parser decides (the Gregorian calendar began in October 1582). */
export function parseTime(input: string | number, calendar?: Calendar): Parsed {
  const text = String(input).trim();
  const split = splitCalendar(text);
  if (typeof split === 'string') return { ok: false, message: split };
  if (split.calendar && calendar && split.calendar !== calendar) {
    return { ok: false, message: `"${text}" says ${split.calendar} but calendar is ${calendar}` };
  }
  const explicit = split.calendar ?? calendar;
  const parsed = parseBody(split.body, explicit ?? 'gregorian');
  // Decided by the stored year, as IsoTimestampParser does: "1580s" (1580) is Julian, "16th century" (1600) not.
  if (explicit || (parsed.ok && parsed.value.year >= FIRST_GREGORIAN_YEAR)) return parsed;
  // Parsed again as Julian, where the day is checked too: 29 February 1500 exists only in that calendar.
  const julian = parseBody(split.body, 'julian');
  return julian.ok && julian.value.year < FIRST_GREGORIAN_YEAR ? julian : parsed;
}

const FIRST_GREGORIAN_YEAR = 1583;

/** How many years a coarse precision spans. */
const SPAN = { [PRECISION.millennium]: 1000, [PRECISION.century]: 100, [PRECISION.decade]: 10 } as Record<number, number>;

/** The first year a time point can mean: a century stored as 1900 starts in 1801, a decade 1920 in 1920. */
export function firstYear(t: TimePoint): number {
  const span = SPAN[t.precision];
  if (!span || t.precision === PRECISION.decade || t.year < 0) return t.year;
  return t.year - span + 1;
}

/** The last year a time point can mean. */
export function lastYear(t: TimePoint): number {
  const span = SPAN[t.precision];
  if (!span) return t.year;
  if (t.precision === PRECISION.decade || t.year < 0) return t.year + span - 1;
  return t.year;
}

const timeText = z.union([z.string(), z.number().int()]);

function toTimePoint(input: string | number, ctx: z.RefinementCtx, calendar?: Calendar): TimePoint {
  const parsed = parseTime(input, calendar);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message, input });
    return z.NEVER;
  }
  return parsed.value;
}

/** A point in time: "1919-01", 1925, "1890-12-18 Julian". Used for qualifiers. */
export const TimePointSchema = timeText.transform((input, ctx) => toTimePoint(input, ctx));

const TimeObject = z.strictObject({
  date: timeText,
  calendar: z.enum(['gregorian', 'julian']).optional(),
  earliest: timeText.optional(),
  latest: timeText.optional(),
  /** Wikibase's uncertainty before and after the date, in units of its precision (kept, not written to RDF, as by Wikibase). */
  before: z.number().int().min(0).optional(),
  after: z.number().int().min(0).optional(),
});

export interface TimeValue extends TimePoint {
  /** Bounds for an uncertain date, written as qualifiers P1319 / P1326. */
  earliest?: TimePoint;
  latest?: TimePoint;
  /** Wikibase's before / after, in units of the precision; only when not 0. */
  before?: number;
  after?: number;
}

/** A statement's time value: a date string, or `{ date, calendar, earliest, latest }`. */
export const TimeValueSchema = z.union([timeText, TimeObject]).transform((input, ctx): TimeValue => {
  if (typeof input !== 'object') return toTimePoint(input, ctx);
  const value: TimeValue = toTimePoint(input.date, ctx, input.calendar);
  if (input.earliest !== undefined) value.earliest = toTimePoint(input.earliest, ctx, input.calendar);
  if (input.latest !== undefined) value.latest = toTimePoint(input.latest, ctx, input.calendar);
  if (input.before) value.before = input.before;
  if (input.after) value.after = input.after;
  // Bounds narrow the date down, so they cannot lie outside it (nor cross each other).
  const { earliest, latest } = value;
  const bad = earliest && typeof earliest === 'object' && firstDay(earliest) > lastDay(value) ? 'the earliest bound is after the date it bounds'
    : latest && typeof latest === 'object' && lastDay(latest) < firstDay(value) ? 'the latest bound is before the date it bounds'
      : earliest && latest && typeof earliest === 'object' && typeof latest === 'object' && firstDay(earliest) > lastDay(latest) ? 'the earliest bound is after the latest'
        : undefined;
  if (bad && typeof value.year === 'number') ctx.addIssue({ code: 'custom', message: `${bad}: ${JSON.stringify(input)}`, input });
  return value;
});

/** A statement's time as written: "1890-12-30", 1925, "1879-10-26 Julian", or `{ date, calendar, earliest, latest }`. */
export type TimeValueInput = z.input<typeof TimeValueSchema>;
/** A qualifier's time as written: "1919-01", 1925, "1890-12-18 Julian". */
export type TimePointInput = z.input<typeof TimePointSchema>;

/** Orders two time points by their first possible day (calendars compared by Julian day number). */
export function compareTimes(a: TimePoint, b: TimePoint): number {
  return firstDay(a) - firstDay(b);
}

/** The Julian day number of the first day a time point can mean. */
export function firstDay(t: TimePoint): number {
  return julianDayNumber(firstYear(t), t.month || 1, t.day || 1, t.calendar);
}

/** The Julian day number of the last day a time point can mean. */
export function lastDay(t: TimePoint): number {
  const year = lastYear(t);
  const month = t.month || 12;
  return julianDayNumber(year, month, t.day || daysInMonth(year, month, t.calendar), t.calendar);
}

/** Julian day number of a calendar date (Fliegel–Van Flandern style integer arithmetic). */
export function julianDayNumber(year: number, month: number, day: number, calendar: Calendar): number {
  const y = year < 0 ? year + 1 : year; // astronomical numbering
  const a = Math.floor((14 - month) / 12);
  const yy = y + 4800 - a;
  const mm = month + 12 * a - 3;
  const base = day + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4);
  return calendar === 'gregorian'
    ? base - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045
    : base - 32083;
}

/** The proleptic Gregorian date of a Julian day number, as an astronomical-numbered year. */
export function gregorianFromJulianDay(jdn: number): { year: number; month: number; day: number } {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}
