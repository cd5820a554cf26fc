// **render-values** — one claim value → its simple RDF term, and for time, quantity and coordinates the
// value node Wikibase links with psv:/pqv:/prv: (repo/includes/Rdf/Values/ of Wikibase).
import type { Quad, Quad_Object } from '@rdfjs/types';
import { Q } from '../vocab/items.js';
import { COMMONS_FILE_PATH, GLOBE_EARTH, NAMESPACES } from '../vocab/namespaces.js';
import type { TimeValue } from '../model/time.js';
import type { Value } from './claim.js';
import { valueIri, type GraphContext } from './context.js';
import { md5, memoHash } from './hash.js';
import { timeLiteral } from './time-literal.js';
import { langString, literal, node, RDF_TYPE, triple, typed, vocab, xsd } from './terms.js';

const valueHash = memoHash(md5);
const wb = (local: string) => NAMESPACES.wikibase + local;
const WKT = NAMESPACES.geo + 'wktLiteral';

export function simpleTerm(value: Value): Quad_Object {
  switch (value.type) {
    case 'item': case 'url': return node(value.iri);
    case 'time': return typed(timeLiteral(value.time), xsd('dateTime'));
    case 'monolingualtext': return langString(value.text, value.lang);
    case 'string': return literal(value.text);
    case 'external-id': return literal(value.id);
    case 'quantity': return typed(value.amount, xsd('decimal'));
    case 'globe-coordinate': return typed(wktPoint(value), WKT);
    case 'commonsMedia': return node(COMMONS_FILE_PATH + rawUrlEncode(value.file));
  }
}

/** GlobeCoordinateRdfBuilder: "Point(lon lat)", preceded by the globe's IRI when it is not Earth. */
function wktPoint(value: Extract<Value, { type: 'globe-coordinate' }>): string {
  const point = `Point(${phpFloat(value.longitude)} ${phpFloat(value.latitude)})`;
  return value.globe === GLOBE_EARTH ? point : `<${value.globe.replaceAll('>', '%3E')}> ${point}`;
}

/** A value node: its IRI, and its quads, made only when the node is written (most uses point at one written before). */
export interface ValueNode {
  iri: string;
  quads: () => Quad[];
}

/** The value node of a time, quantity or coordinate value; none for the other kinds. */
export function valueNodeOf(ctx: GraphContext, value: Value): ValueNode | undefined {
  switch (value.type) {
    case 'time': return timeValueNode(ctx, value.time);
    case 'quantity': return quantityValueNode(ctx, value);
    case 'globe-coordinate': return globeValueNode(ctx, value);
    default: return undefined;
  }
}

/** The wikibase:TimeValue node of a time (wikidata-rdf.md §1.5). */
export function timeValueNode(ctx: GraphContext, time: TimeValue): ValueNode {
  const { year, month, day, precision, calendar, before, after } = time;
  // Before / after are part of the value (two nodes where they differ, as Wikibase hashes them) though not written.
  const iri = valueIri(ctx, valueHash(JSON.stringify({ year, month, day, precision, calendar, ...(before && { before }), ...(after && { after }) })));
  const calendarModel = NAMESPACES.wd + (calendar === 'julian' ? Q.julianCalendarModel : Q.gregorianCalendarModel);
  return {
    iri,
    quads: () => [
      triple(iri, RDF_TYPE, vocab(wb('TimeValue'))),
      triple(iri, wb('timeValue'), typed(timeLiteral(time), xsd('dateTime'))),
      triple(iri, wb('timePrecision'), typed(String(precision), xsd('integer'))),
      triple(iri, wb('timeTimezone'), typed('0', xsd('integer'))),
      triple(iri, wb('timeCalendarModel'), vocab(calendarModel)),
    ],
  };
}

/** QuantityRdfBuilder::writeQuantityValue: amount, the bounds when there are, and the unit. */
function quantityValueNode(ctx: GraphContext, value: Extract<Value, { type: 'quantity' }>): ValueNode {
  const { amount, lowerBound, upperBound, unit } = value;
  const iri = valueIri(ctx, valueHash(JSON.stringify(['quantity', amount, lowerBound ?? null, upperBound ?? null, unit])));
  return {
    iri,
    quads: () => [
      triple(iri, RDF_TYPE, vocab(wb('QuantityValue'))),
      triple(iri, wb('quantityAmount'), typed(amount, xsd('decimal'))),
      ...(upperBound !== undefined && lowerBound !== undefined
        ? [triple(iri, wb('quantityUpperBound'), typed(upperBound, xsd('decimal'))), triple(iri, wb('quantityLowerBound'), typed(lowerBound, xsd('decimal')))]
        : []),
      triple(iri, wb('quantityUnit'), vocab(unit)),
    ],
  };
}

/** LatLongFormatter's precision when none is given: one second of arc, as GlobeCoordinateRdfBuilder writes it. */
const AUTO_PRECISION = 1 / 3600;

/** GlobeCoordinateRdfBuilder::addValueNode; no precision → a wikibase:GeoAutoPrecision node with 1/3600°. */
function globeValueNode(ctx: GraphContext, value: Extract<Value, { type: 'globe-coordinate' }>): ValueNode {
  const { latitude, longitude, precision, globe } = value;
  const iri = valueIri(ctx, valueHash(JSON.stringify(['globecoordinate', latitude, longitude, precision ?? null, globe])));
  return {
    iri,
    quads: () => [
      triple(iri, RDF_TYPE, vocab(wb('GlobecoordinateValue'))),
      ...(precision === undefined ? [triple(iri, RDF_TYPE, vocab(wb('GeoAutoPrecision')))] : []),
      triple(iri, wb('geoLatitude'), typed(phpFloat(latitude), xsd('double'))),
      triple(iri, wb('geoLongitude'), typed(phpFloat(longitude), xsd('double'))),
      triple(iri, wb('geoPrecision'), typed(phpFloat(precision ?? AUTO_PRECISION), xsd('double'))),
      triple(iri, wb('geoGlobe'), vocab(globe)),
    ],
  };
}

/**
 * A float as PHP turns it into a string (precision 14, as Wikibase's builders write coordinates):
 * 12.25 → "12.25", 1/3600 → "0.00027777777777778", 0.00001 → "1.0E-5". (An exact tie at the 15th digit
 * rounds up here and to even in PHP: only numbers written with 15 or more digits can meet one.)
 */
export function phpFloat(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mantissa, exp] = x.toExponential(13).split('e') as [string, string];
  const exponent = Number(exp);
  const digits = mantissa.replace('-', '').replace('.', '').replace(/0+$/, '') || '0';
  const sign = x < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 14) { // zend_gcvt: decimal point before -3 or after the 14th digit
    const fraction = digits.slice(1) || '0';
    return `${sign}${digits[0]}.${fraction}E${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const int = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${int}${fraction ? `.${fraction}` : ''}`;
}

/** PHP's rawurlencode, which Wikibase uses for Commons file names: all but letters, digits and -_.~ encoded. */
export function rawUrlEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
