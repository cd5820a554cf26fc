// **output** — what the CLI prints: input issues, summaries, sizes.
import { formatIssue, type InputIssue } from '../errors.js';
import type { Dataset } from '../model/dataset.js';

/**
 * Text for a terminal: control characters (an ESC that starts a colour or moves the cursor, a bell, a
 * carriage return that overwrites the line) shown as \x1b … instead of acting. File names, labels and
 * a store's answers come from outside; printed raw they could disguise a message.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Everything console prints on stderr, and on stdout when it is a terminal, goes through terminalSafe
 *  (query results, written to stdout directly, take it themselves on a terminal). */
export function guardConsole(): void {
  const guard = (method: 'log' | 'error') => {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => original(...args.map((a) => (typeof a === 'string' ? terminalSafe(a) : a)));
  };
  guard('error');
  if (process.stdout.isTTY) guard('log');
}

export function printIssues(issues: InputIssue[]): void {
  console.error(`The input has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  console.error(GLOSSARY_NOTE);
}

/** Where the words of the messages (rank, statement, qualifier, truthy …) are explained. */
export const GLOSSARY_NOTE = 'The words of these messages (statement, qualifier, reference, rank …) are explained in docs/glossary.md.';

/** Warnings about the data (statements that cite no source): at most `limit` lines, then how many more. */
export function printWarnings(issues: InputIssue[], limit = 20): void {
  if (!issues.length) return;
  console.error(`Warning: ${issues.length} statement${issues.length === 1 ? ' cites' : 's cite'} no source:`);
  for (const issue of issues.slice(0, limit)) console.error(`  ${formatIssue(issue)}`);
  if (issues.length > limit) console.error(`  … and ${issues.length - limit} more (linked-lives stats --json lists them all)`);
}

/** Names the files of the data directory that were not read. */
export function printSkipped(dataset: Pick<Dataset, 'skipped'>): void {
  for (const { file, reason } of dataset.skipped ?? []) console.error(`skipped ${file}: ${reason}`);
}

export function countBy<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ');
}
