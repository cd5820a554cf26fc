// **read-jsonl** — bulk input: one entity per line (JSON Lines), read as a stream. Each line is
// parsed on its own, so a bad line is reported with its number and never silently dropped.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError, type InputIssue } from '../errors.js';
import { EntitySchema, type Entity } from '../model/entity.js';
import { ENTITY_KINDS } from '../model/fields.js';
import { FactsTable } from '../model/facts-table.js';
import type { EntityFacts } from '../model/resolve.js';
import { typeOpenValues } from '../model/open-values.js';
import { schemaMessage } from './schema-message.js';
import { firstInvalidUtf8, valueProblem } from './parse-document.js';
import { propertyTable, type PropertyTable } from '../model/property-table.js';

/** Without a manifest, `claims:` may use the built-in Wikidata properties only. */
const BUILT_IN_PROPERTIES = propertyTable({ properties: {} });

export type OnError = 'stop' | 'skip';

export interface LineTally {
  lines: number;
  /** Line number of the entity last read. */
  currentLine: number;
  entities: number;
  /** Issues of skipped lines (on-error skip); with `stop` the first one is thrown instead. */
  skipped: InputIssue[];
}

/** Longest line read: far more than any entity needs, little enough that one line cannot exhaust memory. */
export const MAX_LINE_BYTES = 16 * 2 ** 20;

/**
 * Raw lines with their numbers; blank lines are ignored. A gzip or bzip2 file is decompressed on the fly. The
 * text must be UTF-8 (a byte order mark at the start is skipped) and no line longer than
 * MAX_LINE_BYTES; a file that is not, or a gzip stream that is truncated or corrupt, is an InputError
 * naming the line after which it went wrong.
 */
export async function* readLines(file: string, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<{ line: number; text: string }> {
  const MAX_LINE_BYTES = maxLineBytes;
  const compression = await compressionOf(file);
  const gzip = compression === 'gzip';
  // A name that promises a compression the bytes do not have: a broken or mislabelled file.
  const named = /\.gz$/i.test(file) ? 'gzip' : /\.bz2$/i.test(file) ? 'bzip2' : undefined;
  if (named && named !== compression) {
    throw new InputError([{ code: 'io', file, path: [], line: 1, message: `the ${named} stream is corrupt (or not ${named} at all) after line 0` }]);
  }
  const input = compression === 'bzip2' ? bunzip2(file) : gzip ? gunzip(file) : createReadStream(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 0;
  let pending = ''; // text after the last line break
  let pendingBytes = 0;
  const fail = (message: string, code: InputIssue['code'] = 'syntax'): never => {
    input.destroy();
    throw new InputError([{ code, file, path: [], line: line + 1, message }]);
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        // Lines already complete in this chunk come before the bad byte: count them.
        const at = firstInvalidUtf8(chunk);
        for (let i = 0; i < at; i++) if (chunk[i] === 0x0a) line++;
        fail(`not UTF-8: line ${line + 1} holds bytes that are not part of a UTF-8 character; save the file as UTF-8`);
      }
      if (line === 0 && !pending && text!.charCodeAt(0) === 0xfeff) text = text!.slice(1);
      let start = 0;
      for (let at = text!.indexOf('\n'); at >= 0; at = text!.indexOf('\n', start)) {
        const whole = pending + text!.slice(start, at);
        pending = '';
        pendingBytes = 0;
        start = at + 1;
        line++;
        const clean = whole.endsWith('\r') ? whole.slice(0, -1) : whole;
        if (clean.length > MAX_LINE_BYTES) fail(`line ${line} is longer than ${MAX_LINE_BYTES / 2 ** 20} MiB: no entity needs that much; split it or check the file`);
        if (clean.trim()) yield { line, text: clean };
      }
      pending += text!.slice(start);
      pendingBytes += chunk.length;
      if (pendingBytes > MAX_LINE_BYTES) fail(`line ${line + 1} is longer than ${MAX_LINE_BYTES / 2 ** 20} MiB: no entity needs that much; split it or check the file`);
    }
    try {
      pending += decoder.decode();
    } catch {
      fail(`not UTF-8: the file ends inside a character (line ${line + 1})`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES') throw new InputError([{ code: 'io', file, path: [], message: `cannot read the input: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder, not a file' : 'permission denied'}` }]);
    if (compression === 'bzip2' && e.code === 'BZIP2') throw new InputError([{ code: 'io', file, path: [], line: line + 1, message: `${e.message} after line ${line}` }]);
    if (e.code === 'NO_BZIP2') throw new InputError([{ code: 'io', file, path: [], message: e.message }]);
    if (gzip && (e.code?.startsWith('Z_') || /unexpected end|incorrect header|invalid/i.test(e.message))) {
      const what = e.code === 'Z_BUF_ERROR' || /unexpected end/i.test(e.message) ? 'truncated' : 'corrupt (or not gzip at all)';
      throw new InputError([{ code: 'io', file, path: [], line: line + 1, message: `the gzip stream is ${what} after line ${line}` }]);
    }
    throw error;
  }
  if (pending.trim()) yield { line: line + 1, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}

/** gzip or bzip2, told by the file's first bytes (so a dump keeps working whatever its name). */
async function compressionOf(file: string): Promise<'gzip' | 'bzip2' | undefined> {
  let handle;
  try {
    handle = await open(file);
  } catch {
    return undefined; // the read stream reports why
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    if (bytesRead >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return 'gzip';
    if (bytesRead === 3 && buffer.toString('latin1') === 'BZh') return 'bzip2';
    return undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

function gunzip(file: string): Readable {
  const stream = createReadStream(file);
  const input = stream.pipe(createGunzip());
  stream.on('error', (error) => input.destroy(error)); // a read error must end the gunzip stream too
  return input;
}

/** bzip2 through the bzip2 program, which decompresses several times faster than any JavaScript port
 *  and is on every system that has bzip2 files; its failure becomes an error of the stream. */
function bunzip2(file: string): Readable {
  const child = spawn('bzip2', ['-dc', '--', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = new PassThrough();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
  child.stdout.pipe(out, { end: false });
  const fail = (code: string, message: string) => out.destroy(Object.assign(new Error(message), { code }));
  child.on('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ENOENT' ? 'NO_BZIP2' : 'BZIP2', error.code === 'ENOENT'
    ? 'this is a bzip2 file, which needs the bzip2 program: install it (e.g. apt install bzip2) or decompress the file first'
    : `bzip2 failed: ${error.message}`));
  child.on('close', (code) => {
    if (code === 0) out.end();
    else fail('BZIP2', `the bzip2 stream is ${/premature|unexpected end|compressed file ends/i.test(stderr) ? 'truncated' : 'corrupt'}`);
  });
  out.on('close', () => child.kill());
  return out;
}

/** Entities of a JSON Lines file, validated line by line against the same schema as data/ files. */
export async function* readEntities(file: string, onError: OnError = 'stop', tally?: LineTally, skipLines?: ReadonlySet<number>, properties: PropertyTable = BUILT_IN_PROPERTIES): AsyncGenerator<Entity> {
  for await (const { line, text } of readLines(file)) {
    if (tally) tally.lines++;
    if (skipLines?.has(line)) continue; // already reported by the first pass (a duplicate id)
    const parsed = parseLine(file, line, text, properties);
    if ('issue' in parsed) {
      if (onError === 'stop') throw new InputError([parsed.issue]);
      tally?.skipped.push(parsed.issue);
      continue;
    }
    if (tally) {
      tally.entities++;
      tally.currentLine = line;
    }
    yield parsed.entity;
  }
}

/** One line → an entity, its open values typed with the dataset's properties (model/open-values.ts). */
export function parseLine(file: string, line: number, text: string, properties: PropertyTable = BUILT_IN_PROPERTIES): { entity: Entity } | { issue: InputIssue } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { issue: { code: 'syntax', file, line, path: [], message: `not valid JSON: ${(error as Error).message}` } };
  }
  const id = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : undefined;
  const unsafe = valueProblem(value);
  if (unsafe) return { issue: { code: 'syntax', file, line, ...(id && { entity: id }), path: unsafe.path, message: unsafe.message } };
  const result = EntitySchema.safeParse(value);
  if (result.success) {
    const open = typeOpenValues(result.data, properties)[0];
    if (!open) return { entity: result.data };
    return { issue: { code: 'schema', file, line, entity: result.data.id, path: open.path, message: open.message } };
  }
  const first = result.error.issues[0]!;
  const kind = (value as { kind?: unknown })?.kind;
  const message = !ENTITY_KINDS.includes(kind as never) ? `"kind" must be one of ${ENTITY_KINDS.filter((k) => k !== 'source').join(', ')}`
    : schemaMessage(first, { root: value, schema: EntitySchema });
  return { issue: { code: 'schema', file, line, ...(id && { entity: id }), path: first.path.filter((k): k is string | number => typeof k !== 'symbol'), message } };
}

/**
 * First pass of a streaming export: the facts every entity's statements need about the others
 * (kind, party or not), from a cheap parse of each line. A repeated id is reported with its line;
 * with `skip` its line is listed in `skipLines` for the second pass. Lines that may hold a preferred
 * rank are listed in `preferredLines`, for a closer look once the facts are complete.
 */
export async function indexEntities(file: string, onError: OnError = 'stop', facts = new FactsTable()): Promise<{ facts: FactsTable; issues: InputIssue[]; skipLines: Set<number>; preferredLines: Set<number> }> {
  const issues: InputIssue[] = [];
  const skipLines = new Set<number>();
  const preferredLines = new Set<number>();
  for await (const { line, text } of readLines(file)) {
    let value: { id?: unknown; kind?: unknown; type?: unknown };
    try {
      value = JSON.parse(text);
    } catch {
      continue; // the second pass reports it, with the schema problems
    }
    if (typeof value?.id !== 'string' || typeof value.kind !== 'string') continue;
    if (!facts.add(value.id, value.kind as EntityFacts['kind'], typeof value.type === 'string' ? value.type : undefined)) {
      const issue: InputIssue = { code: 'duplicate_id', file, line, entity: value.id, path: ['id'], message: `id "${value.id}" is used on an earlier line` };
      if (onError === 'stop') throw new InputError([issue]);
      issues.push(issue);
      skipLines.add(line);
      continue;
    }
    if (value.kind === 'event') markParticipants(facts, (value as { participants?: unknown }).participants);
    // A rank is a JSON string: "preferred", or the same spelled with \u escapes.
    if (text.includes('preferred') || text.includes('\\u')) preferredLines.add(line);
  }
  return { facts, issues, skipLines, preferredLines };
}

/** Every participant an event names may receive statements from it (more than do: roles and ranks are
 *  not looked at here); a streaming export counts their statements once all blocks are written. */
function markParticipants(facts: FactsTable, participants: unknown): void {
  if (!Array.isArray(participants)) return;
  for (const p of participants) if (typeof p?.value === 'string') facts.markSubject(p.value);
}

/** The entities on some lines of a file that pass the schema (the second pass reports the others). */
export async function* entitiesOnLines(file: string, lines: ReadonlySet<number>, properties: PropertyTable = BUILT_IN_PROPERTIES): AsyncGenerator<{ line: number; entity: Entity }> {
  if (!lines.size) return;
  for await (const { line, text } of readLines(file)) {
    if (!lines.has(line)) continue;
    const parsed = parseLine(file, line, text, properties);
    if ('entity' in parsed) yield { line, entity: parsed.entity };
  }
}
