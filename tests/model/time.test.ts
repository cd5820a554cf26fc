// Dates as people write them → Wikibase time values; impossible dates rejected with a reason.
import { describe, expect, it } from 'vitest';
import { parseTime, TimeValueSchema, compareTimes, firstYear, lastYear } from '../../src/model/time.js';

const ok = (input: string | number) => {
  const r = parseTime(input);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('parseTime', () => {
  it('reads day, month, year, decade and century precision', () => {
    expect(ok('1890-12-30')).toEqual({ year: 1890, month: 12, day: 30, precision: 11, calendar: 'gregorian' });
    expect(ok('1919-01')).toEqual({ year: 1919, month: 1, day: 0, precision: 10, calendar: 'gregorian' });
    expect(ok(1925)).toEqual({ year: 1925, month: 0, day: 0, precision: 9, calendar: 'gregorian' });
    expect(ok('1920s')).toMatchObject({ year: 1920, precision: 8 });
  });

  // Wikibase's own parser test: '12. century' => '+1200-00-00T00:00:00Z' (MwTimeIsoParser); the
  // n-th millennium likewise ends the stored year n × 1000.
  it('stores centuries and millennia as Wikibase does: the last year of the span', () => {
    expect(ok('20th century')).toMatchObject({ year: 2000, precision: 7 });
    expect(ok('12th century')).toMatchObject({ year: 1200, precision: 7 });
    expect(ok('1st century')).toMatchObject({ year: 100, precision: 7 });
    expect(ok('5th century BCE')).toMatchObject({ year: -500, precision: 7 });
    expect(ok('2nd millennium')).toMatchObject({ year: 2000, precision: 6 });
    expect(ok('1st millennium BCE')).toMatchObject({ year: -1000, precision: 6 });
  });

  it('knows which years a coarse date spans', () => {
    const span = (t: string) => [firstYear(ok(t)), lastYear(ok(t))];
    expect(span('19th century')).toEqual([1801, 1900]);
    expect(span('2nd millennium')).toEqual([1001, 2000]);
    expect(span('5th century BCE')).toEqual([-500, -401]);
    expect(span('1920s')).toEqual([1920, 1929]);
    expect(span('1925')).toEqual([1925, 1925]);
    // "19th century" ends with 1900, so it orders before 1900-06 and after 1800.
    expect(compareTimes(ok('19th century'), ok('1801'))).toBe(0);
  });

  // Wikibase (IsoTimestampParser::getCalendarModel) defaults dates before the Gregorian reform to Julian.
  it('defaults dates before 1583 to the Julian calendar, later ones to the Gregorian', () => {
    expect(ok('1582-10-04').calendar).toBe('julian');
    expect(ok('1500-02-29').calendar).toBe('julian'); // a day only the Julian calendar has
    expect(ok('12th century').calendar).toBe('julian');
    expect(ok('-44').calendar).toBe('julian');
    expect(ok('1583').calendar).toBe('gregorian');
    expect(ok('16th century').calendar).toBe('gregorian'); // stored as 1600
    expect(ok('1580s').calendar).toBe('julian'); // stored as 1580, as Wikibase decides
    expect(ok('1500-03-01 Gregorian').calendar).toBe('gregorian');
  });

  it('reads calendar markers', () => {
    expect(ok('1879-10-26 Julian').calendar).toBe('julian');
    expect(ok('1879-10-26 (O.S.)').calendar).toBe('julian');
    expect(ok('1879-11-07 gregorian').calendar).toBe('gregorian');
    expect(ok('-44')).toMatchObject({ year: -44, precision: 9 });
  });

  it.each([
    ['1890-02-30', /day 30 does not exist/],
    ['1890-13', /month 13 does not exist/],
    ['1890-00-10', /month 00 does not exist/],
    ['1900-02-29', /day 29 does not exist/],
    ['0', /no year 0/],
    ['0th century', /no 0th century/],
    ['0th millennium', /no 0th millennium/],
    ['1500-02-29 Gregorian', /day 29 does not exist/],
    ['30.12.1890', /is not a date/],
    ['December 1890', /is not a date/],
    ['1890-12-30 Mayan', /is not a date/],
  ])('rejects %s', (input, message) => {
    const r = parseTime(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('knows that 1900 was a leap year in the Julian calendar only', () => {
    expect(ok('1900-02-29 Julian')).toMatchObject({ day: 29, calendar: 'julian' });
  });

  it('refuses a marker that contradicts the calendar field', () => {
    const r = TimeValueSchema.safeParse({ date: '1900-01-01 Gregorian', calendar: 'julian' });
    expect(r.success).toBe(false);
  });

  it('parses bounds for uncertain dates', () => {
    const v = TimeValueSchema.parse({ date: 1925, earliest: 1924, latest: '1926-06' });
    expect(v).toMatchObject({ year: 1925, precision: 9, earliest: { year: 1924 }, latest: { year: 1926, month: 6, precision: 10 } });
  });

  it('orders dates across calendars by the day they denote', () => {
    expect(compareTimes(ok('1879-10-26 Julian'), ok('1879-11-07'))).toBe(0);
    expect(compareTimes(ok('1879-10-27 Julian'), ok('1879-11-07'))).toBeGreaterThan(0);
  });
});
