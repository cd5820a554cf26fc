// **from-json** — one Wikibase JSON entity → the data files it becomes. Two sources of JSON: ours
// (`export --format wikibase-json`), which comes back as it was (own-entity.ts), and a Wikibase's
// (Wikidata's), whose items become our entities (wikidata-item.ts). A property entity becomes a
// declaration in the manifest. The converter holds what both need: the dataset's properties and
// sources, the report, the options, the first pass's index of items and the ids in use.
import { P } from '../vocab/properties.js';
import { LanguageTagSchema } from '../model/values.js';
import { nonEmpty, type Converted, type ConvertOptions, type IndexEntry } from './documents.js';
import type { ImportReport } from './import-report.js';
import { EXTENSION_KEY, type JsonEntity } from './json-model.js';
import { ownEntity } from './own-entity.js';
import type { InputStatement, SnakContext } from './snaks.js';
import { FORMAT, FORMATTER_URI } from './to-json.js';
import { wikidataItem } from './wikidata-item.js';

export type { Converted, ConvertOptions, DataKind, ImportedDocument, IndexEntry, ManifestPart } from './documents.js';
export { conceptOfQid, kindOf } from './wikidata-item.js';

export class EntityConverter {
  constructor(
    readonly ctx: Omit<SnakContext, 'note'>,
    readonly report: ImportReport,
    readonly options: ConvertOptions = {},
    readonly index: ReadonlyMap<string, IndexEntry> = new Map(),
    /** Ids in use (the dataset's, the imported items'): an event's id is chosen among the others. */
    private readonly taken: Set<string> = new Set(),
  ) {}

  /** The entity's documents and manifest parts; a string says why it cannot be imported. */
  convert(entity: JsonEntity): Converted | string {
    const unknown = unknownDatatype(entity);
    if (unknown) return unknown;
    if (entity.type === 'property') return this.property(entity);
    if (entity.type !== 'item') return `a ${entity.type} entity: linked-lives imports items (and properties as declarations), not ${entity.type}s`;
    const extension = entity[EXTENSION_KEY];
    return extension ? ownEntity(this, entity, extension) : wikidataItem(this, entity);
  }

  snakContext(entity: string): SnakContext {
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

  /** `id`, or `id-2`, `id-3` … where an entity of the dataset or of the input has it. */
  freeId(id: string): string {
    let free = id;
    for (let n = 2; this.taken.has(free); n++) free = `${id}-${n}`;
    this.taken.add(free);
    return free;
  }

  /** With --into, each imported statement cites the Wikidata item it comes from. */
  marked(statement: InputStatement, qid: string): InputStatement {
    if (!this.options.markProvenance) return statement;
    const references = [...((statement.references as unknown[]) ?? []), { [P.referenceUrl]: [`https://www.wikidata.org/wiki/${qid}`] }];
    return { ...statement, references };
  }

  fallbackLabel(entity: JsonEntity, qid: string): Record<string, string> {
    const any = Object.values(entity.labels ?? {}).find((t) => t.value && LanguageTagSchema.safeParse(t.language).success);
    this.report.note(qid, any ? `no label in the requested languages: kept its ${any.language} label` : 'no label at all: labelled with its id');
    return any ? { [any.language]: any.value } : { en: qid };
  }

  terms(terms: JsonEntity['labels'], entity?: string): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const [lang, term] of Object.entries(terms ?? {})) if (this.wanted(lang, entity) && term.value) out[lang] = term.value;
    return Object.keys(out).length ? out : undefined;
  }

  aliases(aliases: JsonEntity['aliases'], entity?: string): Record<string, string[]> | undefined {
    const out: Record<string, string[]> = {};
    for (const [lang, list] of Object.entries(aliases ?? {})) {
      const texts = list.map((a) => a.value).filter(Boolean);
      if (this.wanted(lang, entity) && texts.length) out[lang] = texts;
    }
    return Object.keys(out).length ? out : undefined;
  }

  /** A language asked for (all by default) that is a language tag our data can hold (not "simple", say). */
  private wanted(lang: string, entity?: string): boolean {
    if (this.options.languages && !this.options.languages.has(lang)) return false;
    if (LanguageTagSchema.safeParse(lang).success) return true;
    if (entity !== undefined) this.report.note(entity, `terms in "${lang}", which is not a BCP 47 language tag linked-lives can write, are left out`);
    return false;
  }
}

/** Every datatype a Wikibase (Wikidata, Commons) gives snaks: the ones linked-lives lacks are reported
 *  statement by statement; any other name means the input is not what it claims to be. */
const WIKIBASE_DATATYPE_IDS = new Set([
  'wikibase-item', 'wikibase-property', 'wikibase-lexeme', 'wikibase-form', 'wikibase-sense', 'wikibase-mediainfo',
  'commonsMedia', 'globe-coordinate', 'monolingualtext', 'quantity', 'string', 'time', 'url', 'external-id',
  'math', 'geo-shape', 'tabular-data', 'musical-notation', 'entity-schema', 'edtf', 'localMedia',
]);

/** Why the entity is not Wikibase JSON as far as its snaks' datatypes tell, if it is not (its shape
 *  was checked when it was read: import.ts). */
export function unknownDatatype(entity: JsonEntity): string | undefined {
  if (entity.type === 'property' && entity.datatype !== undefined && !WIKIBASE_DATATYPE_IDS.has(entity.datatype)) return `property ${entity.id} has the datatype "${entity.datatype}", which no Wikibase has`;
  for (const statements of Object.values(entity.claims ?? {})) {
    for (const statement of statements) {
      const snaks = [statement.mainsnak, ...Object.values(statement.qualifiers ?? {}).flat(), ...(statement.references ?? []).flatMap((r) => Object.values(r.snaks).flat())];
      const odd = snaks.find((snak) => snak.datatype !== undefined && !WIKIBASE_DATATYPE_IDS.has(snak.datatype));
      if (odd) return `${odd.property} of ${entity.id} has the datatype "${odd.datatype}", which no Wikibase has`;
    }
  }
  return undefined;
}
