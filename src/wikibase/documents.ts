// **documents** — what an import produces (data files and manifest parts) and the small helpers that
// build a data file's body: a statement added under a field path, terms, a key only when non-empty.
import { FIELDS } from '../model/entity.js';
import type { EntityKind, Target } from '../model/fields.js';

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

/** The concept group an item field expects, for mapping a Wikidata class to a built-in concept key. */
export function groupOf(kind: DataKind, field: string): string | undefined {
  const spec = (FIELDS[kind] as Record<string, { targets?: readonly Target[] }>)[field];
  const target = spec?.targets?.find((t) => t.startsWith('concept:'));
  return target?.slice('concept:'.length);
}


export function push(body: Record<string, unknown>, path: string, statement: unknown): void {
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  if (tail === undefined) {
    ((body[head] ??= []) as unknown[]).push(statement);
    return;
  }
  const group = (body[head] ??= {}) as Record<string, unknown[]>;
  (group[tail] ??= []).push(statement);
}

export function termsOf(labels: Record<string, string>, descriptions?: Record<string, string>, aliases?: Record<string, string[]>) {
  return { labels, ...nonEmpty('descriptions', descriptions), ...nonEmpty('aliases', aliases) };
}

export function nonEmpty<K extends string>(key: K, value: unknown): Partial<Record<K, unknown>> {
  if (value === undefined || (Array.isArray(value) && !value.length) || (typeof value === 'object' && value && !Object.keys(value).length)) return {};
  return { [key]: value } as Record<K, unknown>;
}

