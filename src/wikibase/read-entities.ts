// **read-entities** — the entities in a file of Wikibase JSON, whatever form Wikibase gave it: a
// Special:EntityData or wbgetentities answer (`{"entities": {…}}`), one entity object, the JSON dump
// (`[`, one entity per line ending in a comma, `]`), or one entity per line; plain, gzip or bzip2.
// Dumps and line files stream: one line in memory at a time. A pretty-printed document is read whole.
import { InputError, type InputIssue } from '../errors.js';
import { readLines } from '../load/read-jsonl.js';

/** Longest document read whole (an EntityData answer or a pretty-printed entity); dumps stream. */
const MAX_DOCUMENT_BYTES = 256 * 2 ** 20;
/** Longest line: the largest Wikidata items serialise to a few MiB. */
const MAX_LINE_BYTES = 64 * 2 ** 20;

export interface RawEntity {
  value: unknown;
  file: string;
  /** The line it starts on, where the file has one entity per line. */
  line?: number;
}

/** Every entity of the file, in file order. Malformed JSON is an InputError naming the line. */
export async function* readWikibaseEntities(file: string): AsyncGenerator<RawEntity> {
  const lines = readLines(file, MAX_LINE_BYTES);
  let whole: string[] | undefined; // a document spread over lines, read whole
  let size = 0;
  let first = true;
  for await (const { line, text } of lines) {
    if (whole) {
      whole.push(text);
      size += text.length;
      if (size > MAX_DOCUMENT_BYTES) throw issue(file, undefined, `a JSON document of over ${MAX_DOCUMENT_BYTES / 2 ** 20} MiB that is not a dump: give the dump form (one entity per line) instead`);
      continue;
    }
    const trimmed = text.trim();
    if (first) {
      first = false;
      if (trimmed === '[') continue; // the JSON dump's opening line
      const parsed = tryParse(trimmed);
      if (parsed === undefined) {
        whole = [text];
        size = text.length;
        continue;
      }
      yield* fromDocument(parsed, file, line);
      continue;
    }
    if (trimmed === ']') continue; // the dump's closing line
    const body = trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
    const parsed = tryParse(body);
    if (parsed === undefined) throw issue(file, line, `line ${line} is not a complete JSON entity${/^\{/.test(body) ? ' (cut short?)' : ''}: a dump has one entity per line`);
    yield { value: parsed, file, line };
  }
  if (whole) {
    const parsed = tryParse(whole.join('\n'));
    if (parsed === undefined) throw issue(file, undefined, 'not valid JSON (cut short, or not a Wikibase JSON file)');
    yield* fromDocument(parsed, file, 1);
  }
}

/** A document on its own: an EntityData / wbgetentities answer, an entity, or an array of entities. */
function* fromDocument(value: unknown, file: string, line: number): Generator<RawEntity> {
  if (Array.isArray(value)) {
    for (const item of value) yield { value: item, file };
    return;
  }
  const entities = (value as { entities?: unknown } | null)?.entities;
  if (entities && typeof entities === 'object' && !Array.isArray(entities)) {
    for (const entity of Object.values(entities)) yield { value: entity, file };
    return;
  }
  yield { value, file, line };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function issue(file: string, line: number | undefined, message: string): InputError {
  const found: InputIssue = { code: 'syntax', file, path: [], message, ...(line !== undefined && { line }) };
  return new InputError([found]);
}
