// **schema-message** — a zod issue in words a data author reads, not zod's ("Invalid key in record",
// "expected record, received string"): what is wrong, what the field expects, and an example of a
// correct value; for an unknown field, the field it most likely meant.
import type { z } from 'zod';
import { didYouMean } from '../did-you-mean.js';
import { expectedAt, isStatementList } from './field-examples.js';
import { knownFields } from './known-fields.js';

/** The document the issue is about, for examples and suggestions: its parsed value and its schema. */
export interface MessageContext {
  root: unknown;
  schema?: z.ZodType;
}

/** zod's own English, as opposed to a message our schemas give ("a BCP 47 language tag such as …"). */
const ZOD_WORDS = /^(Invalid|Too (small|big)|Unrecognized)\b/;

export function schemaMessage(issue: z.core.$ZodIssue, context?: MessageContext): string {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const kind = (context?.root as { kind?: unknown } | null | undefined)?.kind;
  const expected = expectedAt(path, kind);
  const given = context ? valueAt(context.root, path) : undefined;
  const ours = !ZOD_WORDS.test(issue.message);
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownFields(issue.keys, path, context);
    case 'invalid_key': {
      // A record's key that fails its schema (a language code that is not one): say what the map holds.
      const key = String(path[path.length - 1]);
      const reason = issue.issues[0]?.message ?? 'not a valid key here';
      const map = expectedAt(path.slice(0, -1), kind);
      // A key with spaces is a text written where its language code belongs: the example is that text.
      const example = map && /\S\s+\S/.test(key) ? map.replace(/such as "en: [^"]*"/, `such as "en: ${key}"`) : map;
      return `"${key}" is ${/^an? /.test(reason) ? `not ${reason}` : `not allowed as a key here: ${reason}`}${example ? `; ${formatPath(path.slice(0, -1))} is ${example}` : ''}`;
    }
    case 'invalid_type': {
      if (ours) return withExample(issue.message, expected);
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      if (received === 'undefined') return `missing: give ${expected ?? KINDS[issue.expected] ?? issue.expected}`;
      // "sexOrGender: male": the value is right, the statement around it is missing.
      if (isStatementList(path, kind) && given !== null && typeof given !== 'object') {
        return `this is ${describe(given, received)}, but ${path[0]} takes a list of statements, each with its references: write ${path[0]}: [{ value: ${typeof given === 'string' ? given : JSON.stringify(given)}, references: [{ source: …, quote: "…" }] }]`;
      }
      return `this is ${describe(given, received)}; expected ${expected ?? KINDS[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      if (ours) return withExample(issue.message, expected);
      if (options.length === 1) return `write ${options[0]} here${given !== undefined ? `, not ${show(given)}` : ''}`;
      const glossary = /\(docs\/glossary\.md[^)]*\)/.exec(expected ?? '')?.[0];
      return `${given !== undefined ? `${show(given)} is not one of the choices: ` : ''}write one of ${options.join(', ')}${glossary ? ` ${glossary}` : ''}${didYouMean(String(given ?? ''), options)}`;
    }
    case 'too_small':
      return ours ? withExample(issue.message, expected) : withExample(tooSmall(issue), expected);
    case 'too_big':
      return ours ? issue.message : `too long: at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : ''}`.trimEnd();
    case 'invalid_format':
      return ours ? issue.message : withExample(`${given !== undefined ? `${show(given)} is ` : ''}not written as expected`, expected);
    case 'invalid_union':
      return ours ? issue.message : withExample(`${given !== undefined ? `${show(given)} is ` : 'this is '}none of the forms this field takes`, expected);
    default:
      return ours ? issue.message : withExample('not a value this field takes', expected);
  }
}

function unknownFields(keys: string[], path: (string | number)[], context?: MessageContext): string {
  const known = context?.schema ? knownFields(context.schema, context.root, path) : [];
  const names = keys.map((k) => `"${k}"`).join(', ');
  const head = `unknown field${keys.length > 1 ? 's' : ''} ${names}`;
  if (!known.length) return head;
  const hints = keys.map((k) => [k, didYouMean(k, known).trim().replace(/^Did/, 'did')] as const);
  if (!hints.some(([, hint]) => hint)) return `${head}; the fields here are ${known.join(', ')}`;
  const each = hints.map(([k, hint]) => `"${k}"${hint ? ` (${hint})` : ''}`);
  return `unknown field${keys.length > 1 ? 's' : ''} ${each.join(', ')}`;
}

function tooSmall(issue: z.core.$ZodIssue & { code: 'too_small' }): string {
  if (issue.origin === 'string') return 'this text is empty';
  if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'an empty list: give at least one item' : `give at least ${issue.minimum} items`;
  return `too small: at least ${issue.minimum}`;
}

const withExample = (message: string, expected: string | undefined) =>
  expected && !message.includes(expected) ? `${message}; expected ${expected}` : message;

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  return value;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "a text (\"built from one short biography.\")", "a number (12)". */
function describe(value: unknown, received: string | undefined): string {
  const what = KINDS[received ?? ''] ?? received ?? 'something else';
  return value === undefined || typeof value === 'object' ? what : `${what} (${show(value)})`;
}

const formatPath = (path: (string | number)[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

/** zod's type names in a data author's words. */
const KINDS: Record<string, string> = {
  array: 'a list (one "- " line per item)', object: 'a map of "name: value" lines', record: 'a map of "name: value" lines',
  string: 'a text', number: 'a number', boolean: 'true or false', null: 'empty', undefined: 'missing',
};
