// **dates** — a statement's time value as a stretch of the time axis: the days it can mean, in
// fractional years (a year-precision date is a year wide, a decade ten), its earliest / latest bounds
// (P1319 / P1326), and the words for it. Julian dates are placed by their Gregorian days.
import { RANKS, type Rank, type Statement } from '../../model/statement.js';
import { firstDay, gregorianFromJulianDay, julianDayNumber, lastDay, PRECISION, type TimePoint, type TimeValue } from '../../model/time.js';

export interface DateReading {
  /** Where the date can begin and end, in fractional (Gregorian) years: 1928.0 – 1929.0 for "1928". */
  from: number;
  to: number;
  /** The bounds the sources give, when narrower than the date: `from` of the earliest, `to` of the latest. */
  earliest?: number;
  latest?: number;
  /** As a reader writes it: "1928", "1920s", "30 December 1890", "1917-07 or later". */
  text: string;
  rank: Rank;
  rankReason?: string;
}

/** Where a reading can begin and end once its bounds are applied: a "20th century" bounded by 1936
 *  and 1947 spans those years, not the century. */
export const lowOf = (r: DateReading): number => r.earliest ?? r.from;
export const highOf = (r: DateReading): number => r.latest ?? r.to;

/** The start of a day (by Julian day number) as a fractional Gregorian year. */
export function yearOf(jdn: number): number {
  const { year } = gregorianFromJulianDay(jdn);
  const start = julianDayNumber(year, 1, 1, 'gregorian');
  const next = julianDayNumber(year + 1, 1, 1, 'gregorian');
  return year + (jdn - start) / (next - start);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** A time point in words: "30 December 1890", "July 1917", "1928", "1940s", "20th century"; BCE and Julian said. */
export function dateText(t: TimePoint): string {
  const era = t.year < 0 ? ' BCE' : '';
  const year = Math.abs(t.year);
  const body = t.precision >= PRECISION.day ? `${t.day} ${MONTHS[t.month - 1]} ${year}`
    : t.precision === PRECISION.month ? `${MONTHS[t.month - 1]} ${year}`
      : t.precision === PRECISION.year ? `${year}`
        : t.precision === PRECISION.decade ? `${year}s`
          : t.precision === PRECISION.century ? `${ordinal(Math.ceil(year / 100))} century`
            : `${ordinal(Math.ceil(year / 1000))} millennium`;
  return `${body}${era}${t.calendar === 'julian' ? ' (Julian)' : ''}`;
}

export function readingOf(value: TimeValue, rank: Rank, rankReason?: string): DateReading {
  const reading: DateReading = { from: yearOf(firstDay(value)), to: yearOf(lastDay(value) + 1), text: dateText(value), rank };
  const bounds: string[] = [];
  if (value.earliest) {
    reading.earliest = Math.max(reading.from, yearOf(firstDay(value.earliest)));
    bounds.push(`not before ${dateText(value.earliest)}`);
  }
  if (value.latest) {
    reading.latest = Math.min(reading.to, yearOf(lastDay(value.latest) + 1));
    bounds.push(`not after ${dateText(value.latest)}`);
  }
  if (bounds.length) reading.text += ` (${bounds.join(', ')})`;
  if (rankReason !== undefined) reading.rankReason = rankReason;
  return reading;
}

/** The readings of a date field with a value, best rank first (data order within a rank). */
export function readingsOf(statements: readonly Statement<unknown>[]): DateReading[] {
  const valued = statements.flatMap((s) => (s.snak.type === 'value' ? [{ s, value: s.snak.value as TimeValue }] : []));
  return valued
    .map(({ s, value }, i) => ({ i, reading: readingOf(value, s.rank, s.rankReason) }))
    .sort((a, b) => RANKS.indexOf(a.reading.rank) - RANKS.indexOf(b.reading.rank) || a.i - b.i)
    .map(({ reading }) => reading);
}
