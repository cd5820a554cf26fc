// **sourcing-output** — how validate, export and publish print the sourcing findings: errors in full,
// warnings in short, and the sources whose texts are absent in one notice line.
import path from 'node:path';
import { formatIssue } from '../errors.js';
import type { SourcingFinding } from '../sourcing/findings.js';
import { printWarnings } from './output.js';

const WHAT: Record<string, [string, string]> = {
  quote_not_found: ['quote not found in its source', 'quotes not found in their sources'],
  missing_text: ['source text that is not there', 'source texts that are not there'],
  unsourced: ['statement that cites no source', 'statements that cite no source'],
  likely_duplicate: ['likely duplicate', 'likely duplicates'],
};

/** Prints the findings on stderr; returns how many are errors. */
export function printSourcing(findings: SourcingFinding[], limit = 50): number {
  const warnings = findings.filter((f) => f.severity === 'warning');
  printWarnings(warnings.filter((f) => f.code === 'unsourced')); // the format validate and export always had
  printNotChecked(warnings.filter((f) => f.code === 'missing_text'));
  printList('Warning', warnings.filter((f) => f.code !== 'unsourced' && f.code !== 'missing_text'), 20);
  const errors = findings.filter((f) => f.severity === 'error');
  printList('Sourcing error', errors, limit);
  return errors.length;
}

function printList(title: string, findings: SourcingFinding[], limit: number): void {
  if (!findings.length) return;
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const what = [...counts].map(([code, n]) => `${n} ${WHAT[code]?.[n === 1 ? 0 : 1] ?? code}`).join(', ');
  console.error(`${title}${findings.length === 1 ? '' : 's'}: ${what}:`);
  for (const f of findings.slice(0, limit)) console.error(`  ${formatIssue(f)}`);
  if (findings.length > limit) console.error(`  … and ${findings.length - limit} more`);
}

/** "Notice: the quotes of 5 sources (seed-000, …) were not checked: their texts are not in ../shared/seeds (…)" */
function printNotChecked(missing: SourcingFinding[]): void {
  if (!missing.length) return;
  const ids = missing.map((f) => f.entity).join(', ');
  const folders = new Set(missing.map((f) => path.dirname(f.text ?? '')));
  const where = folders.size === 1 && missing.length > 1 ? `not in ${[...folders][0]}` : `not there (${missing.map((f) => f.text).join(', ')})`;
  const sources = missing.length === 1 ? `source ${ids}` : `${missing.length} sources (${ids})`;
  console.error(`Notice: the quotes of ${sources} were not checked: ${missing.length === 1 ? 'its text is' : 'their texts are'} ${where} (texts: in ${missing[0]!.file}).`);
}
