// **export** — `linked-lives export`: validated dumps of a data directory, written atomically, with a
// VoID description. With --input FILE.jsonl it streams (see export-stream.ts).
import path from 'node:path';
import { datasetIri, createContext, entityIri, type GraphContext, type GraphOptions } from '../../graph/context.js';
import { groupBySubject } from '../../graph/group-by-subject.js';
import type { Dataset } from '../../model/dataset.js';
import type { ShardInfo } from '../../output/shard.js';
import { voidTurtle } from '../../output/void.js';
import { writeDumps, type WrittenDumps } from '../../output/write-dumps.js';
import { PROFILES, runPipeline } from '../../pipeline.js';
import { FORMATS } from '../../serialize/index.js';
import { datasetPrefixes, usedPrefixes } from '../../serialize/prefixes.js';
import { formatReport } from '../../validate/report.js';
import { NAMESPACES } from '../../vocab/namespaces.js';
import { listOption, UsageError, type Options } from '../args.js';
import { countBy, printIssues, printSkipped } from '../output.js';
import { formatBytes } from '../../output/format-bytes.js';
import { printSourcing } from '../sourcing-output.js';
import { exportStream } from './export-stream.js';

/** Formats for Wikidata's editing tools, beside the RDF ones. */
export const WIKIBASE_FORMATS = ['wikibase-json', 'quickstatements'] as const;
type WikibaseFormat = (typeof WIKIBASE_FORMATS)[number];

export async function exportCommand(options: Options): Promise<number> {
  if (options.input) return exportStream(options);
  const profiles = listOption(options.profile, PROFILES, 'profile');
  const all = listOption(options.format, [...FORMATS, ...WIKIBASE_FORMATS], 'format');
  const formats = all.filter((f): f is (typeof FORMATS)[number] => (FORMATS as readonly string[]).includes(f));
  const wikibase = all.filter((f): f is WikibaseFormat => (WIKIBASE_FORMATS as readonly string[]).includes(f));
  const graphOptions = { ...(options['base-iri'] && { baseIri: options['base-iri'] }), mintWikidataIris: options['mint-wikidata-iris'] };
  const result = await runPipeline(options.data, { profiles, ...graphOptions, ...(options.shapes && { shapesDir: options.shapes }) });
  if (!result.ok) {
    printIssues(result.issues);
    console.error('Nothing was written.');
    return 2;
  }
  printSkipped(result.dataset);
  // Sourcing errors stop the export as violations do: what validate rejects is not published.
  const sourcingErrors = printSourcing(result.sourcing);
  const invalid = result.graphs.filter((g) => !g.report.conforms);
  for (const g of invalid) console.error(`${g.profile} profile: ${formatReport(g.report)}`);
  if ((invalid.length || sourcingErrors) && !options['allow-invalid']) {
    console.error('Nothing was written: fix the data, or pass --allow-invalid to write the dumps anyway.');
    return 1;
  }
  const ctx = createContext(result.dataset, graphOptions);
  const extras = await wikibaseFiles(result.dataset, wikibase, graphOptions);
  const candidates = { ...NAMESPACES, ...datasetPrefixes(ctx.base) };
  const entities = [...result.dataset.entities, ...result.dataset.manifest.sources];
  const written = await writeDumps(options.out, result.graphs.map((g) => ({
    name: g.profile, blocks: [groupBySubject(g.quads)], prefixes: usedPrefixes(g.quads, candidates),
  })), {
    formats, graph: datasetIri(ctx), ...dumpOptions(options),
    describe: (files, triples) => [
      ...(formats.length ? [describeDump(result.dataset, kindCounts(entities.map((e) => e.kind)), files, triples, ctx)] : []),
      ...extras,
    ],
  });
  console.log(`Exported ${entities.length} entities (${countBy(entities, (e) => e.kind)}).`);
  for (const g of result.graphs) console.log(`  ${g.profile}: ${g.quads.length} triples, ${g.report.conforms ? 'valid' : `${g.report.results.length} SHACL problems`}`);
  printFiles(written);
  return invalid.length || sourcingErrors ? 3 : 0;
}

/** The files of the formats for Wikidata's tools, built in memory (a dataset read from a folder is). */
async function wikibaseFiles(dataset: Dataset, formats: WikibaseFormat[], graphOptions: GraphOptions): Promise<{ name: string; text: string; mediaType: string }[]> {
  const out: { name: string; text: string; mediaType: string }[] = [];
  if (formats.includes('wikibase-json')) {
    const { wikibaseJsonLines } = await import('../../wikibase/to-json.js');
    out.push({ name: 'wikibase.jsonl', text: [...wikibaseJsonLines(dataset, graphOptions)].map((l) => `${l}\n`).join(''), mediaType: 'application/json' });
  }
  if (formats.includes('quickstatements')) {
    const { quickStatements, formatCarryReport } = await import('../../wikibase/quickstatements.js');
    const { text, report } = quickStatements(dataset);
    out.push({ name: 'quickstatements.txt', text, mediaType: 'text/tab-separated-values' });
    out.push({ name: 'quickstatements-report.txt', text: formatCarryReport(report), mediaType: 'text/plain' });
    console.log(`QuickStatements: ${text.split('\n').filter(Boolean).length} commands; ${report.length} things QuickStatements cannot carry are listed in quickstatements-report.txt.`);
  }
  return out;
}

export function dumpOptions(options: Options): { shardSize?: number; gzip: boolean } {
  const shard = options['shard-size'] ? Number(options['shard-size']) : undefined;
  if (shard !== undefined && !(Number.isInteger(shard) && shard > 0)) throw new UsageError(`--shard-size takes a positive whole number of triples, not "${options['shard-size']}"`);
  return { ...(shard && { shardSize: shard }), gzip: options.gzip };
}

const kindCounts = (kinds: string[]) => {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
};

export function describeDump(dataset: Pick<Dataset, 'manifest'>, kinds: Map<string, number>, files: ShardInfo[], triples: Record<string, number>, ctx: GraphContext) {
  const created = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  return {
    name: 'void.ttl',
    text: voidTurtle({
      datasetIri: datasetIri(ctx), manifest: dataset.manifest, sourceIris: dataset.manifest.sources.map((s) => entityIri(ctx, s)),
      entitiesPerKind: Object.fromEntries(kinds), triplesPerProfile: triples, files, created: created.toISOString().slice(0, 10),
    }),
  };
}

export function printFiles(written: WrittenDumps): void {
  for (const file of written.files) console.log(`  wrote ${path.relative(process.cwd(), file.path) || file.path} (${formatBytes(file.bytes)})`);
}
