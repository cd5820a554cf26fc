// **parse-document** — a data file's bytes → a plain value, keeping line numbers so that schema
// problems can point at the line that holds them. YAML files are read as YAML, JSON files as JSON
// (YAML would accept a trailing comma or a comment JSON does not). Whatever the syntax, the text must
// be UTF-8, aliases cannot expand without bound, and no key or text may be something the dumps could
// not hold (a lone surrogate) or that JavaScript objects treat specially (`__proto__`).
import type { Document, LineCounter } from 'yaml';
import { yaml } from './lazy-yaml.js';
import type { InputIssue } from '../errors.js';
import { hasLoneSurrogate } from '../model/iri.js';

export interface ParsedDocument {
  value: unknown;
  /** The 1-based line of a field path in the document, when it can be found. */
  lineOf(path: (string | number | symbol)[]): number | undefined;
}

/** The line of the deepest node of a field path that the document holds: for a field, the line of
 *  its name ("occupation:"), which is where a reader looks, even when its value starts below. */
function lineFinder(doc: Document, lines: LineCounter): ParsedDocument['lineOf'] {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const at = path.slice(0, n) as (string | number)[];
      const last = at[at.length - 1];
      const parent = typeof last === 'string' ? doc.getIn(at.slice(0, -1), true) : undefined;
      const { isMap, isNode, isScalar } = yaml();
      const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key : undefined;
      const node = isNode(key) ? key : doc.getIn(at, true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** YAML aliases (*name) a document may expand: a few are handy, thousands are an attack ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string, file: string): ParsedDocument | InputIssue {
  const lines = new (yaml().LineCounter)();
  const doc: Document = yaml().parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { code: 'syntax', file, path: [], message: `not valid YAML/JSON: ${error.message.split('\n')[0]}`, ...(line && { line }) };
  }
  const lineOf = lineFinder(doc, lines);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package refuses excessive alias expansion with a ReferenceError.
    return { code: 'syntax', file, path: [], message: `too many YAML aliases (*name) to expand: at most ${MAX_ALIAS_COUNT} in one file (${(error as Error).message})` };
  }
  return checked(value, file, lineOf);
}

/** A .json file: JSON.parse decides what is valid; YAML only finds the lines. */
export function parseJson(text: string, file: string): ParsedDocument | InputIssue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    return { code: 'syntax', file, path: [], message: `not valid JSON: ${message}`, ...(line && { line }) };
  }
  const lines = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lines });
  const lineOf = lineFinder(doc, lines);
  return checked(value, file, lineOf);
}

/** Decodes a file's bytes as UTF-8, or says where the first byte that is not UTF-8 is. */
export function decodeUtf8(bytes: Uint8Array, file: string): string | InputIssue {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is no content
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return { code: 'syntax', file, path: [], line, message: `not UTF-8: byte ${at + 1} (0x${bytes[at]!.toString(16).padStart(2, '0')}) is not part of a UTF-8 character; save the file as UTF-8` };
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // The longest prefix that decodes (an unfinished last character allowed): cheap enough for the rare file that fails.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // The prefix may end inside a character (allowed while streaming): the bad byte is then its lead byte.
  let at = low;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, low));
  } catch {
    while (at > 0 && (bytes[at - 1]! & 0xc0) === 0x80) at--;
    if (at > 0) at--;
  }
  return Math.min(at, bytes.length - 1);
}

/** A parsed value with its keys and texts checked; the first problem found is the issue. */
function checked(value: unknown, file: string, lineOf: ParsedDocument['lineOf']): ParsedDocument | InputIssue {
  const problem = findProblem(value, []);
  if (problem) {
    const line = lineOf(problem.path);
    return { code: 'syntax', file, path: problem.path, message: problem.message, ...(line && { line }) };
  }
  return { value, lineOf };
}

/** A key or text no dump can hold or JavaScript treats specially, anywhere in a parsed value. */
export const valueProblem = (value: unknown) => findProblem(value, []);

/** Deeper nesting than any entity needs: refused, so that no later step recurses without bound. */
export const MAX_DEPTH = 64;

function findProblem(root: unknown, rootPath: (string | number)[]): { path: (string | number)[]; message: string } | undefined {
  // Depth-first without recursion: a document of 10 000 nested brackets must not overflow the stack.
  // Each entry links to its parent; a path is made only for the problem found (most values have none).
  type Entry = { value: unknown; key?: string | number; parent?: Entry; depth: number };
  const pathOf = (entry: Entry | undefined, extra: (string | number)[] = []) => {
    const out: (string | number)[] = [...extra];
    for (let e = entry; e && e.key !== undefined; e = e.parent) out.unshift(e.key);
    return [...rootPath, ...out];
  };
  const stack: Entry[] = [{ value: root, depth: rootPath.length }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (typeof value === 'string') {
      if (hasLoneSurrogate(value)) return { path: pathOf(entry), message: 'the text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair), which no UTF-8 dump can hold' };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (entry.depth > MAX_DEPTH) return { path: pathOf(entry).slice(0, MAX_DEPTH), message: `nested more than ${MAX_DEPTH} levels deep: no entity needs that` };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: entry, depth: entry.depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (key === '__proto__') return { path: pathOf(entry, [key]), message: 'a key named "__proto__" is not allowed (it is no language tag, field or property)' };
      if (hasLoneSurrogate(key)) return { path: pathOf(entry, [key]), message: 'the key holds a lone UTF-16 surrogate, which no UTF-8 dump can hold' };
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: entry, depth: entry.depth + 1 });
    }
  }
  return undefined;
}
