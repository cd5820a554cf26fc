// **import** — `linked-lives import wikidata FILE…`: Wikibase JSON → a new data directory (--out) or
// statements added to an existing dataset (--into), with a summary of what went where.
import { ImportReport, plural } from '../../wikibase/import-report.js';
import { oneOption, UsageError, type Options } from '../args.js';

const SOURCES = ['wikidata', 'wikibase'] as const;

export async function importCommand(options: Options, args: string[]): Promise<number> {
  const [from, ...files] = args;
  if (!from || !SOURCES.includes(from as never)) throw new UsageError(`import takes what to import first: linked-lives import wikidata FILE… (got ${from ? `"${from}"` : 'nothing'})`);
  if (!files.length) throw new UsageError('import wikidata needs at least one file of Wikibase JSON (Special:EntityData/Q….json, a wbgetentities answer, or a dump)');
  if (!options.out === !options.into) throw new UsageError('give --out DIR (a new data directory) or --into DATA_DIR (an existing dataset), one of them');
  const format = oneOption(options.format, ['yaml', 'jsonl'] as const, 'format');
  const onError = oneOption(options['on-error'], ['stop', 'skip'] as const, 'on-error');
  const languages = options.lang !== undefined ? new Set(list(options.lang, /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'lang', 'language tags such as en,fr,ru')) : undefined;
  const onlyProperties = options.properties !== undefined ? new Set(list(options.properties, /^P[1-9]\d*$/, 'properties', 'Wikidata property ids such as P569,P19')) : undefined;
  const report = new ImportReport();
  // Loaded here, not at start-up: other commands need none of it.
  const { importEntities } = await import('../../wikibase/import.js');
  const { PropertyTable } = await import('../../model/property-table.js');
  const common = { onError, report, ...(languages && { languages }), ...(onlyProperties && { onlyProperties }) };
  let table = new PropertyTable({ properties: {} });
  const label = (id: string) => (table.get(id) && !table.declared.some((d) => d.key === id) ? table.describe(id) : report.propertyLabels.has(id) ? `${id} (${report.propertyLabels.get(id)})` : id);
  if (options.into) {
    const { mergeInto } = await import('../../wikibase/merge.js');
    const merged = await mergeInto(options.into, files, common);
    table = merged.table;
    console.log(report.format(label));
    console.log(merged.summary);
    return 0;
  }
  const { writeImport } = await import('../../wikibase/write-import.js');
  const written = await writeImport(importEntities(files, common), options.out, {
    format, onError, report, baseIri: options['base-iri'] ?? 'https://example.org/linked-lives/', ...(options['base-iri'] && { explicitBase: true }),
  });
  console.log(report.format(label));
  console.log(`Wrote ${plural(written.entities, 'entity', 'entities')} to ${written.dir}${format === 'jsonl' ? ' (dataset.yaml and entities.jsonl: export them with --data DIR --input DIR/entities.jsonl)' : ''}.`);
  return 0;
}

function list(value: string, pattern: RegExp, name: string, what: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = items.find((i) => !pattern.test(i));
  if (!items.length || wrong !== undefined) throw new UsageError(`--${name} takes ${what} (comma-separated)${wrong !== undefined ? `; "${wrong}" is not one` : ''}`);
  return items;
}
