// **new-file** — `linked-lives new KIND ID`: a template in the kind's folder of a data directory, or a
// source appended to the manifest. Sources live in dataset.yaml (the loader reads them only there), so
// a new source is added to its `sources:` list as text: the historian's comments and layout stay.
import { link, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, parse, parseDocument, type Node } from 'yaml';
import { LinkedLivesError } from '../errors.js';
import { MANIFEST_NAMES } from '../load/load-dataset.js';
import { EntityIdSchema } from '../model/values.js';
import { isConceptKey } from '../vocab/concepts.js';
import { appendStatements } from '../wikibase/yaml-append.js';
import { FILE_KINDS, FOLDERS, type FileKind } from './field-info.js';
import { schemaPathFrom } from './package-files.js';
import { entityTemplate, sourceTemplate } from './templates.js';

export const NEW_KINDS = [...FILE_KINDS, 'source'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

const problem = (message: string) => new LinkedLivesError(message, 'authoring');

/** Writes the template; returns the file written (or changed, for a source). */
export async function writeNew(kind: NewKind, id: string, dataDir: string): Promise<string> {
  const idCheck = EntityIdSchema.safeParse(id);
  if (!idCheck.success) throw problem(`"${id}" cannot be an id: ${idCheck.error.issues[0]!.message}`);
  if (isConceptKey(id)) throw problem(`"${id}" is a built-in concept key (linked-lives vocab ${id}): a reference to it would mean the ${kind}, not the concept; choose another id, e.g. ${id}-1`);
  const manifestFile = await manifestOf(dataDir);
  const manifestText = await readFile(manifestFile, 'utf8');
  const manifest = parseLeniently(manifestText);
  const owner = (await existingIds(dataDir, manifestFile, manifest)).get(id);
  if (owner) throw problem(`the id "${id}" is already used in ${owner}: ids are unique across the dataset`);
  if (kind === 'source') return appendSource(manifestFile, manifestText, id);

  const file = path.join(dataDir, FOLDERS[kind], `${id}.yaml`);
  const sources = (manifest?.sources as { id?: unknown }[] | undefined) ?? [];
  const source = sources.map((s) => s?.id).find((s): s is string => typeof s === 'string');
  const text = entityTemplate(kind as FileKind, id, { schema: schemaPathFrom(path.dirname(file), kind as FileKind), ...(source && { source }) });
  await mkdir(path.dirname(file), { recursive: true });
  await writeNewFile(file, text);
  return file;
}

async function manifestOf(dataDir: string): Promise<string> {
  const names = await readdir(dataDir).catch(() => {
    throw problem(`there is no data directory ${dataDir}: make one with \`linked-lives init ${dataDir}\`, or name yours with --data`);
  });
  const name = MANIFEST_NAMES.find((n) => names.includes(n));
  if (!name) throw problem(`${dataDir} has no dataset.yaml: make a dataset with \`linked-lives init DIR\`, or name yours with --data`);
  return path.join(dataDir, name);
}

function parseLeniently(text: string): Record<string, unknown> | undefined {
  try {
    const value = parse(text);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every id the dataset uses, with the file it is in: entities, concepts and sources. Files that do not
 *  parse are passed over (validate reports them); this only keeps a new id from clashing. */
async function existingIds(dataDir: string, manifestFile: string, manifest: Record<string, unknown> | undefined): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const source of (manifest?.sources as { id?: unknown }[] | undefined) ?? []) if (typeof source?.id === 'string') ids.set(source.id, manifestFile);
  for (const key of Object.keys((manifest?.concepts as object | undefined) ?? {})) ids.set(key, manifestFile);
  const names = (await readdir(dataDir, { recursive: true })).filter((n) => /\.(ya?ml|json)$/i.test(n) && path.join(dataDir, n) !== manifestFile);
  for (const name of names) {
    const file = path.join(dataDir, name);
    const value = parseLeniently(await readFile(file, 'utf8').catch(() => ''));
    if (typeof value?.id === 'string' && !ids.has(value.id)) ids.set(value.id, file);
  }
  return ids;
}

/** The source added at the end of the manifest's `sources:` list, as text. */
async function appendSource(manifestFile: string, text: string, id: string): Promise<string> {
  if (manifestFile.endsWith('.json')) throw problem(`${manifestFile} is JSON: add the source to its "sources" list by hand (new source writes YAML)`);
  const doc = parseDocument(text);
  if (doc.errors.length) throw problem(`${manifestFile} does not read as YAML (${doc.errors[0]!.message.split('\n')[0]}): mend it first (linked-lives validate says where)`);
  const sources = doc.get('sources', true) as Node | undefined;
  const block = sourceTemplate(id);
  let changed: string;
  if (isSeq(sources) && !sources.flow && sources.range) changed = insertListItem(text, sources.range, block);
  else if (sources === undefined || (isSeq(sources) && sources.flow)) {
    // No list yet, or one in flow style ([…]): written with the YAML library, which cannot keep the comments.
    changed = sources === undefined ? `${text}${text.endsWith('\n') ? '' : '\n'}sources:\n${indent(block, 2)}\n` : appendStatements(text, ['sources'], [parse(block)[0]]);
  } else throw problem(`${manifestFile}: sources is not a list; make it one (sources:, then "- id: …" items)`);
  const added = (parseLeniently(changed)?.sources as { id?: unknown }[] | undefined)?.some((s) => s?.id === id);
  if (!added) throw problem(`could not add the source to ${manifestFile} safely: add it by hand:\n${block}`);
  const temp = `${manifestFile}.new-${process.pid}`;
  await writeFile(temp, changed);
  await rename(temp, manifestFile);
  return manifestFile;
}

/** `block` (a list item at column 0) after the last item of the list whose node spans `range`,
 *  indented as the list's items are. */
function insertListItem(text: string, range: [number, number, number], block: string): string {
  let end = range[1];
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const column = range[0] - (text.lastIndexOf('\n', range[0] - 1) + 1);
  return `${text.slice(0, end)}\n${indent(block, column)}${text.slice(end)}`;
}

const indent = (block: string, by: number) => block.split('\n').map((line) => (line ? ' '.repeat(by) + line : line)).join('\n');

/** Written whole or not at all, and never over a file that exists. */
export async function writeNewFile(file: string, text: string): Promise<void> {
  const temp = `${file}.new-${process.pid}`;
  await writeFile(temp, text);
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw problem(`${file} exists already: choose another id, or edit that file`);
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
