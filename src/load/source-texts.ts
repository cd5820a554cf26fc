// **source-texts** — the text files the manifest's sources name (`text:`), read from the `texts`
// folder (relative to the data directory; the data directory itself when not given). A text that is
// not there, or not UTF-8, is an issue naming the source and the path, not an exception.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputIssue } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { decodeUtf8 } from './parse-document.js';

export interface SourceTexts {
  /** By source id: the text and where it was read from, as shown to the user. */
  texts: Map<string, { file: string; text: string }>;
  /** Sources whose text could not be read, with the path it was looked for at. */
  missing: (InputIssue & { text: string })[];
}

export async function readSourceTexts(dataset: Dataset, dataDir: string): Promise<SourceTexts> {
  const { sources, texts: folder } = dataset.manifest;
  const read = new Map<string, Promise<string | InputIssue>>(); // sources may share a text
  const result: SourceTexts = { texts: new Map(), missing: [] };
  for (const [index, source] of sources.entries()) {
    if (source.text === undefined) continue;
    const file = path.resolve(dataDir, folder ?? '.', source.text);
    const shown = displayPath(file);
    if (!read.has(file)) read.set(file, readText(file, shown));
    const text = await read.get(file)!;
    const where = { file: dataset.files.get(source.id) ?? 'dataset manifest', entity: source.id, path: ['sources', index, 'text'] };
    if (typeof text === 'string') result.texts.set(source.id, { file: shown, text });
    else result.missing.push({ ...text, ...where, text: shown, message: `${text.message}${folder ? ` (texts: ${folder} in the manifest)` : ''}; the quotes citing ${source.id} were not checked` });
  }
  return result;
}

/** A source text larger than this is not read (a book is a few MiB). */
export const MAX_TEXT_BYTES = 64 * 2 ** 20;

async function readText(file: string, shown: string): Promise<string | InputIssue> {
  try {
    // Only a regular file: reading a named pipe would wait forever, a device might never end.
    const info = await stat(file);
    if (!info.isFile()) return { code: 'missing_text', file: shown, path: [], message: `the text ${shown} cannot be read: it is ${info.isDirectory() ? 'a folder' : 'not a regular file'}` };
    if (info.size > MAX_TEXT_BYTES) return { code: 'missing_text', file: shown, path: [], message: `the text ${shown} is larger than ${MAX_TEXT_BYTES / 2 ** 20} MiB: split it, or give the part the quotes come from` };
    const text = decodeUtf8(await readFile(file), shown);
    return typeof text === 'string' ? text : { ...text, code: 'missing_text', message: `the text ${shown} is not UTF-8 text: ${text.message.replace(/^not UTF-8: /, '')}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : code ?? (error as Error).message;
    return { code: 'missing_text', file: shown, path: [], message: `the text ${shown} cannot be read: ${why}` };
  }
}

/** Relative to the working directory when that is short (../shared/seeds/a.txt), else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.split(path.sep).filter((part) => part === '..').length > 2 ? file : relative;
}
