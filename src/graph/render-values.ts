// **render-values** — one claim value → its simple RDF term, plus a value node for time values.
import type { Quad, Quad_Object } from '@rdfjs/types';
import { Q } from '../vocab/items.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { TimePoint } from '../model/time.js';
import type { Value } from './claim.js';
import { valueIri, type GraphContext } from './context.js';
import { md5, memoHash } from './hash.js';

const valueHash = memoHash(md5);
import { timeLiteral } from './time-literal.js';
import { langString, literal, node, RDF_TYPE, triple, typed, vocab, xsd } from './terms.js';

const wb = (local: string) => NAMESPACES.wikibase + local;

export function simpleTerm(value: Value): Quad_Object {
  switch (value.type) {
    case 'item': case 'url': return node(value.iri);
    case 'time': return typed(timeLiteral(value.time), xsd('dateTime'));
    case 'monolingualtext': return langString(value.text, value.lang);
    case 'string': return literal(value.text);
  }
}

/** The wikibase:TimeValue node of a time (wikidata-rdf.md §1.5): IRI and its quads. */
export function timeValueNode(ctx: GraphContext, time: TimePoint): { iri: string; quads: () => Quad[] } {
  const { year, month, day, precision, calendar } = time;
  const iri = valueIri(ctx, valueHash(JSON.stringify({ year, month, day, precision, calendar })));
  const calendarModel = NAMESPACES.wd + (calendar === 'julian' ? Q.julianCalendarModel : Q.gregorianCalendarModel);
  return {
    iri,
    // Made only when the node is written: most uses point at a value node written before.
    quads: () => [
      triple(iri, RDF_TYPE, vocab(wb('TimeValue'))),
      triple(iri, wb('timeValue'), typed(timeLiteral(time), xsd('dateTime'))),
      triple(iri, wb('timePrecision'), typed(String(precision), xsd('integer'))),
      triple(iri, wb('timeTimezone'), typed('0', xsd('integer'))),
      triple(iri, wb('timeCalendarModel'), vocab(calendarModel)),
    ],
  };
}
