// **schema-message** — a zod issue in words a data author reads, not zod's ("Invalid key in record").
import type { z } from 'zod';

export function schemaMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // A record's key that fails its schema: the key's own message, which says what a key should be.
  if (issue.code === 'invalid_key') {
    const key = issue.path[issue.path.length - 1];
    return `"${String(key)}": ${issue.issues[0]?.message ?? 'not a valid key here'}`;
  }
  return issue.message;
}
