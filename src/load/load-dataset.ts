// **load-dataset** — a data directory (dataset.yaml + one YAML/JSON file per entity) → a checked Dataset.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { InputError, formatPath, type InputIssue } from '../errors.js';
import { checkDataset } from '../model/check.js';
import type { Dataset } from '../model/dataset.js';
import { EntitySchema, type Entity } from '../model/entity.js';
import { ENTITY_KINDS } from '../model/fields.js';
import { CONCEPT_GROUPS } from '../vocab/concepts.js';
import { ConceptFileSchema, ManifestSchema, type DatasetConcept } from '../model/manifest.js';
import { typeOpenValues } from '../model/open-values.js';
import { propertyKeyProblems, propertyTable } from '../model/property-table.js';
import { factsOf, type EntityFacts } from '../model/resolve.js';
import { locateIssues } from './locate-issues.js';
import { modifiedTimes } from './modified.js';
import { readAhead, type FileRead } from './read-ahead.js';
import { decodeUtf8, parseJson, parseYaml, type ParsedDocument } from './parse-document.js';
import { schemaMessage } from './schema-message.js';

export const MANIFEST_NAMES = ['dataset.yaml', 'dataset.yml', 'dataset.json'];
const DATA_FILE = /\.(ya?ml|json)$/i;

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; issues: InputIssue[] };

/** Loads and checks a data directory; never throws for bad input, returns its issues instead. */
export async function safeLoadDataset(dir: string): Promise<LoadResult> {
  let files: string[];
  const skipped: { file: string; reason: string }[] = [];
  try {
    files = await regularFiles(dir, (await dataFileNames(dir, skipped)).sort(), skipped);
  } catch (error) {
    return { ok: false, issues: [{ code: 'io', file: dir, path: [], message: `cannot read the data directory: ${(error as Error).message}` }] };
  }
  const manifestName = files.find((f) => MANIFEST_NAMES.includes(f));
  if (!manifestName) {
    return { ok: false, issues: [{ code: 'manifest', file: dir, path: [], message: `no dataset manifest (${MANIFEST_NAMES.join(' or ')}) in this directory` }] };
  }
  const issues: InputIssue[] = [];
  const manifestFile = path.join(dir, manifestName);
  const manifestDoc = await readDocument(manifestFile, issues);
  const manifest = manifestDoc && validateAs(manifestDoc, manifestFile, ManifestSchema, issues);
  const properties = manifest && propertyTable(manifest);
  for (const { key, problem } of manifest ? propertyKeyProblems(manifest) : []) {
    issues.push({ code: 'manifest', file: displayPath(manifestFile), path: ['properties', key], message: problem, ...lineAt(manifestDoc!, ['properties', key]) });
  }
  const files_ = new Map<string, string>();
  const entities: Entity[] = [];
  const concepts = new Map<string, { concept: DatasetConcept; file: string }>();
  // Entities whose own file has problems: they exist, so that the cross-file checks of this same
  // round do not report references to them as references to nothing.
  const unchecked: EntityFacts[] = [];
  const uncheckedConcepts = new Map<string, DatasetConcept>();
  for await (const read of readAhead(files.filter((f) => f !== manifestName).map((name) => path.join(dir, name)))) {
    const file = read.file;
    const doc = documentOf(read, issues);
    if (!doc) continue;
    if ((doc.value as { kind?: unknown } | null)?.kind === 'concept') {
      const concept = validateAs(doc, file, ConceptFileSchema, issues);
      if (!concept) {
        const raw = rawConcept(doc.value);
        if (raw) uncheckedConcepts.set(raw.id, raw.concept);
        continue;
      }
      const { kind: _kind, id, ...fields } = concept;
      const first = concepts.get(id)?.file;
      if (first) issues.push({ code: 'duplicate_id', file: displayPath(file), entity: id, path: ['id'], message: `concept "${id}" is already declared in ${first}` });
      else concepts.set(id, { concept: fields, file: displayPath(file) });
      continue;
    }
    const entity = validateAs(doc, file, EntitySchema, issues, checkKind);
    if (!entity) {
      const facts = rawFacts(doc.value);
      if (facts) unchecked.push(facts);
      continue;
    }
    // Open values need the manifest's properties; without a valid manifest they wait for the next run.
    const open = properties ? typeOpenValues(entity, properties) : [];
    if (open.length) {
      for (const { path: at, message } of open) issues.push({ code: 'schema', file: displayPath(file), entity: entity.id, path: at, message, ...lineAt(doc, at) });
      unchecked.push(factsOf(entity));
      continue;
    }
    if (files_.has(entity.id)) {
      issues.push({ code: 'duplicate_id', file: displayPath(file), entity: entity.id, path: ['id'], message: `id "${entity.id}" is already used in ${files_.get(entity.id)}` });
      continue;
    }
    files_.set(entity.id, displayPath(file));
    entities.push(entity);
  }
  if (!manifest) return { ok: false, issues: issues.sort(byFileAndLine) };
  for (const [id, { concept, file }] of concepts) {
    if (Object.hasOwn(manifest.concepts, id)) issues.push({ code: 'duplicate_id', file, entity: id, path: ['id'], message: `concept "${id}" is also declared in the manifest` });
    else manifest.concepts[id] = concept;
  }
  // Likewise concepts whose file has problems: references to them are not references to nothing.
  for (const [id, concept] of uncheckedConcepts) if (!Object.hasOwn(manifest.concepts, id)) manifest.concepts[id] = concept;
  for (const source of manifest.sources) if (!files_.has(source.id)) files_.set(source.id, displayPath(path.join(dir, manifestName)));
  const dataset: Dataset = { manifest, entities, files: files_, ...(skipped.length && { skipped }) };
  // The checks across files run even when some files have problems of their own: every problem in one round.
  const problems = checkDataset(dataset, unchecked);
  if (issues.length || problems.length) {
    const located = await locateIssues(problems, {
      manifest: displayPath(manifestFile), sources: manifest.sources.map((s) => s.id),
      conceptFiles: new Map([...concepts].map(([key, { file }]) => [key, file])),
    });
    return { ok: false, issues: [...issues, ...located].sort(byFileAndLine) };
  }
  const times = await modifiedTimes(files.map((f) => path.join(dir, f)));
  dataset.modified = new Map([...files_].map(([id, file]) => [id, times.get(path.join(dir, path.relative(dir, path.resolve(file))))!]));
  // A person's birth date lives in the birth event's file: an entity changes when an event that gives it
  // statements does (the participants without a role, as graph/derive.ts reads them).
  for (const event of entities) {
    if (event.kind !== 'event') continue;
    const time = dataset.modified.get(event.id)!;
    for (const p of event.participants) {
      if (p.snak.type !== 'value' || p.qualifiers.role || p.rank === 'deprecated') continue;
      const own = dataset.modified.get(p.snak.value);
      if (own !== undefined && own < time) dataset.modified.set(p.snak.value, time);
    }
  }
  dataset.modifiedAt = Math.max(...times.values());
  return { ok: true, dataset };
}

/** Loads and checks a data directory; throws an InputError listing every problem. */
export async function loadDataset(dir: string): Promise<Dataset> {
  const result = await safeLoadDataset(dir);
  if (!result.ok) throw new InputError(result.issues);
  return result.dataset;
}

/**
 * The names (relative to `dir`) of the data files in it and its folders. Linked folders inside it are
 * followed once each; a link back to a folder already read (a loop) or out of the data directory is
 * skipped and named (readdir's own recursion went round a loop until memory ran out).
 */
async function dataFileNames(dir: string, skipped: { file: string; reason: string }[]): Promise<string[]> {
  const names: string[] = [];
  const root = await realpath(dir);
  const seen = new Set<string>([root]);
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? path.join(relative, entry.name) : entry.name;
      let folder = entry.isDirectory();
      if (entry.isSymbolicLink()) folder = await stat(path.join(dir, name)).then((s) => s.isDirectory(), () => false);
      if (!folder) {
        if (DATA_FILE.test(entry.name)) names.push(name);
        continue;
      }
      const real = await realpath(path.join(dir, name)).catch(() => undefined);
      if (!real) continue;
      if (real !== root && !real.startsWith(root + path.sep)) {
        skipped.push({ file: displayPath(path.join(dir, name)), reason: 'a link to a folder outside the data directory: not followed' });
        continue;
      }
      if (seen.has(real)) {
        skipped.push({ file: displayPath(path.join(dir, name)), reason: 'a link to a folder already read (a loop): not followed' });
        continue;
      }
      seen.add(real);
      await walk(name);
    }
  };
  await walk('');
  return names;
}

/** Only regular files (or links to them) are read: reading a named pipe would wait forever, a device
 *  or a folder named like a data file is no data. The others are listed in `skipped`. */
async function regularFiles(dir: string, names: string[], skipped: { file: string; reason: string }[]): Promise<string[]> {
  const kinds = await Promise.all(names.map(async (name) => {
    try {
      const s = await stat(path.join(dir, name));
      return s.isFile() ? undefined : s.isFIFO() ? 'a named pipe' : s.isDirectory() ? 'a folder' : s.isSocket() ? 'a socket' : 'a device or special file';
    } catch (error) {
      return `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, e.g. a broken link)`;
    }
  }));
  names.forEach((name, i) => { if (kinds[i]) skipped.push({ file: displayPath(path.join(dir, name)), reason: `not a regular file: ${kinds[i]}` }); });
  return names.filter((_, i) => !kinds[i]);
}

function checkKind(value: unknown): string | undefined {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === undefined) return `no "kind": say which kind of entity this is (${ENTITY_KINDS.filter((k) => k !== 'source').join(', ')})`;
  if (!ENTITY_KINDS.includes(kind as never) || kind === 'source') return `kind "${String(kind)}" is not one of ${ENTITY_KINDS.filter((k) => k !== 'source').join(', ')}, concept (sources go in the manifest)`;
  return undefined;
}

async function readDocument(file: string, issues: InputIssue[]): Promise<ParsedDocument | undefined> {
  return documentOf(await readFile(file).then((bytes) => ({ file, bytes }), (error: Error) => ({ file, error })), issues);
}

function documentOf(read: FileRead, issues: InputIssue[]): ParsedDocument | undefined {
  const { file } = read;
  if ('error' in read) return void issues.push({ code: 'io', file: displayPath(file), path: [], message: `cannot read: ${read.error.message}` });
  const bytes = read.bytes;
  const text = decodeUtf8(bytes, displayPath(file));
  if (typeof text !== 'string') return void issues.push(text);
  const doc = file.toLowerCase().endsWith('.json') ? parseJson(text, displayPath(file)) : parseYaml(text, displayPath(file));
  if ('code' in doc) return void issues.push(doc);
  return doc;
}

function validateAs<S extends z.ZodType>(doc: ParsedDocument, file: string, schema: S, issues: InputIssue[], precheck?: (v: unknown) => string | undefined): z.output<S> | undefined {
  const shown = displayPath(file);
  const entityId = idOf(doc.value);
  const early = precheck?.(doc.value);
  if (early) return void issues.push({ code: 'schema', file: shown, ...(entityId && { entity: entityId }), path: ['kind'], message: early });
  const parsed = schema.safeParse(doc.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) issues.push(schemaIssue(issue, shown, entityId, doc, schema));
  return undefined;
}

function schemaIssue(issue: z.core.$ZodIssue, file: string, entity: string | undefined, doc: ParsedDocument, schema: z.ZodType): InputIssue {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const line = doc.lineOf(keys.length ? [...path, keys[0]!] : path);
  const said = schemaMessage(issue, { root: doc.value, schema });
  const message = keys.length && !formatPath(path) ? said.replace(/^(unknown fields? .*?)(; |$)/, '$1 at the top level$2') : said;
  return { code: 'schema', file, ...(entity && { entity }), path, message, ...(line && { line }) };
}

function lineAt(doc: ParsedDocument, at: (string | number)[]): { line?: number } {
  const line = doc.lineOf(at);
  return line ? { line } : {};
}

/** By file and line, so that a file's problems read together and in the order an editor shows them. */
const byFileAndLine = (a: InputIssue, b: InputIssue) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));

/** What the checks across files need of an entity whose file failed its schema: its id and kind. */
function rawFacts(value: unknown): EntityFacts | undefined {
  const { kind, type } = (value ?? {}) as { kind?: unknown; type?: unknown };
  const id = idOf(value);
  if (!id || !ENTITY_KINDS.includes(kind as never)) return undefined;
  return { id, kind: kind as EntityFacts['kind'], ...(typeof type === 'string' && { type }) };
}

/** A concept file that failed its schema, as far as its id, group and label can be read. */
function rawConcept(value: unknown): { id: string; concept: DatasetConcept } | undefined {
  const { group, label } = (value ?? {}) as { group?: unknown; label?: unknown };
  const id = idOf(value);
  if (!id || !CONCEPT_GROUPS.includes(group as never)) return undefined;
  return { id, concept: { group: group as DatasetConcept['group'], label: typeof label === 'string' ? label : id } };
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
