// **value-shapes** — which shape of shapes/values.ttl each datatype's values take, and in words.
import type { Datatype } from '../vocab/datatypes.js';

export const VALUE_SHAPES: Record<Datatype, { simple: string; valueNode?: string }> = {
  item: { simple: 'ItemValue' },
  string: { simple: 'StringValue' },
  'external-id': { simple: 'ExternalIdValue' },
  monolingualtext: { simple: 'MonolingualtextValue' },
  url: { simple: 'UrlValue' },
  commonsMedia: { simple: 'CommonsmediaValue' },
  time: { simple: 'TimeSimpleValue', valueNode: 'TimeValue' },
  quantity: { simple: 'QuantitySimpleValue', valueNode: 'QuantityValue' },
  'globe-coordinate': { simple: 'GlobecoordinateSimpleValue', valueNode: 'GlobecoordinateValue' },
};

export const EXPECTED_RDF: Record<Datatype, string> = {
  item: 'items (IRIs)',
  string: 'non-empty plain strings',
  'external-id': 'identifiers: plain strings without spaces around them',
  monolingualtext: 'texts with a language tag',
  url: 'IRIs',
  commonsMedia: 'Commons file IRIs (http://commons.wikimedia.org/wiki/Special:FilePath/…)',
  time: 'xsd:dateTime literals',
  quantity: 'xsd:decimal amounts',
  'globe-coordinate': 'geo:wktLiteral points, "Point(longitude latitude)"',
};
