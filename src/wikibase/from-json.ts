// **from-json** — one Wikibase JSON entity → the data files it becomes. Two sources of JSON:
// - ours (`export --format wikibase-json`), recognised by its `linkedLives` objects: every entity comes
//   back as it was, statements derived from events are left to their events;
// - a Wikibase's (Wikidata's): items become persons, works, places, organisations or events by their
//   P31 and properties, statements go to named fields, person facts to events (inverse-derive.ts), the
//   rest under `claims:`, keeping ranks, qualifiers, references and GUIDs.
import { CONCEPTS, type Concept } from '../vocab/concepts.js';
import { Q } from '../vocab/items.js';
import { P } from '../vocab/properties.js';
import { FIELDS } from '../model/entity.js';
import type { EntityKind, Target } from '../model/fields.js';
import { PARTY_CONCEPTS } from '../vocab/concepts.js';
import { defaultField } from './fields.js';
import type { ImportReport } from './import-report.js';
import { eventLabel, INVERSE, spanOf, type EventType } from './inverse-derive.js';
import { EXTENSION_KEY, type EntityExtension, type JsonEntity, type JsonStatement } from './json-model.js';
import { inputStatement, mainValue, Problem, type InputStatement, type SnakContext } from './snaks.js';
import { FORMAT, FORMATTER_URI } from './to-json.js';
import { timeInput } from './values.js';

export type DataKind = Exclude<EntityKind, 'source'>;

/** A data file the import writes: an entity or a concept. */
export interface ImportedDocument {
  kind: DataKind | 'concept';
  id: string;
  body: Record<string, unknown>;
}

/** What an entity adds to the manifest. */
export type ManifestPart =
  | { type: 'header'; title: Record<string, string>; description: Record<string, string>; baseIri?: string; license?: string }
  | { type: 'source'; source: Record<string, unknown> }
  | { type: 'property'; key: string; declaration: Record<string, unknown> };

export interface Converted {
  documents: ImportedDocument[];
  manifest: ManifestPart[];
}

/** What the first pass learnt of each Wikibase item: the id it gets, its kind and type. */
export interface IndexEntry {
  id: string;
  kind: DataKind;
  type?: string;
}

export interface ConvertOptions {
  languages?: ReadonlySet<string>;
  onlyProperties?: ReadonlySet<string>;
  /** Mark each statement as coming from Wikidata (a reference to the item's page). */
  markProvenance?: boolean;
}

const KIND_OF_GROUP: Record<string, DataKind> = { workType: 'work', placeType: 'place', organizationType: 'organization', eventType: 'event' };

/** Built-in concepts by the QID they are, per group. */
const CONCEPT_BY_QID = new Map<string, Map<string, string>>();
for (const [key, concept] of Object.entries(CONCEPTS) as [string, Concept][]) {
  if (!concept.item) continue;
  const qid = Q[concept.item];
  let byGroup = CONCEPT_BY_QID.get(qid);
  if (!byGroup) CONCEPT_BY_QID.set(qid, (byGroup = new Map()));
  if (!byGroup.has(concept.group)) byGroup.set(concept.group, key);
}
export const conceptOfQid = (qid: string, group?: string) => (group ? CONCEPT_BY_QID.get(qid)?.get(group) : undefined);

/** Kind and type of a Wikibase item, from P31 and, failing that, the properties it has. */
export function kindOf(entity: JsonEntity): { kind: DataKind; type?: string } | undefined {
  const classes = (entity.claims?.[P.instanceOf] ?? []).filter((s) => s.rank !== 'deprecated').flatMap((s) =>
    s.mainsnak.snaktype === 'value' && s.mainsnak.datavalue.type === 'wikibase-entityid' ? [s.mainsnak.datavalue.value.id] : []);
  if (classes.includes(Q.human)) return { kind: 'person' };
  for (const qid of classes) {
    for (const [group, key] of CONCEPT_BY_QID.get(qid) ?? []) if (KIND_OF_GROUP[group]) return { kind: KIND_OF_GROUP[group]!, type: key };
  }
  const has = (...properties: string[]) => properties.some((p) => entity.claims?.[p]?.length);
  const kind: DataKind | undefined = has('P625') ? 'place' : has(P.author, P.publicationDate, P.title, P.publisher) ? 'work'
    : has(P.pointInTime, P.participant) ? 'event' : undefined;
  return kind && classes[0] ? { kind, type: classes[0] } : undefined;
}

export class EntityConverter {
  constructor(
    private readonly ctx: Omit<SnakContext, 'note'>,
    private readonly report: ImportReport,
    private readonly options: ConvertOptions = {},
    private readonly index: ReadonlyMap<string, IndexEntry> = new Map(),
  ) {}

  /** The entity's documents and manifest parts; a string says why it cannot be imported. */
  convert(entity: JsonEntity): Converted | string {
    const unknown = unknownDatatype(entity);
    if (unknown) return unknown;
    if (entity.type === 'property') return this.property(entity);
    if (entity.type !== 'item') return `a ${entity.type} entity: linked-lives imports items (and properties as declarations), not ${entity.type}s`;
    const extension = entity[EXTENSION_KEY];
    return extension ? this.ours(entity, extension) : this.wikibase(entity);
  }

  private snakContext(entity: string): SnakContext {
    return { ...this.ctx, note: (message, property) => this.report.note(entity, message, property) };
  }

  private property(entity: JsonEntity): Converted | string {
    const id = entity.id ?? '';
    if (this.ctx.properties.get(id)?.wikidata && /^P\d+$/.test(id) && !this.ctx.properties.declared.some((d) => d.key === id)) return { documents: [], manifest: [] }; // built in
    const text = (property: string) => {
      const snak = entity.claims?.[property]?.[0]?.mainsnak;
      return snak?.snaktype === 'value' && snak.datavalue.type === 'string' ? snak.datavalue.value : undefined;
    };
    const formatterUri = text(FORMATTER_URI);
    const format = text(FORMAT);
    const declaration = {
      datatype: entity.datatype, labels: this.terms(entity.labels) ?? { en: id }, ...nonEmpty('descriptions', this.terms(entity.descriptions)),
      ...(formatterUri !== undefined && { formatterUri }), ...(format !== undefined && { format }),
    };
    return { documents: [], manifest: [{ type: 'property', key: id, declaration }] };
  }

  // ---- our own JSON --------------------------------------------------------------------------

  private ours(entity: JsonEntity, extension: EntityExtension): Converted | string {
    const id = entity.id!;
    const labels = this.terms(entity.labels) ?? {};
    switch (extension.kind) {
      case 'dataset':
        return { documents: [], manifest: [{ type: 'header', title: labels, description: this.terms(entity.descriptions) ?? {}, ...(extension.baseIri && { baseIri: extension.baseIri }), ...(extension.license && { license: extension.license }) }] };
      case 'concept': {
        const broader = entity.claims?.[P.subclassOf]?.[0]?.mainsnak;
        const body = { kind: 'concept', id, group: extension.group, label: labels.en ?? Object.values(labels)[0], ...(broader?.snaktype === 'value' && broader.datavalue.type === 'wikibase-entityid' && { broader: broader.datavalue.value.id }) };
        this.report.entity('concept');
        return { documents: [{ kind: 'concept', id, body }], manifest: [] };
      }
      case 'source':
        return this.source(entity, extension, labels);
      default: {
        const kind = extension.kind;
        const body: Record<string, unknown> = { kind, id, ...(extension.qid && { qid: extension.qid }) };
        const fields: Record<string, unknown> = {};
        const ctx = this.snakContext(id);
        if (extension.type !== undefined && kind !== 'person') body.type = extension.type;
        for (const [property, statements] of Object.entries(entity.claims ?? {})) {
          for (const statement of statements) {
            const ext = statement[EXTENSION_KEY];
            if (ext?.derivedFrom !== undefined) {
              this.report.statement(property, 'given back by an event');
              continue;
            }
            if (property === P.instanceOf && !ext?.field) continue; // the one the kind or type gives
            const field = ext?.field ?? defaultField(kind, property);
            const converted = inputStatement(ctx, statement, !!ext?.idGiven);
            if (converted instanceof Problem) {
              this.report.note(id, converted.message, property);
              this.report.statement(property, 'not imported');
              continue;
            }
            push(fields, field, converted);
            this.report.statement(property, field.startsWith('claims.') ? 'claims' : 'field');
          }
        }
        this.report.entity(kind);
        return { documents: [{ kind, id, body: { ...body, ...termsOf(labels, this.terms(entity.descriptions), this.aliases(entity.aliases)), ...fields } }], manifest: [] };
      }
    }
  }

  private source(entity: JsonEntity, extension: EntityExtension, labels: Record<string, string>): Converted {
    const value = (property: string) => (entity.claims?.[property] ?? []).flatMap((s) => {
      const v = s.mainsnak.snaktype === 'value' ? mainValue(this.snakContext(entity.id!), s.mainsnak) : undefined;
      return v && !(v instanceof Problem) ? [v.value] : [];
    });
    const [title] = value(P.title);
    const [date] = value(P.publicationDate);
    const [file] = value('sourceFile');
    const source = {
      id: entity.id, ...(extension.qid && { qid: extension.qid }), labels,
      ...nonEmpty('descriptions', this.terms(entity.descriptions)), ...nonEmpty('aliases', this.aliases(entity.aliases)),
      title, ...nonEmpty('authors', value(P.author)), ...nonEmpty('authorNames', value(P.authorNameString)),
      ...(date !== undefined && { date }), ...(extension.url && { url: extension.url }), ...(file !== undefined && { file }),
      language: extension.language,
    };
    this.ctx.sources.set(entity.id!, extension.language ?? 'en');
    this.report.entity('source');
    return { documents: [], manifest: [{ type: 'source', source }] };
  }

  // ---- a Wikibase's JSON ---------------------------------------------------------------------

  private wikibase(entity: JsonEntity): Converted | string {
    const qid = entity.id;
    if (!qid || !/^Q[1-9]\d*$/.test(qid)) return `an item without a Wikidata-style id (${qid ?? 'none'})`;
    const entry = this.index.get(qid);
    if (!entry) return `could not tell what kind of entity ${qid} is: it is not an instance of a human (Q5) or of a class linked-lives knows, and has no coordinates, author, publication date or point in time`;
    const { kind, id } = entry;
    const ctx = this.snakContext(qid);
    const labels = this.terms(entity.labels) ?? this.fallbackLabel(entity, qid);
    const body: Record<string, unknown> = { kind, id, qid, ...(kind !== 'person' && { type: entry.type }) };
    const fields: Record<string, unknown> = {};
    const events = new Map<string, { type: EventType; body: Record<string, unknown> }>();
    let counter = 0;
    const eventFor = (type: EventType, shared: boolean) => {
      const key = shared ? type : `${type}-${++counter}`;
      let event = events.get(key);
      if (!event) {
        const eventId = shared ? `${id}-${type}` : `${id}-${type}-${counter}`;
        const label = labels.en ?? Object.values(labels)[0]!;
        event = { type, body: { kind: 'event', id: eventId, type, labels: { en: eventLabel(type, label) }, participants: [{ value: id }] } };
        events.set(key, event);
      }
      return event;
    };
    if (entity.sitelinks) this.report.sitelinks += Object.keys(entity.sitelinks).length;
    for (const [property, statements] of Object.entries(entity.claims ?? {})) {
      if (this.options.onlyProperties && !this.options.onlyProperties.has(property)) {
        this.report.statement(property, 'not imported', statements.length);
        continue;
      }
      for (const statement of statements) {
        const inverse = kind === 'person' ? INVERSE[property] : undefined;
        if (inverse && this.toEvent(ctx, qid, property, statement, inverse, eventFor)) continue;
        const field = defaultField(kind, property);
        const converted = inputStatement(ctx, statement, true, groupOf(kind, field));
        if (converted instanceof Problem) {
          this.report.note(qid, converted.message, property);
          this.report.statement(property, 'not imported');
          continue;
        }
        push(fields, field, this.marked(converted, qid));
        this.report.statement(property, field.startsWith('claims.') ? 'claims' : 'field');
      }
    }
    this.report.entity(kind);
    const documents: ImportedDocument[] = [{ kind, id, body: { ...body, ...termsOf(labels, this.terms(entity.descriptions), this.aliases(entity.aliases)), ...fields } }];
    for (const event of events.values()) {
      this.report.entity('event');
      documents.push({ kind: 'event', id: event.body.id as string, body: event.body });
    }
    return { documents, manifest: [] };
  }

  /** Puts a derived-property statement into its event; false where the event would not give it back. */
  private toEvent(ctx: SnakContext, qid: string, property: string, statement: JsonStatement, inverse: (typeof INVERSE)[string], eventFor: (type: EventType, shared: boolean) => { body: Record<string, unknown> }): boolean {
    const span = spanOf(statement, inverse.shared);
    const refuse = (why: string) => {
      this.report.note(qid, `kept under claims, not as an event: ${why}`, property);
      return false;
    };
    if (typeof span === 'string') return refuse(span);
    if (inverse.type === 'membership') {
      if (statement.mainsnak.snaktype !== 'value' || statement.mainsnak.datavalue.type !== 'wikibase-entityid') return refuse('a membership event needs a known organisation');
      const org = this.index.get(statement.mainsnak.datavalue.value.id);
      const party = org?.kind === 'organization' && PARTY_CONCEPTS.has(org.type ?? '');
      if (org?.kind !== 'organization') return refuse('the organisation is not among the imported entities, so a membership event would not give the statement back');
      if (party !== (property === P.memberOfPoliticalParty)) return refuse(`the organisation's type (${org.type}) would give ${party ? 'P102' : 'P463'} back`);
      if (span.rest.includes(P.objectHasRole)) return refuse('a member with a role is no plain member');
    }
    const stripped: JsonStatement = { ...statement, qualifiers: Object.fromEntries(Object.entries(statement.qualifiers ?? {}).filter(([p]) => span.rest.includes(p))) };
    const converted = inputStatement(ctx, stripped, true, inverse.field === 'causeOfDeath' ? 'causeOfDeath' : undefined);
    if (converted instanceof Problem) {
      this.report.note(qid, converted.message, property);
      this.report.statement(property, 'not imported');
      return true;
    }
    const event = eventFor(inverse.type, inverse.shared);
    push(event.body, inverse.field, this.marked(converted, qid));
    for (const [field, snak] of Object.entries(span.span)) {
      if (snak.snaktype !== 'value' || snak.datavalue.type !== 'time') continue;
      const time = timeInput(snak.datavalue.value);
      if ('problem' in time) return refuse(time.problem);
      push(event.body, field, { value: time.value });
    }
    this.report.statement(property, 'event');
    return true;
  }

  /** With --into, each imported statement cites the Wikidata item it comes from. */
  private marked(statement: InputStatement, qid: string): InputStatement {
    if (!this.options.markProvenance) return statement;
    const references = [...((statement.references as unknown[]) ?? []), { [P.referenceUrl]: [`https://www.wikidata.org/wiki/${qid}`] }];
    return { ...statement, references };
  }

  private fallbackLabel(entity: JsonEntity, qid: string): Record<string, string> {
    const any = Object.values(entity.labels ?? {})[0];
    this.report.note(qid, any ? `no label in the requested languages: kept its ${any.language} label` : 'no label at all: labelled with its id');
    return any ? { [any.language]: any.value } : { en: qid };
  }

  private terms(terms: JsonEntity['labels']): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const [lang, term] of Object.entries(terms ?? {})) if (this.wanted(lang)) out[lang] = term.value;
    return Object.keys(out).length ? out : undefined;
  }

  private aliases(aliases: JsonEntity['aliases']): Record<string, string[]> | undefined {
    const out: Record<string, string[]> = {};
    for (const [lang, list] of Object.entries(aliases ?? {})) if (this.wanted(lang) && list.length) out[lang] = list.map((a) => a.value);
    return Object.keys(out).length ? out : undefined;
  }

  private wanted(lang: string): boolean {
    return !this.options.languages || this.options.languages.has(lang);
  }
}

/** Every datatype a Wikibase (Wikidata, Commons) gives snaks: the ones linked-lives lacks are reported
 *  statement by statement; any other name means the input is not what it claims to be. */
const WIKIBASE_DATATYPE_IDS = new Set([
  'wikibase-item', 'wikibase-property', 'wikibase-lexeme', 'wikibase-form', 'wikibase-sense', 'wikibase-mediainfo',
  'commonsMedia', 'globe-coordinate', 'monolingualtext', 'quantity', 'string', 'time', 'url', 'external-id',
  'math', 'geo-shape', 'tabular-data', 'musical-notation', 'entity-schema', 'edtf', 'localMedia',
]);

/** Why the entity is not Wikibase JSON as far as its snaks' datatypes tell, if it is not. */
function unknownDatatype(entity: JsonEntity): string | undefined {
  if (entity.type === 'property' && entity.datatype !== undefined && !WIKIBASE_DATATYPE_IDS.has(entity.datatype)) return `property ${entity.id} has the datatype "${entity.datatype}", which no Wikibase has`;
  for (const statements of Object.values(entity.claims ?? {})) {
    if (!Array.isArray(statements)) return `the statements of ${entity.id} are not a list`;
    for (const statement of statements) {
      const snaks = [statement?.mainsnak, ...Object.values(statement?.qualifiers ?? {}).flat(), ...(statement?.references ?? []).flatMap((r) => Object.values(r?.snaks ?? {}).flat())];
      for (const snak of snaks) {
        if (!snak || typeof snak !== 'object' || typeof snak.property !== 'string') return `a statement of ${entity.id} without a proper snak (property, snaktype)`;
        if (snak.datatype !== undefined && !WIKIBASE_DATATYPE_IDS.has(snak.datatype)) return `${snak.property} of ${entity.id} has the datatype "${snak.datatype}", which no Wikibase has`;
        if (!['value', 'somevalue', 'novalue'].includes(snak.snaktype) || (snak.snaktype === 'value' && (!snak.datavalue || typeof snak.datavalue !== 'object'))) return `${snak.property} of ${entity.id}: a snak without a proper snaktype and datavalue`;
      }
    }
  }
  return undefined;
}

/** The concept group an item field expects, for mapping a Wikidata class to a built-in concept key. */
function groupOf(kind: DataKind, field: string): string | undefined {
  const spec = (FIELDS[kind] as Record<string, { targets?: readonly Target[] }>)[field];
  const target = spec?.targets?.find((t) => t.startsWith('concept:'));
  return target?.slice('concept:'.length);
}


function push(body: Record<string, unknown>, path: string, statement: unknown): void {
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  if (tail === undefined) {
    ((body[head] ??= []) as unknown[]).push(statement);
    return;
  }
  const group = (body[head] ??= {}) as Record<string, unknown[]>;
  (group[tail] ??= []).push(statement);
}

function termsOf(labels: Record<string, string>, descriptions?: Record<string, string>, aliases?: Record<string, string[]>) {
  return { labels, ...nonEmpty('descriptions', descriptions), ...nonEmpty('aliases', aliases) };
}

function nonEmpty<K extends string>(key: K, value: unknown): Partial<Record<K, unknown>> {
  if (value === undefined || (Array.isArray(value) && !value.length) || (typeof value === 'object' && value && !Object.keys(value).length)) return {};
  return { [key]: value } as Record<K, unknown>;
}

