// **values** — a value as Wikibase's JSON holds it (a datavalue) and as our data files write it, both
// ways. Times keep precision and calendar exactly where our date syntax can say them; what it cannot
// (a decade not ending in 0, hours, a time zone) is a problem the import reports, never a silent change.
import type { Value } from '../graph/claim.js';
import { PRECISION, type TimeValue } from '../model/time.js';
import type { Datatype } from '../vocab/datatypes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { EARTH, GREGORIAN, JULIAN, type DataValue } from './json-model.js';
import { VALUE_SCHEMAS } from '../model/datatype-schemas.js';
import { schemaMessage } from '../load/schema-message.js';

/** The datavalue of a value; `refIri` gives the IRI of a unit or globe named by reference. */
export function dataValueOf(value: Value, refOf: (iri: string) => string): DataValue {
  switch (value.type) {
    case 'item': return itemValue(value.ref ?? refOf(value.iri));
    case 'time': return { type: 'time', value: timeJson(value.time) };
    case 'monolingualtext': return { type: 'monolingualtext', value: { text: value.text, language: value.lang } };
    case 'string': return { type: 'string', value: value.text };
    case 'url': return { type: 'string', value: value.iri };
    case 'external-id': return { type: 'string', value: value.id };
    case 'commonsMedia': return { type: 'string', value: value.file };
    case 'quantity': return {
      type: 'quantity',
      value: { amount: value.amount, unit: value.unitRef === undefined ? '1' : value.unit, ...(value.lowerBound !== undefined && { upperBound: value.upperBound!, lowerBound: value.lowerBound }) },
    };
    case 'globe-coordinate': return {
      type: 'globecoordinate',
      value: { latitude: value.latitude, longitude: value.longitude, altitude: null, precision: value.precision ?? null, globe: value.globe },
    };
  }
}

/** An item as Wikibase writes it; `numeric-id` only for Wikidata ids (ours are names). */
export function itemValue(ref: string): DataValue {
  const numeric = /^Q(\d+)$/.exec(ref);
  return { type: 'wikibase-entityid', value: { 'entity-type': 'item', ...(numeric && { 'numeric-id': Number(numeric[1]) }), id: ref } };
}

/** "+1890-12-30T00:00:00Z": signed, at least four year digits, 00 for what the precision leaves out. */
export function timeJson(t: TimeValue): { time: string; timezone: number; before: number; after: number; precision: number; calendarmodel: string } {
  const year = `${t.year < 0 ? '-' : '+'}${String(Math.abs(t.year)).padStart(4, '0')}`;
  return { time: `${year}-${pad(t.month)}-${pad(t.day)}T00:00:00Z`, timezone: 0, before: t.before ?? 0, after: t.after ?? 0, precision: t.precision, calendarmodel: t.calendar === 'julian' ? JULIAN : GREGORIAN };
}
const pad = (n: number) => String(n).padStart(2, '0');

export type Converted = { value: unknown } | { problem: string };

/** A datavalue → the value as a data file writes it, for a property of `datatype`. `refOf` turns an
 *  item, unit or globe id or IRI into the reference the data writes (QID, entity id or concept key). */
export function inputValueOf(dv: DataValue, datatype: Datatype, refOf: (idOrIri: string) => string | undefined): Converted {
  let converted: Converted;
  try {
    converted = convert(dv, datatype, refOf);
  } catch {
    return { problem: `a ${dv.type} value that is not shaped as Wikibase writes one` };
  }
  if ('problem' in converted) return converted;
  // Checked as a data file's value is, so that one bad value is left out, not the whole entity.
  const checked = VALUE_SCHEMAS[datatype].safeParse(converted.value);
  return checked.success ? converted : { problem: `${JSON.stringify(converted.value)} is not a value linked-lives can keep: ${schemaMessage(checked.error.issues[0]!)}` };
}

function convert(dv: DataValue, datatype: Datatype, refOf: (idOrIri: string) => string | undefined): Converted {
  const expected = EXPECTED_TYPE[datatype];
  if (dv.type !== expected) return { problem: `a ${dv.type} value where the property's datatype (${datatype}) wants a ${expected}` };
  switch (dv.type) {
    case 'wikibase-entityid': {
      if (dv.value['entity-type'] !== 'item') return { problem: `a ${dv.value['entity-type']} as value: linked-lives refers to items only` };
      const ref = refOf(dv.value.id);
      return ref === undefined ? { problem: `cannot refer to ${dv.value.id}` } : { value: ref };
    }
    case 'string': return { value: dv.value };
    case 'monolingualtext': return { value: { text: dv.value.text, lang: dv.value.language } };
    case 'time': return timeInput(dv.value);
    case 'quantity': {
      const { amount, unit, lowerBound, upperBound } = dv.value;
      const unitRef = unit === '1' ? undefined : refOf(unit);
      if (unit !== '1' && unitRef === undefined) return { problem: `cannot refer to the unit ${unit}` };
      if ((lowerBound === undefined) !== (upperBound === undefined)) return { problem: 'a quantity with one bound only' };
      const plain = unitRef === undefined && lowerBound === undefined;
      return { value: plain ? amount : { amount, ...(unitRef !== undefined && { unit: unitRef }), ...(lowerBound !== undefined && { lowerBound, upperBound }) } };
    }
    case 'globecoordinate': {
      const { latitude, longitude, precision, globe } = dv.value;
      const globeRef = globe === EARTH ? undefined : refOf(globe);
      if (globe !== EARTH && globeRef === undefined) return { problem: `cannot refer to the globe ${globe}` };
      return { value: { latitude, longitude, ...(precision !== null && precision !== undefined && { precision }), ...(globeRef !== undefined && { globe: globeRef }) } };
    }
  }
}

const EXPECTED_TYPE: Record<Datatype, DataValue['type']> = {
  item: 'wikibase-entityid', time: 'time', monolingualtext: 'monolingualtext', string: 'string', url: 'string',
  'external-id': 'string', commonsMedia: 'string', quantity: 'quantity', 'globe-coordinate': 'globecoordinate',
};

const FIRST_GREGORIAN_YEAR = 1583;

/** A Wikibase time → our date syntax ("1890-12-30", "1920s", "19th century", with " Julian" or
 *  " Gregorian" where the calendar is not the one the year implies). */
export function timeInput(time: Extract<DataValue, { type: 'time' }>['value']): Converted {
  const match = /^([+-])(\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/.exec(time.time);
  if (!match) return { problem: `"${time.time}" is not a Wikibase time` };
  const year = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const [month, day] = [Number(match[3]), Number(match[4])];
  const calendar = time.calendarmodel === JULIAN ? 'julian' : time.calendarmodel === GREGORIAN ? 'gregorian' : undefined;
  if (!calendar) return { problem: `the calendar model ${time.calendarmodel} is neither proleptic Gregorian nor Julian` };
  if (match[5] !== '00' || match[6] !== '00' || match[7] !== '00' || time.precision > PRECISION.day) return { problem: `a time of day (${time.time}, precision ${time.precision}): linked-lives keeps dates to the day` };
  if (time.timezone) return { problem: `a time zone offset (${time.timezone} minutes): linked-lives keeps dates in UTC only` };
  if (time.precision < PRECISION.millennium) return { problem: `precision ${time.precision} (coarser than a millennium): linked-lives keeps millennia at the coarsest` };
  if (year === 0) return { problem: 'the year 0, which historical dates do not have' };
  if (Math.abs(year) > 9999) return { problem: `the year ${year}: linked-lives writes years of up to four digits` };
  const text = dateText(year, month, day, time.precision);
  if (typeof text !== 'string') return text;
  const implied = year < FIRST_GREGORIAN_YEAR ? 'julian' : 'gregorian';
  const date = calendar === implied ? text : `${text} ${calendar === 'julian' ? 'Julian' : 'Gregorian'}`;
  const { before, after } = time;
  if (!before && !after) return { value: date };
  if (!Number.isInteger(before) || !Number.isInteger(after) || before < 0 || after < 0) return { problem: `before ${before} / after ${after}, which are not counts of the precision's units` };
  return { value: { date, ...(before && { before }), ...(after && { after }) } };
}

function dateText(year: number, month: number, day: number, precision: number): string | { problem: string } {
  const y = year < 0 ? `-${-year}` : String(year);
  if (precision === PRECISION.day) return `${y}-${pad(month)}-${pad(day)}`;
  if (precision === PRECISION.month) return `${y}-${pad(month)}`;
  if (precision === PRECISION.year) return y;
  if (precision === PRECISION.decade) {
    return year > 0 && year % 10 === 0 ? `${year}s` : { problem: `the decade of ${year}: linked-lives writes decades as 1920s, from a year ending in 0` };
  }
  const span = precision === PRECISION.century ? 100 : 1000;
  const unit = precision === PRECISION.century ? 'century' : 'millennium';
  if (year % span !== 0) return { problem: `the ${unit} stored as the year ${year}: linked-lives stores the n-th ${unit} as its last year (${Math.ceil(Math.abs(year) / span) * span})` };
  const n = Math.abs(year) / span;
  return `${n}${ordinal(n)} ${unit}${year < 0 ? ' BCE' : ''}`;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Wikidata item ids from their entity IRIs. */
export const qidOfIri = (iri: string) => (iri.startsWith(NAMESPACES.wd) && /^Q[1-9]\d*$/.test(iri.slice(NAMESPACES.wd.length)) ? iri.slice(NAMESPACES.wd.length) : undefined);
