// **claim** — a statement with its property decided and its item references resolved to IRIs:
// the form every statement takes between the model and the RDF renderer.
import type { TimePoint, TimeValue } from '../model/time.js';
import type { Rank, Snak } from '../model/statement.js';
import type { PropertyRef } from './property.js';

export type Value =
  /** `ref`: the reference as the data writes it (entity id, concept key or QID), which names the
   *  statement (graph/statement-id.ts) whatever IRI the base or the minting options give it. */
  | { type: 'item'; iri: string; ref?: string }
  | { type: 'time'; time: TimeValue }
  | { type: 'monolingualtext'; text: string; lang: string }
  | { type: 'string'; text: string }
  | { type: 'url'; iri: string }
  /** `normalized`: the identified thing's IRI, through the property's formatter URI (wdtn:, psn: …). */
  | { type: 'external-id'; id: string; normalized?: string }
  /** Amount and bounds as DecimalValue strings ("+5"); the unit's IRI (wd:Q199 for none), and as the data writes it. */
  | { type: 'quantity'; amount: string; lowerBound?: string; upperBound?: string; unit: string; unitRef?: string }
  | { type: 'globe-coordinate'; latitude: number; longitude: number; precision?: number; globe: string; globeRef?: string }
  /** A file name on Wikimedia Commons. */
  | { type: 'commonsMedia'; file: string };

/** A qualifier or reference snak: a value, or (given by property key) an unknown value or none. */
export interface ClaimQualifier {
  property: PropertyRef;
  value: Value | SpecialValue;
}
export type SpecialValue = { type: 'somevalue' } | { type: 'novalue' };

/** A reference: a source of the manifest and its quote, or (Wikidata-style) property snaks only. */
export interface ClaimReference {
  sourceIri?: string;
  /** Snaks given by property key (`P813: 2024-05-01`), after the named fields. */
  snaks?: ClaimQualifier[];
  quote?: string;
  lang?: string;
  at?: string;
  namedAs?: string;
  note?: string;
  url?: string;
}

export interface Claim {
  /** The statement id given in the data; the claim's IRI uses it as it is. */
  id?: string;
  /** A derived claim: the id given to the statement it comes from, which then identifies it instead of its value. */
  sourceId?: string;
  property: PropertyRef;
  snak: Snak<Value>;
  rank: Rank;
  rankReason?: string;
  qualifiers: ClaimQualifier[];
  references: ClaimReference[];
  /** The data field this claim comes from ("father", or "derived from event arrest-1933"). */
  origin: string;
  /** A claim an event gives: the event's id. */
  derivedFrom?: string;
}

export const timeValue = (time: TimePoint): Value => ({ type: 'time', time });
export const itemValue = (iri: string): Value => ({ type: 'item', iri });
