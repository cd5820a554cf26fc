// **import** — Wikibase JSON files → the entities and manifest parts of a dataset, as an async
// iterable. Two passes over the files: the first gives every Wikibase item its id and kind (so that a
// statement about another imported item points to that entity, and a membership knows its party), the
// second converts. Both stream; memory grows with the number of entities (an id each), not their size.
import { InputError, type InputIssue } from '../errors.js';
import { valueProblem } from '../load/parse-document.js';
import { PropertyTable } from '../model/property-table.js';
import type { PropertyDeclaration } from '../model/manifest.js';
import { WIKIBASE_DATATYPES } from '../vocab/datatypes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { EntityConverter, kindOf, unknownDatatype, type ConvertOptions, type ImportedDocument, type IndexEntry, type ManifestPart } from './from-json.js';
import { ImportReport } from './import-report.js';
import { EntityShapeSchema, EXTENSION_KEY, type JsonEntity } from './json-model.js';
import { schemaMessage } from '../load/schema-message.js';
import { readWikibaseEntities, type RawEntity } from './read-entities.js';
import { conceptOfQid } from './wikidata-item.js';
import { qidOfIri } from './values.js';

export interface ImportOptions extends ConvertOptions {
  /** `stop` (default): the first bad entity ends the import with an error; `skip`: it is listed and left out. */
  onError?: 'stop' | 'skip';
  /** Ids already taken (an existing dataset's), and the entities it already has by QID. */
  existing?: { ids: ReadonlySet<string>; byQid: ReadonlyMap<string, IndexEntry> };
  /** Properties the dataset already declares. */
  declared?: Record<string, PropertyDeclaration>;
  report?: ImportReport;
}

export type ImportedItem = { document: ImportedDocument } | { manifest: ManifestPart };

/** The entities of the files, converted, in file order; manifest parts as they are met. */
export async function* importEntities(files: string[], options: ImportOptions = {}): AsyncGenerator<ImportedItem> {
  const report = options.report ?? new ImportReport();
  const fail = (raw: RawEntity, message: string, entity?: string) => {
    const issue: InputIssue = { code: 'schema', file: raw.file, path: [], message, ...(raw.line !== undefined && { line: raw.line }), ...(entity && { entity }) };
    if (options.onError === 'skip') report.skipped.push(issue);
    else throw new InputError([issue]);
  };
  const { index, taken } = await indexItems(files, options, fail);
  const declared: Record<string, PropertyDeclaration> = { ...(options.declared ?? {}) };
  let table = new PropertyTable({ properties: declared });
  const pending: ManifestPart[] = [];
  let base: string | undefined; // our own JSON's base IRI, for units and globes named by IRI
  const ctx = {
    get properties() { return table; },
    sources: new Map<string, string>(),
    refOf: (idOrIri: string, group?: string) => refOf(idOrIri, group, index, base),
    declare: (id: string, datatype: string | undefined) => {
      if (!/^P[1-9]\d*$/.test(id) || !datatype || !Object.hasOwn(WIKIBASE_DATATYPES, datatype)) return false;
      declared[id] = { datatype: datatype as PropertyDeclaration['datatype'], labels: { en: id }, descriptions: {} };
      table = new PropertyTable({ properties: declared });
      report.declaredProperties.push(id);
      pending.push({ type: 'property', key: id, declaration: { datatype, labels: { en: id } } });
      return true;
    },
  };
  const converter = new EntityConverter(ctx, report, options, index, taken);
  const seen = new Set<string>();
  for await (const raw of entitiesOf(files)) {
    const entity = checkedEntity(raw, fail);
    if (!entity) continue;
    if (typeof entity.id === 'string') {
      // A Wikibase item met twice was reported by the first pass; one of ours is reported here.
      if (seen.has(entity.id)) {
        if (entity[EXTENSION_KEY]) fail(raw, `${entity.id} is in the input twice`, entity.id);
        continue;
      }
      seen.add(entity.id);
    }
    const converted = converter.convert(entity);
    if (typeof converted === 'string') {
      fail(raw, converted, entity.id);
      continue;
    }
    for (const part of converted.manifest) {
      if (part.type === 'header' && part.baseIri) base = part.baseIri;
      if (part.type === 'property') {
        const label = (part.declaration.labels as Record<string, string> | undefined)?.en;
        if (label && label !== part.key) report.propertyLabels.set(part.key, label);
        if (declared[part.key] && !report.declaredProperties.includes(part.key)) continue;
        declared[part.key] = part.declaration as PropertyDeclaration;
        table = new PropertyTable({ properties: declared });
      }
      yield { manifest: part };
    }
    // Properties declared while converting go to the manifest before the entity that uses them.
    for (const part of pending.splice(0)) yield { manifest: part };
    for (const document of converted.documents) yield { document };
  }
}

async function* entitiesOf(files: string[]): AsyncGenerator<RawEntity> {
  for (const file of files) yield* readWikibaseEntities(file);
}

/** The entity if it is one: an object with a type; texts a dump can hold. */
function checkedEntity(raw: RawEntity, fail: (raw: RawEntity, message: string, entity?: string) => void): JsonEntity | undefined {
  const value = raw.value as JsonEntity | null;
  if (!value || typeof value !== 'object' || Array.isArray(value) || typeof value.type !== 'string') {
    fail(raw, 'not a Wikibase entity: an entity is an object with "type" and "id" (as Special:EntityData gives it)');
    return undefined;
  }
  const id = typeof value.id === 'string' ? value.id : undefined;
  const shape = EntityShapeSchema.safeParse(value);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    fail(raw, `${id ?? 'the entity'}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${schemaMessage(issue)}`, id);
    return undefined;
  }
  const problem = valueProblem(value);
  if (problem) {
    fail(raw, `${problem.path.join('.')}: ${problem.message}`, value.id);
    return undefined;
  }
  return value;
}

/** First pass: every Wikibase item's id (from its label) and kind. */
async function indexItems(files: string[], options: ImportOptions, fail: (raw: RawEntity, message: string, entity?: string) => void): Promise<{ index: Map<string, IndexEntry>; taken: Set<string> }> {
  const index = new Map<string, IndexEntry>(options.existing?.byQid ?? []);
  const taken = new Set<string>(options.existing?.ids ?? []);
  const languages = options.languages ? [...options.languages] : [];
  for await (const raw of entitiesOf(files)) {
    const entity = raw.value as JsonEntity | null;
    if (!entity || typeof entity !== 'object' || entity.type !== 'item' || entity[EXTENSION_KEY]) {
      if (entity && typeof entity === 'object' && entity[EXTENSION_KEY] && typeof entity.id === 'string') taken.add(entity.id);
      continue;
    }
    const qid = entity.id;
    if (typeof qid !== 'string' || !/^Q[1-9]\d*$/.test(qid)) continue; // reported in the second pass
    if (index.has(qid) && !options.existing?.byQid.has(qid)) {
      fail(raw, `${qid} is in the input twice`, qid);
      continue;
    }
    if (index.has(qid)) continue; // an entity of the dataset already: statements go to it
    // One the second pass will refuse gets no id: statements about it keep its QID.
    if (!checkedEntity(raw, () => undefined) || unknownDatatype(entity)) continue;
    const kind = kindOf(entity);
    if (!kind) continue;
    const label = [...languages, 'en'].map((l) => entity.labels?.[l]?.value).find(Boolean) ?? Object.values(entity.labels ?? {})[0]?.value;
    let id = slugOf(label ?? '') || qid.toLowerCase();
    if (taken.has(id)) id = `${id}-${qid.toLowerCase()}`;
    taken.add(id);
    index.set(qid, { id, ...kind });
  }
  return { index, taken };
}

/** A readable id from a label: "Victor Serge" → victor-serge. */
export function slugOf(label: string): string {
  return label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** The reference the data writes for an item id or IRI. */
function refOf(idOrIri: string, group: string | undefined, index: ReadonlyMap<string, IndexEntry>, base: string | undefined): string | undefined {
  const qid = /^Q[1-9]\d*$/.test(idOrIri) ? idOrIri : qidOfIri(idOrIri);
  if (qid) return index.get(qid)?.id ?? conceptOfQid(qid, group) ?? qid;
  if (!idOrIri.includes(':')) return idOrIri; // our own JSON: an entity id or concept key
  if (base) for (const prefix of [`${base}entity/`, `${base}concept/`]) if (idOrIri.startsWith(prefix)) return idOrIri.slice(prefix.length);
  return idOrIri.startsWith(NAMESPACES.llc) ? idOrIri.slice(NAMESPACES.llc.length) : undefined;
}
