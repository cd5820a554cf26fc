// **write-import** — imported entities → a new data directory (one YAML file per entity, in a folder
// per kind, like data/) or JSON Lines for the streaming export. Every entity is checked against the
// same schema a data file is before it is written; the directory appears whole or not at all (written
// beside its place, then renamed).
import { mkdir, open, readdir, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { yaml } from '../load/lazy-yaml.js';
import { InputError, type InputIssue } from '../errors.js';
import { schemaMessage } from '../load/schema-message.js';
import { EntitySchema } from '../model/entity.js';
import { ConceptFileSchema, ManifestSchema, type PropertyDeclaration } from '../model/manifest.js';
import { typeOpenValues } from '../model/open-values.js';
import { PropertyTable } from '../model/property-table.js';
import type { ImportedDocument, ManifestPart } from './from-json.js';
import type { ImportedItem } from './import.js';
import type { ImportReport } from './import-report.js';

export const KIND_FOLDERS = { person: 'persons', work: 'works', event: 'events', place: 'places', organization: 'organizations', concept: 'concepts' } as const;

/** The manifest of a dataset made from Wikidata: its licence is Wikidata's (CC0). */
export const WIKIDATA_DEFAULTS = {
  title: { en: 'Imported from Wikidata' },
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
  source: { id: 'wikidata', labels: { en: 'Wikidata' }, title: { text: 'Wikidata', lang: 'en' }, url: 'https://www.wikidata.org/', language: 'en' },
};

export interface WriteOptions {
  format: 'yaml' | 'jsonl';
  /** The base IRI of a dataset made from Wikidata (our own JSON brings its own, which an explicit one overrides). */
  baseIri: string;
  explicitBase?: boolean;
  onError: 'stop' | 'skip';
  report: ImportReport;
}

/** Collects the manifest, checks and writes each entity; returns the files written. */
export async function writeImport(items: AsyncIterable<ImportedItem>, out: string, options: WriteOptions): Promise<{ dir: string; entities: number }> {
  await refuseExisting(out);
  const staging = `${out.replace(/[/\\]+$/, '')}.importing-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const manifest = new ManifestBuilder();
    const lines = options.format === 'jsonl' ? new LineFile(await open(path.join(staging, 'entities.jsonl'), 'w')) : undefined;
    let entities = 0;
    const folders = new Set<string>();
    const skipped = new Set<string>();
    try {
      for await (const item of items) {
        if ('manifest' in item) {
          manifest.add(item.manifest);
          continue;
        }
        const document = item.document;
        // An event made from a skipped person's facts goes with it.
        const subject = document.kind === 'event' ? (document.body.participants as { value?: unknown }[] | undefined)?.[0]?.value : undefined;
        const problem = typeof subject === 'string' && skipped.has(subject)
          ? { path: ['participants'], message: `it is made from the facts of ${subject}, which was left out` }
          : checkDocument(document, manifest.table());
        if (problem) {
          skipped.add(document.id);
          const issue: InputIssue = { code: 'schema', file: 'input', entity: document.id, path: problem.path, message: `the entity it would become is not valid: ${problem.message}` };
          if (options.onError === 'stop') throw new InputError([issue]);
          options.report.skipped.push(issue);
          continue;
        }
        entities++;
        if (lines && document.kind === 'concept') manifest.concept(document.body);
        else if (lines) await lines.add(JSON.stringify(document.body));
        else {
          const folder = path.join(staging, KIND_FOLDERS[document.kind]);
          if (!folders.has(folder)) await mkdir(folder, { recursive: true }).then(() => folders.add(folder));
          await writeFile(path.join(folder, `${document.id}.yaml`), yamlOf(document.body), { flag: 'wx' });
        }
      }
    } finally {
      await lines?.close();
    }
    await writeFile(path.join(staging, 'dataset.yaml'), yamlOf(manifest.build(options.baseIri, options.explicitBase)));
    await rm(out, { recursive: true, force: true }); // an empty folder (refuseExisting allows no other)
    await rename(staging, out);
    return { dir: out, entities };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Lines written in chunks of about a mebibyte: one write per line costs more than making the line. */
class LineFile {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly handle: FileHandle) {}

  async add(line: string): Promise<void> {
    this.pending.push(line);
    this.size += line.length + 1;
    if (this.size >= 2 ** 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    await this.handle.write(`${this.pending.join('\n')}\n`);
    this.pending = [];
    this.size = 0;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }
}

export const yamlOf = (value: unknown) => yaml().stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });

async function refuseExisting(out: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new InputError([{ code: 'io', file: out, path: [], message: `cannot write the import there: ${(error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'it is a file' : (error as Error).message}` }]);
  }
  if (names.length) throw new InputError([{ code: 'io', file: out, path: [], message: 'the folder is not empty: import into a new folder, or merge into this dataset with --into' }]);
}

/** The first problem of a document, as the loader would find it. */
export function checkDocument(document: ImportedDocument, table: PropertyTable): { path: (string | number)[]; message: string } | undefined {
  if (document.kind === 'concept') {
    const parsed = ConceptFileSchema.safeParse(document.body);
    return parsed.success ? undefined : { path: parsed.error.issues[0]!.path as (string | number)[], message: schemaMessage(parsed.error.issues[0]!) };
  }
  const parsed = EntitySchema.safeParse(document.body); // zod builds new objects: the body stays as it is
  if (!parsed.success) return { path: parsed.error.issues[0]!.path as (string | number)[], message: schemaMessage(parsed.error.issues[0]!) };
  return typeOpenValues(parsed.data, table)[0];
}

/** The manifest as the import learns it: a header (ours) or Wikidata's defaults, sources, properties. */
export class ManifestBuilder {
  private header?: Extract<ManifestPart, { type: 'header' }>;
  private readonly sources: Record<string, unknown>[] = [];
  private readonly properties: Record<string, unknown> = {};
  private readonly concepts: Record<string, unknown> = {};
  private cached?: PropertyTable;

  add(part: ManifestPart): void {
    if (part.type === 'header') this.header = part;
    else if (part.type === 'source') this.sources.push(part.source);
    else {
      this.properties[part.key] = part.declaration;
      this.cached = undefined;
    }
  }

  concept(body: Record<string, unknown>): void {
    const { kind: _kind, id, ...fields } = body;
    this.concepts[id as string] = fields;
  }

  table(): PropertyTable {
    return (this.cached ??= new PropertyTable({ properties: this.properties as Record<string, PropertyDeclaration> }));
  }

  build(baseIri: string, explicit = false): Record<string, unknown> {
    const h = this.header;
    const manifest = {
      title: h?.title ?? WIKIDATA_DEFAULTS.title,
      ...(h && Object.keys(h.description).length && { description: h.description }),
      baseIri: explicit ? baseIri : h?.baseIri ?? baseIri,
      license: h?.license ?? WIKIDATA_DEFAULTS.license,
      sources: this.sources.length ? this.sources : [WIKIDATA_DEFAULTS.source],
      ...(Object.keys(this.concepts).length && { concepts: this.concepts }),
      ...(Object.keys(this.properties).length && { properties: this.properties }),
    };
    const parsed = ManifestSchema.safeParse(structuredClone(manifest));
    if (!parsed.success) throw new InputError([{ code: 'manifest', file: 'dataset.yaml', path: parsed.error.issues[0]!.path as (string | number)[], message: schemaMessage(parsed.error.issues[0]!) }]);
    return manifest;
  }
}
