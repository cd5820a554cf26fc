// **stats** — `linked-lives stats`: coverage of a data directory, as text or JSON.
import { datasetStats } from '../../graph/stats.js';
import { safeLoadDataset } from '../../load/load-dataset.js';
import type { Options } from '../args.js';
import { printIssues, printSkipped } from '../output.js';
import { formatIssue } from '../../errors.js';
import { withLines } from '../../load/finding-lines.js';
import { unsourcedStatements } from '../../model/check.js';

export async function statsCommand(options: Options): Promise<number> {
  const loaded = await safeLoadDataset(options.data);
  if (!loaded.ok) {
    printIssues(loaded.issues);
    return 2;
  }
  printSkipped(loaded.dataset);
  const s = datasetStats(loaded.dataset);
  if (options.json) {
    console.log(JSON.stringify(s, null, 2));
    return 0;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`Entities: ${Object.entries(s.entities).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log(`Statements: ${s.statements} (${s.derivedStatements} derived from events), ${s.references} references`);
  console.log(`Statements with a reference: ${s.referencedStatements} of ${s.statements} (${pct(s.referencedShare)})`);
  const shown = s.properties.slice(0, 25);
  console.log(`Claims per property (${s.properties.length} properties; claims, with a source):`);
  for (const p of shown) console.log(`  ${`${p.property} ${p.label}`.padEnd(44)} ${String(p.claims).padStart(6)}  ${pct(p.claims ? p.referenced / p.claims : 1).padStart(7)}  ${p.datatype}`);
  if (s.properties.length > shown.length) console.log(`  … ${s.properties.length - shown.length} more (--json lists them all)`);
  console.log(`Contested properties: ${s.contested.length}${s.contested.length ? ` — ${s.contested.slice(0, 8).map((c) => `${c.entity} ${c.property}`).join(', ')}${s.contested.length > 8 ? ', …' : ''}` : ''}`);
  console.log(`Events per decade: ${Object.entries(s.eventsPerDecade).map(([d, n]) => `${d} ${n}`).join(', ') || 'none'}`);
  if (s.undatedEvents.length) console.log(`Events with no date: ${s.undatedEvents.length} (${s.undatedEvents.join(', ')})`);
  if (s.unsourced.length) {
    console.log(`Statements that cite no source: ${s.unsourced.length}`);
    // Each with its file, line, field and value, as validate names it.
    for (const issue of await withLines(unsourcedStatements(loaded.dataset).slice(0, 20))) console.log(`  ${formatIssue(issue)}`);
    if (s.unsourced.length > 20) console.log(`  … and ${s.unsourced.length - 20} more (--json lists them all)`);
  }
  console.log(`Persons with no dates: ${s.personsWithoutDates.length}${s.personsWithoutDates.length ? ` (${s.personsWithoutDates.join(', ')})` : ''}`);
  return s.referencedShare === 1 ? 0 : 1;
}
