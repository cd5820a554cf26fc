// **quickstatements-syntax** — how QuickStatements v1 writes values: quoted texts, times with precision
// and calendar, plain decimals, symmetric quantity bounds (parseValueV1 in magnusmanske/quickstatements).
import { PRECISION, type TimePoint } from '../model/time.js';

export const BROKEN_TEXT = 'the text has a tab or a line break, which QuickStatements v1 reads as a column or command separator';
/** parseValueV1's "@lat/lon" always gets this precision (and the globe Q2). */
export const V1_COORDINATE_PRECISION = 0.000001;

/** `"text"`, or nothing when the text has a character v1 reads as a separator. QuickStatements takes
 *  what stands between the first and the last double quote, so quotes inside need no escaping. */
export function quote(text: string): string | undefined {
  return /[\t\n\r]/.test(text) ? undefined : `"${text}"`;
}

/** `+1890-12-30T00:00:00Z/11`, `+1890-00-00T00:00:00Z/9` (digits beyond the precision are zero, as in
 *  Wikibase's JSON), `/J` for the Julian calendar (parseValueV1 since 2022). Years as the data has them
 *  (historical: -1 is 1 BCE), as Wikibase's time values keep them. */
export function qsTime(t: TimePoint): string {
  const sign = t.year < 0 ? '-' : '+';
  const month = t.precision >= PRECISION.month ? pad(t.month) : '00';
  const day = t.precision >= PRECISION.day ? pad(t.day) : '00';
  return `${sign}${String(Math.abs(t.year)).padStart(4, '0')}-${month}-${day}T00:00:00Z/${t.precision}${t.calendar === 'julian' ? '/J' : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function timeText(t: TimePoint): string {
  const year = t.year < 0 ? `${-t.year} BCE` : String(t.year);
  const body = t.precision >= PRECISION.day ? `${t.year}-${pad(t.month)}-${pad(t.day)}`
    : t.precision === PRECISION.month ? `${t.year}-${pad(t.month)}`
      : t.precision === PRECISION.year ? year
        : `${year} (${t.precision === PRECISION.decade ? 'decade' : t.precision === PRECISION.century ? 'century' : 'millennium'})`;
  return t.calendar === 'julian' ? `${body} Julian` : body;
}

/** A number as plain decimal digits (QuickStatements' coordinate pattern has no exponent). */
export function decimal(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** The distance of equal bounds on both sides of the amount ("100" for 3000 in [2900, 3100]), computed
 *  exactly on the decimal strings; undefined when the bounds are not symmetric. */
export function symmetricError(amount: string, lower: string, upper: string): string | undefined {
  const scale = Math.max(...[amount, lower, upper].map((d) => d.split('.')[1]?.length ?? 0));
  const scaled = (d: string) => {
    const [int, frac = ''] = d.replace(/^[+-]/, '').split('.');
    const v = BigInt(`${int}${frac.padEnd(scale, '0')}`);
    return d.startsWith('-') ? -v : v;
  };
  const a = scaled(amount);
  const above = scaled(upper) - a;
  if (above !== a - scaled(lower) || above < 0n) return undefined;
  const digits = above.toString().padStart(scale + 1, '0');
  return scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '') || '0' : digits;
}
