// **check-sourcing** — the sourcing checks of a loaded dataset, with the severities of its manifest's
// `checks:`: quotes in their sources' texts, texts that are there, statements that cite a source,
// entities that are not duplicates. Findings carry the file and line of the field they concern.
import { withLines } from '../load/finding-lines.js';
import { readSourceTexts } from '../load/source-texts.js';
import { unsourcedStatements } from '../model/check.js';
import type { Dataset } from '../model/dataset.js';
import { likelyDuplicates } from './duplicates.js';
import { withSeverity, type SourcingFinding } from './findings.js';
import { quoteMisses } from './quotes.js';
import { sourceText } from './source-text.js';

/**
 * @example
 * const findings = await checkSourcing(await loadDataset('data'), 'data');
 * for (const f of findings) console.log(f.severity, formatIssue(f));
 */
export async function checkSourcing(dataset: Dataset, dataDir: string): Promise<SourcingFinding[]> {
  const checks = dataset.manifest.checks;
  const wantTexts = checks.quotes !== 'off' || checks.missingText !== 'off';
  const { texts, missing } = wantTexts ? await readSourceTexts(dataset, dataDir) : { texts: new Map(), missing: [] };
  const prepared = new Map([...texts].map(([id, { file, text }]) => [id, sourceText(file, text)]));
  return withLines([
    ...withSeverity(missing, checks.missingText),
    ...withSeverity(checks.quotes === 'off' ? [] : quoteMisses(dataset, prepared), checks.quotes),
    ...withSeverity(checks.unsourced === 'off' ? [] : unsourcedStatements(dataset), checks.unsourced),
    ...withSeverity(checks.duplicates === 'off' ? [] : likelyDuplicates(dataset), checks.duplicates),
  ]);
}
