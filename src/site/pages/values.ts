// **values** — one claim value as a reader sees it: entities linked to their pages, Wikidata items to
// wikidata.org, dates in words with their precision (a Julian date as written, with its Gregorian day),
// texts with their language.
import type { Value } from '../../graph/claim.js';
import { gregorianFromJulianDay, julianDayNumber, PRECISION, type TimePoint } from '../../model/time.js';
import { html, type Html } from '../html.js';
import { relative, sitePathOf, wikidataPage } from '../paths.js';
import type { PageContext } from './page-context.js';

export function valueHtml(page: PageContext, value: Value | { type: 'somevalue' } | { type: 'novalue' }): Html {
  switch (value.type) {
    case 'somevalue': return html`<em>unknown value</em>`;
    case 'novalue': return html`<em>no value</em>`;
    case 'item': return itemLink(page, value.iri);
    case 'time': return timeHtml(value.time);
    case 'monolingualtext': return html`<span lang="${value.lang}">${value.text}</span>`;
    case 'string': return html`${value.text}`;
    case 'url': return html`<a href="${value.iri}">${value.iri}</a>`;
    case 'external-id': return value.normalized ? html`<a href="${value.normalized}">${value.id}</a>` : html`${value.id}`;
    case 'commonsMedia': return html`<a href="https://commons.wikimedia.org/wiki/File:${encodeURIComponent(value.file.replace(/ /g, '_'))}">${value.file}</a>`;
    case 'quantity': return quantityHtml(page, value);
    case 'globe-coordinate': return html`${coordinate(value.latitude, 'N', 'S')}, ${coordinate(value.longitude, 'E', 'W')}`;
  }
}

/** A link to the page of an entity or concept of the site, to wikidata.org, or the concept's label. */
export function itemLink(page: PageContext, iri: string): Html {
  const path = sitePathOf(iri, page.ctx.base);
  if (path?.startsWith('entity/')) {
    const name = page.index.names.get(path.slice('entity/'.length));
    if (name) return html`<a href="${relative(page.depth, `${path}.html`)}"${name.lang !== 'en' ? html` lang="${name.lang}"` : ''}>${name.label}</a>`;
  }
  const concept = page.concepts.get(iri);
  if (path) return html`<a href="${relative(page.depth, `${path}.html`)}">${concept?.label ?? path}</a>`;
  const wikidata = wikidataPage(iri);
  if (wikidata) return html`<a href="${wikidata}" class="wikidata">${concept?.label ?? wikidata.slice(wikidata.lastIndexOf('/') + 1)}</a>`;
  return concept ? html`<span title="${iri}">${concept.label}</span>` : html`${iri}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 December 1890"; a Julian day also as its Gregorian day: "18 December 1890 (Julian; 30 December 1890 Gregorian)". */
export function timeHtml(time: TimePoint): Html {
  if (time.calendar !== 'julian') return timeTag(time);
  if (time.precision < PRECISION.day) return html`${timeWords(time)} <span class="calendar">(Julian calendar)</span>`;
  const g = gregorianFromJulianDay(julianDayNumber(time.year, time.month, time.day, 'julian'));
  const gregorian = { ...time, year: g.year <= 0 ? g.year - 1 : g.year, month: g.month, day: g.day, calendar: 'gregorian' as const };
  return html`${timeWords(time)} <span class="calendar">(Julian; ${timeTag(gregorian)} Gregorian)</span>`;
}

/** A Gregorian date in words, in <time> where HTML can say it (years 1–9999, year precision or finer). */
function timeTag(t: TimePoint): Html {
  const iso = isoOf(t);
  return iso ? html`<time datetime="${iso}">${timeWords(t)}</time>` : html`${timeWords(t)}`;
}

export function timeWords(t: TimePoint): string {
  const era = t.year < 0 ? ' BCE' : '';
  const year = Math.abs(t.year);
  switch (t.precision) {
    case PRECISION.day: return `${t.day} ${MONTHS[t.month - 1]} ${year}${era}`;
    case PRECISION.month: return `${MONTHS[t.month - 1]} ${year}${era}`;
    case PRECISION.year: return `${year}${era}`;
    case PRECISION.decade: return `${year}s${era}`;
    // Wikibase stores the n-th century as its last year (1900 for the 19th): back to words.
    case PRECISION.century: return `${ordinal(Math.ceil(year / 100))} century${era}`;
    default: return `${ordinal(Math.ceil(year / 1000))} millennium${era}`;
  }
}

/** A machine-readable date for <time>, only where HTML's syntax has one (years 1–9999). */
function isoOf(t: TimePoint): string | undefined {
  if (t.year < 1 || t.year > 9999 || t.precision < PRECISION.year) return undefined;
  const y = String(t.year).padStart(4, '0');
  if (t.precision === PRECISION.year) return y;
  const m = String(t.month).padStart(2, '0');
  return t.precision === PRECISION.month ? `${y}-${m}` : `${y}-${m}-${String(t.day).padStart(2, '0')}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function quantityHtml(page: PageContext, q: Extract<Value, { type: 'quantity' }>): Html {
  const amount = q.amount.replace(/^\+/, '');
  const bounds = q.lowerBound !== undefined ? ` (${q.lowerBound.replace(/^\+/, '')}–${(q.upperBound ?? '').replace(/^\+/, '')})` : '';
  const unit = q.unit.endsWith('/Q199') ? '' : html` ${itemLink(page, q.unit)}`;
  return html`${amount}${bounds}${unit}`;
}

const coordinate = (value: number, positive: string, negative: string) => `${Math.abs(value)}° ${value < 0 ? negative : positive}`;
