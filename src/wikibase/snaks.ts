// **snaks** — a Wikibase statement → a statement as our data files write it: the value, unknown or no
// value, rank, the id (the GUID's tail), qualifiers (named ones by name, the rest by property id) and
// references (one naming a source of the dataset by its fields, a Wikidata-style one by property id).
import type { PropertyTable } from '../model/property-table.js';
import { specialSnak } from '../model/statement.js';
import { VALUE_SCHEMAS } from '../model/datatype-schemas.js';
import type { Datatype } from '../vocab/datatypes.js';
import { P } from '../vocab/properties.js';
import { QUALIFIER_BY_PROPERTY } from './fields.js';
import { EXTENSION_DATATYPES, WIKIBASE_DATATYPES } from '../vocab/datatypes.js';
import { EXTENSION_KEY, type DataValue, type JsonReference, type JsonStatement, type Snak } from './json-model.js';
import { inputValueOf } from './values.js';

/** What a conversion needs to know about the dataset being built. */
export interface SnakContext {
  properties: PropertyTable;
  /** The reference the data writes for an item id or entity IRI; `group`: the concept group a field expects. */
  refOf(idOrIri: string, group?: string): string | undefined;
  /** Sources of the dataset by id, with their quote language (our own JSON names them in P248). */
  sources: Map<string, string>;
  /** Declares a property the table lacks, from the datatype its snaks carry; false if it cannot. */
  declare(id: string, wikibaseDatatype: string | undefined): boolean;
  /** Something not carried over, for the report. */
  note(message: string, property?: string): void;
}

export type InputStatement = Record<string, unknown>;

/** Why a value or statement cannot be imported. */
export class Problem {
  constructor(readonly message: string) {}
}

const EARLIEST = P.earliestDate;
const LATEST = P.latestDate;
const STATED_IN = P.statedIn;
const QUOTATION = P.quotation;
const NAMED_AS = P.objectNamedAs;
const URL = P.referenceUrl;

/** The datatype of a property, declaring it from its snak where the table lacks it. */
export function datatypeOf(ctx: SnakContext, snak: Snak): Datatype | undefined {
  const known = ctx.properties.get(snak.property);
  if (known) return known.datatype;
  if (Object.hasOwn(EXTENSION_DATATYPES, snak.property)) return EXTENSION_DATATYPES[snak.property as keyof typeof EXTENSION_DATATYPES];
  if (!ctx.declare(snak.property, snak.datatype)) return undefined;
  return ctx.properties.get(snak.property)?.datatype ?? WIKIBASE_DATATYPES[snak.datatype as keyof typeof WIKIBASE_DATATYPES];
}

/** A main snak's value: `{ value }`, `{ unknownValue: true }`, `{ noValue: true }`, or a problem. */
export function mainValue(ctx: SnakContext, snak: Snak, group?: string): InputStatement | Problem {
  if (snak.snaktype === 'somevalue') return { unknownValue: true };
  if (snak.snaktype === 'novalue') return { noValue: true };
  const datatype = datatypeOf(ctx, snak);
  if (!datatype) return new Problem(`datatype ${snak.datatype ?? '(none given)'} of ${snak.property}, which linked-lives does not have`);
  const converted = inputValueOf(snak.datavalue, datatype, (id) => ctx.refOf(id, group));
  return 'problem' in converted ? new Problem(converted.problem) : { value: converted.value };
}

/** The statement as our data writes it, or why it cannot be. `keepId`: use the GUID's tail as its id. */
export function inputStatement(ctx: SnakContext, json: JsonStatement, keepId: boolean, group?: string): InputStatement | Problem {
  const main = mainValue(ctx, json.mainsnak, group);
  if (main instanceof Problem) return main;
  const out: InputStatement = {};
  const tail = keepId && json.id ? json.id.slice(json.id.indexOf('$') + 1) : undefined;
  if (tail && /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/.test(tail)) out.id = tail;
  else if (tail) ctx.note(`statement id "${json.id}" is not letters, digits and dashes: not kept`, json.mainsnak.property);
  Object.assign(out, main);
  if (json.rank !== 'normal') out.rank = json.rank;
  const qualifiers = { ...(json.qualifiers ?? {}) };
  const rankReason = qualifiers.rankReason?.[0];
  if (rankReason?.snaktype === 'value' && rankReason.datavalue.type === 'monolingualtext') {
    out.rankReason = rankReason.datavalue.value.text;
    delete qualifiers.rankReason;
  }
  // Bounds of a date: P1319 / P1326 beside a time value (graph/render-claims.ts writes them so).
  if (json.mainsnak.snaktype === 'value' && json.mainsnak.datavalue.type === 'time' && main.value !== undefined) {
    const bounds = timeBounds(ctx, qualifiers);
    const bounded = bounds && { ...(typeof main.value === 'object' ? main.value as object : { date: main.value }), ...bounds };
    // Bounds that do not hold the date (Wikidata has some) stay what they were: P1319 / P1326 qualifiers.
    if (bounded && VALUE_SCHEMAS.time.safeParse(bounded).success) {
      out.value = bounded;
      delete qualifiers[EARLIEST];
      delete qualifiers[LATEST];
    }
  }
  const typed = inputQualifiers(ctx, qualifiers, json['qualifiers-order']);
  if (Object.keys(typed).length) out.qualifiers = typed;
  const references = (json.references ?? []).flatMap((r) => {
    const converted = inputReference(ctx, r);
    return converted ? [converted] : [];
  });
  if (references.length) out.references = references;
  return out;
}

function timeBounds(ctx: SnakContext, qualifiers: Record<string, Snak[]>): { earliest?: unknown; latest?: unknown } | undefined {
  const one = (id: string) => {
    const list = qualifiers[id];
    if (!list) return undefined;
    if (list.length !== 1 || list[0]!.snaktype !== 'value') return null;
    const v = inputValueOf((list[0] as { datavalue: DataValue }).datavalue, 'time', (id) => ctx.refOf(id));
    return 'problem' in v || typeof v.value !== 'string' ? null : v.value; // a bound is a plain date
  };
  const earliest = one(EARLIEST);
  const latest = one(LATEST);
  if (earliest === null || latest === null || (earliest === undefined && latest === undefined)) return undefined;
  return { ...(earliest !== undefined && { earliest }), ...(latest !== undefined && { latest }) };
}

/** Qualifiers: a named one where its property has one value, every other by property id (a list). */
function inputQualifiers(ctx: SnakContext, qualifiers: Record<string, Snak[]>, order?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of orderOf(qualifiers, order)) {
    const values = snakValues(ctx, qualifiers[property]!, 'qualifier');
    if (!values.length) continue;
    const name = QUALIFIER_BY_PROPERTY.get(property);
    // Named qualifiers take plain values: a date with before / after stays under its property id.
    if (name && values.length === 1 && out[name] === undefined && !specialSnak(values[0]) && !(property !== 'sourcing' && isTimeObject(values[0]))) out[name] = values[0];
    else out[property] = values;
  }
  return out;
}

/** Our reference fields where the reference states a source of the dataset; property ids otherwise. */
function inputReference(ctx: SnakContext, reference: JsonReference): Record<string, unknown> | undefined {
  const snaks = { ...reference.snaks };
  const out: Record<string, unknown> = {};
  const stated = snaks[STATED_IN];
  const source = stated?.length === 1 && stated[0]!.snaktype === 'value' && stated[0]!.datavalue.type === 'wikibase-entityid' ? stated[0]!.datavalue.value.id : undefined;
  const quote = snaks[QUOTATION]?.[0];
  if (source !== undefined && ctx.sources.has(source) && quote?.snaktype === 'value' && quote.datavalue.type === 'monolingualtext') {
    out.source = source;
    out.quote = quote.datavalue.value.text;
    if (quote.datavalue.value.language !== ctx.sources.get(source)) out.quoteLang = quote.datavalue.value.language;
    delete snaks[STATED_IN];
    snaks[QUOTATION] = snaks[QUOTATION]!.slice(1);
    const take = (id: string, field: string, read: (dv: DataValue) => string | undefined) => {
      const first = snaks[id]?.[0];
      if (first?.snaktype !== 'value') return;
      const text = read(first.datavalue);
      if (text === undefined) return;
      out[field] = text;
      snaks[id] = snaks[id]!.slice(1);
    };
    const stringOf = (dv: DataValue) => (dv.type === 'string' ? dv.value : undefined);
    take('locator', 'at', stringOf);
    const fields = reference[EXTENSION_KEY]?.fields;
    if (!fields || fields.includes('namedAs')) take(NAMED_AS, 'namedAs', stringOf);
    take('referenceNote', 'note', (dv) => (dv.type === 'monolingualtext' ? dv.value.text : undefined));
    if (!fields || fields.includes('url')) take(URL, 'url', stringOf);
  }
  for (const property of orderOf(snaks, reference['snaks-order'])) {
    if (!snaks[property]!.length) continue;
    const values = snakValues(ctx, snaks[property]!, 'reference');
    if (values.length) out[property] = values;
  }
  if (!Object.keys(out).length) {
    ctx.note('a reference with nothing linked-lives can keep: left out');
    return undefined;
  }
  return out;
}

/** The values of qualifier or reference snaks; unknown and no value cannot be kept there (reported). */
function snakValues(ctx: SnakContext, snaks: Snak[], where: 'qualifier' | 'reference'): unknown[] {
  const out: unknown[] = [];
  for (const snak of snaks) {
    const datatype = datatypeOf(ctx, snak);
    if (!datatype) {
      ctx.note(`a ${where} of datatype ${snak.datatype ?? '(none given)'}, which linked-lives does not have: left out`, snak.property);
      continue;
    }
    if (snak.snaktype !== 'value') {
      out.push(snak.snaktype === 'somevalue' ? { unknownValue: true } : { noValue: true });
      continue;
    }
    const value = inputValueOf(snak.datavalue, datatype, (id) => ctx.refOf(id));
    if ('problem' in value) ctx.note(`a ${where} value left out: ${value.problem}`, snak.property);
    else out.push(value.value);
  }
  return out;
}

const isTimeObject = (value: unknown) => !!value && typeof value === 'object' && 'date' in (value as object);

const orderOf = (snaks: Record<string, unknown>, order?: string[]) => [...new Set([...(order ?? []), ...Object.keys(snaks)])].filter((p) => Object.hasOwn(snaks, p));
