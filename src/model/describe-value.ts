// **describe-value** — a statement's value in a few words, for messages that must name the claim.
import type { Snak } from './statement.js';
import { PRECISION, type TimePoint } from './time.js';

const MAX = 80;

export function describeSnak(snak: Snak<unknown>): string {
  if (snak.type === 'somevalue') return 'unknown value';
  if (snak.type === 'novalue') return 'no value';
  return describeValue(snak.value);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return cut(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.year === 'number' && typeof v.precision === 'number') return describeTime(value as TimePoint);
  if (typeof v.text === 'string') return cut(v.text);
  if (v.amount !== undefined) return cut(`${String(v.amount)}${typeof v.unit === 'string' ? ` ${v.unit}` : ''}`);
  if (typeof v.latitude === 'number') return `${String(v.latitude)}, ${String(v.longitude)}`;
  if (typeof v.file === 'string') return cut(v.file);
  return cut(JSON.stringify(value));
}

/** "1890-12-30", "1919-01", "1925", "1920s", "century 1900" — as precise as the value. */
function describeTime(t: TimePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = t.year < 0 ? `${-t.year} BCE` : String(t.year);
  const julian = t.calendar === 'julian' ? ' Julian' : '';
  if (t.precision === PRECISION.day) return `${year}-${pad(t.month)}-${pad(t.day)}${julian}`;
  if (t.precision === PRECISION.month) return `${year}-${pad(t.month)}${julian}`;
  if (t.precision === PRECISION.year) return year;
  if (t.precision === PRECISION.decade) return `${year}s`;
  return `${t.precision === PRECISION.century ? 'century' : 'millennium'} ending ${year}`;
}

const cut = (text: string) => (text.length > MAX ? `${text.slice(0, MAX)}…` : text);
