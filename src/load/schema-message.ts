// **schema-message** — a zod issue in words a data author reads, not zod's ("Invalid key in record").
import type { z } from 'zod';

export function schemaMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // A record's key that fails its schema: the key's own message, which says what a key should be.
  if (issue.code === 'invalid_key') {
    const key = issue.path[issue.path.length - 1];
    return `"${String(key)}": ${issue.issues[0]?.message ?? 'not a valid key here'}`;
  }
  if (issue.code === 'invalid_type' && /^Invalid input: expected \w+, received \w+$/.test(issue.message)) {
    const received = /received (\w+)$/.exec(issue.message)![1]!;
    return `expected ${KINDS[issue.expected] ?? issue.expected}, but this is ${KINDS[received] ?? received}`;
  }
  return issue.message;
}

/** zod's type names in a data author's words. */
const KINDS: Record<string, string> = {
  array: 'a list (one "- " line per item)', object: 'a map of "name: value" lines', record: 'a map of "name: value" lines',
  string: 'a text', number: 'a number', boolean: 'true or false', null: 'empty', undefined: 'missing',
};
