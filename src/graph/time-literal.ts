// **time-literal** — a time value as Wikibase writes it in RDF (wikidata-rdf.md §1.5):
// no leading "+", coarse precisions padded with -01, BCE years in XSD 1.1 numbering, and a
// Julian date of day precision written as its Gregorian equivalent (the value node keeps Julian).
import { gregorianFromJulianDay, julianDayNumber, PRECISION, type TimePoint } from '../model/time.js';

export function timeLiteral(t: TimePoint): string {
  let { year, month, day } = t;
  if (t.calendar === 'julian' && t.precision >= PRECISION.day) {
    const g = gregorianFromJulianDay(julianDayNumber(year, month, day, 'julian'));
    // gregorianFromJulianDay numbers years astronomically (0 = 1 BCE); go back to historical.
    year = g.year <= 0 ? g.year - 1 : g.year;
    month = g.month;
    day = g.day;
  }
  if (t.precision < PRECISION.month) month = 1;
  if (t.precision < PRECISION.day) day = 1;
  // XSD 1.1 has a year 0 (= 1 BCE); Wikibase shifts negative years at year precision or finer.
  const xsdYear = year < 0 && t.precision >= PRECISION.year ? year + 1 : year;
  const sign = xsdYear < 0 ? '-' : '';
  return `${sign}${String(Math.abs(xsdYear)).padStart(4, '0')}-${pad(month)}-${pad(day)}T00:00:00Z`;
}

const pad = (n: number) => String(n).padStart(2, '0');
