// **merge** — `import --into DATA_DIR`: Wikidata's statements added to an existing dataset. Entities
// are matched by QID; a matched entity gets the imported statements beside its own (each citing the
// Wikidata item it comes from), an identical statement is not added twice, a birth, death or burial
// fact joins the entity's own event of that kind; other items become new files. Nothing of ours is
// changed: files are only appended to, with their comments and layout kept. The merged dataset is
// checked as a whole in a copy first; only then are the changed files replaced, each atomically.
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { createContext } from '../graph/context.js';
import { deriveClaims } from '../graph/derive.js';
import { propertyIris } from '../graph/property.js';
import { valueKey } from '../graph/statement-id.js';
import { statementClaims } from '../graph/to-claims.js';
import { withInstanceOf } from '../graph/render-entity.js';
import type { Claim } from '../graph/claim.js';
import { loadDataset, MANIFEST_NAMES } from '../load/load-dataset.js';
import type { Dataset } from '../model/dataset.js';
import { EntitySchema, type Entity } from '../model/entity.js';
import { typeOpenValues } from '../model/open-values.js';
import { PropertyTable } from '../model/property-table.js';
import type { PropertyDeclaration } from '../model/manifest.js';
import type { ImportedDocument } from './from-json.js';
import { importEntities, type ImportOptions } from './import.js';
import { ImportReport, plural } from './import-report.js';
import { KIND_FOLDERS, yamlOf } from './write-import.js';
import { appendEntry, appendStatements } from './yaml-append.js';

const SHARED_EVENTS = new Set(['birth', 'death', 'burial']);

export interface MergeResult {
  table: PropertyTable;
  summary: string;
}

export async function mergeInto(dataDir: string, files: string[], options: Omit<ImportOptions, 'existing' | 'declared' | 'markProvenance'>): Promise<MergeResult> {
  const report = options.report ?? new ImportReport();
  const dataset = await loadDataset(dataDir);
  const byQid = new Map<string, { id: string; kind: Exclude<Entity['kind'], 'source'>; type?: string }>();
  for (const e of dataset.entities) if (e.qid) byQid.set(e.qid, { id: e.id, kind: e.kind, ...('type' in e && { type: e.type }) });
  const ids = new Set<string>([...dataset.entities.map((e) => e.id), ...dataset.manifest.sources.map((s) => s.id), ...Object.keys(dataset.manifest.concepts)]);
  const declared: Record<string, PropertyDeclaration> = { ...dataset.manifest.properties };
  const newProperties: Record<string, unknown> = {};
  const documents: ImportedDocument[] = [];
  for await (const item of importEntities(files, { ...options, report, markProvenance: true, existing: { ids, byQid }, declared })) {
    if ('document' in item) documents.push(item.document);
    else if (item.manifest.type === 'property' && !Object.hasOwn(dataset.manifest.properties, item.manifest.key)) {
      newProperties[item.manifest.key] = item.manifest.declaration;
      declared[item.manifest.key] = item.manifest.declaration as PropertyDeclaration;
    }
  }
  const table = new PropertyTable({ properties: declared });
  // The dataset with the new entities and properties: what the imported statements' references resolve in.
  const fresh = documents.filter((d) => d.kind !== 'concept' && !dataset.entities.some((e) => e.id === d.id)).flatMap((d) => parsed(d, table) ?? []);
  const probe: Dataset = { ...dataset, manifest: { ...dataset.manifest, properties: declared }, entities: [...dataset.entities, ...fresh] };
  const plan = planMerge(probe, documents, table, report);
  await applyPlan(dataDir, dataset, plan, newProperties);
  const summary = `Into ${dataDir}: ${plural(plan.added, 'statement', 'statements')} added to ${plural(plan.patches.size, 'entity', 'entities')} of the dataset, ${plural(plan.created.length, 'new entity', 'new entities')}${plan.skipped ? `, ${plural(plan.skipped, 'statement', 'statements')} already there` : ''}.`;
  return { table, summary };
}

interface Plan {
  /** Statements to append to existing entities: entity id → field path → statements. */
  patches: Map<string, Map<string, unknown[]>>;
  created: ImportedDocument[];
  added: number;
  skipped: number;
}

/** Decides what goes where, leaving out statements the dataset already makes. */
function planMerge(dataset: Dataset, documents: ImportedDocument[], table: PropertyTable, report: ImportReport): Plan {
  const existing = new Map(dataset.entities.map((e) => [e.id, e]));
  const isNew = new Set(documents.map((d) => d.id).filter((id) => !dataset.files.has(id)));
  const known = claimKeys(dataset, dataset.entities.filter((e) => !isNew.has(e.id)));
  const plan: Plan = { patches: new Map(), created: [], added: 0, skipped: 0 };
  const ownEvents = eventsBySubject(dataset);
  const patch = (id: string, field: string, statements: unknown[]) => {
    let fields = plan.patches.get(id);
    if (!fields) plan.patches.set(id, (fields = new Map()));
    fields.set(field, [...(fields.get(field) ?? []), ...statements]);
    plan.added += statements.length;
  };
  for (const doc of documents) {
    const target = doc.kind === 'event' || isNew.has(doc.id) ? undefined : existing.get(doc.id);
    if (doc.kind === 'event') {
      const subject = ((doc.body.participants as { value: string }[])[0]!).value;
      const own = SHARED_EVENTS.has(doc.body.type as string) ? ownEvents.get(`${subject} ${doc.body.type}`) : undefined;
      const fresh = newStatements(doc, known, subject, dataset, table, plan, report);
      if (!fresh.size) continue;
      if (own) for (const [field, list] of fresh) patch(own, field, list);
      else plan.created.push({ ...doc, body: { ...doc.body, ...Object.fromEntries(fresh) } });
      continue;
    }
    if (!target) {
      plan.created.push(doc);
      continue;
    }
    for (const [field, list] of newStatements(doc, known, doc.id, dataset, table, plan, report)) patch(doc.id, field, list);
  }
  return plan;
}

const STATEMENT_FIELDS_SKIPPED = new Set(['kind', 'id', 'qid', 'type', 'labels', 'descriptions', 'aliases', 'participants']);

/** The document's statements the dataset does not already make for `subject`, by field path. */
function newStatements(doc: ImportedDocument, known: Set<string>, subject: string, dataset: Dataset, table: PropertyTable, plan: Plan, report: ImportReport): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [field, value] of Object.entries(doc.body)) {
    if (STATEMENT_FIELDS_SKIPPED.has(field)) continue;
    const groups: [string, unknown[]][] = Array.isArray(value) ? [[field, value]] : Object.entries(value as Record<string, unknown[]>).map(([k, v]) => [`${field}.${k}`, v]);
    for (const [path, statements] of groups) {
      const fresh = statements.filter((statement) => {
        const keys = keysOf(doc, path, statement, subject, dataset, table);
        if (keys.length && keys.every((k) => known.has(k))) {
          plan.skipped++;
          report.statement(keys[0]!.split('\t')[1]!, 'already there');
          return false;
        }
        return true;
      });
      if (fresh.length) out.set(path, fresh);
    }
  }
  return out;
}

/** The document as an entity, typed, or undefined if it is not a valid one (the merged load says why). */
function parsed(doc: ImportedDocument, table: PropertyTable): Entity | undefined {
  const result = EntitySchema.safeParse(structuredClone(doc.body));
  return result.success && !typeOpenValues(result.data, table).length ? result.data : undefined;
}

/** Keys of the claims one imported statement gives its subject: property, value and qualifiers. */
function keysOf(doc: ImportedDocument, path: string, statement: unknown, subject: string, dataset: Dataset, table: PropertyTable): string[] {
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  // The entity with this one statement (and what an event needs to give it: its type and participants).
  const { kind, id, labels, type, participants } = doc.body;
  const body = { kind, id, labels, ...(type !== undefined && { type }), ...(participants !== undefined && { participants }), [head]: tail === undefined ? [statement] : { [tail]: [statement] } };
  const entity = parsed({ ...doc, body }, table);
  if (!entity) return [];
  const probe = { ...dataset, entities: [...dataset.entities.filter((e) => e.id !== entity.id), entity] };
  if (entity.kind === 'event') return claimKeysOf(probe, [entity]).filter((k) => k.startsWith(`${subject}\t`));
  return claimKeysOf(probe, [entity]).filter((k) => k.startsWith(`${entity.id}\t`));
}

/** Every claim of the given entities (their own and those their events give) as a comparable key. */
function claimKeys(dataset: Dataset, entities: Entity[]): Set<string> {
  return new Set(claimKeysOf(dataset, entities));
}

function claimKeysOf(dataset: Dataset, entities: Entity[]): string[] {
  const ctx = createContext({ ...dataset, manifest: { ...dataset.manifest } });
  const out: string[] = [];
  const key = (id: string, claim: Claim) => [id, propertyIris(claim.property).id,
    claim.snak.type === 'value' ? valueKey(claim.snak.value) : claim.snak.type,
    JSON.stringify(claim.qualifiers.map((q) => [propertyIris(q.property).id, q.value.type === 'somevalue' || q.value.type === 'novalue' ? q.value.type : valueKey(q.value)]).sort())].join('\t');
  for (const entity of entities) for (const claim of withInstanceOf(ctx, entity, statementClaims(ctx, entity))) out.push(key(entity.id, claim));
  for (const [id, claims] of deriveClaims(ctx, entities)) for (const claim of claims) out.push(key(id, claim));
  return out;
}

/** The dataset's own birth, death and burial events, by "subject type". */
function eventsBySubject(dataset: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of dataset.entities) {
    if (e.kind !== 'event' || !SHARED_EVENTS.has(e.type)) continue;
    for (const p of e.participants) if (p.snak.type === 'value' && !p.qualifiers.role && !out.has(`${p.snak.value} ${e.type}`)) out.set(`${p.snak.value} ${e.type}`, e.id);
  }
  return out;
}

/** Applies the plan to a copy, loads the copy, then replaces the changed files one by one. */
async function applyPlan(dataDir: string, dataset: Dataset, plan: Plan, newProperties: Record<string, unknown>): Promise<void> {
  const staging = `${path.resolve(dataDir)}.merging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await cp(dataDir, staging, { recursive: true });
  const changed: string[] = [];
  try {
    for (const [id, fields] of plan.patches) {
      const relative = path.relative(path.resolve(dataDir), path.resolve(dataset.files.get(id)!));
      const file = path.join(staging, relative);
      let text = await readFile(file, 'utf8');
      for (const [field, statements] of fields) text = appendStatements(text, field.split('.'), statements);
      await writeFile(file, text);
      changed.push(relative);
    }
    for (const doc of plan.created) {
      const relative = path.join(KIND_FOLDERS[doc.kind], `${doc.id}.yaml`);
      await mkdir(path.join(staging, KIND_FOLDERS[doc.kind]), { recursive: true });
      await writeFile(path.join(staging, relative), yamlOf(doc.body), { flag: 'wx' });
      changed.push(relative);
    }
    if (Object.keys(newProperties).length) {
      const name = MANIFEST_NAMES.find((n) => dataset.files.get(dataset.manifest.sources[0]!.id)!.endsWith(n)) ?? 'dataset.yaml';
      const file = path.join(staging, name);
      let text = await readFile(file, 'utf8');
      for (const [key, declaration] of Object.entries(newProperties)) text = appendEntry(text, 'properties', key, declaration);
      await writeFile(file, text);
      changed.push(name);
    }
    await loadDataset(staging).catch((error: unknown) => {
      // Named as the user knows the files; nothing of the dataset has changed yet.
      const real = (file: string) => path.join(dataDir, path.relative(staging, path.resolve(file)));
      if (error instanceof InputError) throw new InputError(error.issues.map((i) => ({ ...i, file: real(i.file), message: `${i.message} (after merging the imported statements: nothing was changed)` })));
      throw error;
    });
    for (const relative of changed) {
      const target = path.join(dataDir, relative);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.merging-${process.pid}`;
      await cp(path.join(staging, relative), temp);
      await rename(temp, target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
