// **export-stream** — `linked-lives export --input entities.jsonl`: a dump of any size in bounded
// memory, on all cores, validated as it streams (src/parallel/).
import { stat } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { createStreamContext, datasetIri } from '../../graph/context.js';
import { safeLoadDataset } from '../../load/load-dataset.js';
import { parallelExport } from '../../parallel/export.js';
import { PROFILES } from '../../pipeline.js';
import { FORMATS } from '../../serialize/index.js';
import { datasetPrefixes } from '../../serialize/prefixes.js';
import { formatReport } from '../../validate/report.js';
import { NAMESPACES } from '../../vocab/namespaces.js';
import { listOption, UsageError, type Options } from '../args.js';
import { printIssues, printSkipped } from '../output.js';
import { Progress } from '../progress.js';
import { describeDump, dumpOptions, printFiles } from './export.js';

export async function exportStream(options: Options): Promise<number> {
  const onError = listOption(options['on-error'], ['stop', 'skip'] as const, 'on-error')[0]!;
  const profiles = listOption(options.profile ?? 'truthy,full', PROFILES, 'profile');
  if (/wikibase-json|quickstatements/.test(options.format ?? '')) throw new UsageError('wikibase-json and quickstatements are written from a data directory (--data DIR), not while streaming --input');
  const formats = listOption(options.format ?? 'ttl,jsonld,nt,nq', FORMATS, 'format');
  if (options['mint-wikidata-iris']) throw new UsageError('--mint-wikidata-iris needs every entity in memory; it is not available with --input');
  const input = await stat(options.input!).catch(() => undefined);
  if (!input?.isFile()) {
    throw new InputError([{ code: 'io', file: options.input!, path: [], message: `cannot read the input: ${!input ? 'no such file' : input.isDirectory() ? 'it is a folder, not a file' : 'not a regular file'}` }]);
  }
  const loaded = await safeLoadDataset(options.data ?? 'data');
  if (!loaded.ok) return printIssues(loaded.issues), 2;
  const { dataset } = loaded;
  printSkipped(dataset);
  if (dataset.entities.length) {
    throw new UsageError(`with --input, ${options.data ?? 'data'} holds the manifest and concepts only; it also has ${dataset.entities.length} entity files (put them in the JSON Lines file)`);
  }
  // Quotes, unsourced statements and duplicates are checked on a data directory (validate, export --data);
  // a stream is never in memory as a whole. Said once, where the manifest asks for the checks.
  if (dataset.manifest.sources.some((source) => source.text !== undefined)) {
    console.error('Notice: the sourcing checks (quotes against the sources\' texts, unsourced statements, duplicates) do not run on --input streams.');
  }
  const baseIri = options['base-iri'];
  const ctx = createStreamContext(dataset.manifest, new Map(), baseIri ? { baseIri } : {});
  const progress = new Progress('export');
  try {
    const result = await parallelExport(dataset, {
      input: options.input!, outDir: options.out, profiles, formats, onError, graph: datasetIri(ctx),
      prefixes: { ...NAMESPACES, ...datasetPrefixes(ctx.base) }, ...(baseIri && { baseIri }), ...dumpOptions(options),
      allowInvalid: options['allow-invalid'], ...(options.shapes && { shapesDir: options.shapes }),
      onProgress: (done, total) => progress.tick(done, total),
      describe: (files, triples, kinds) => [describeDump(dataset, new Map(Object.entries(kinds)), files, triples, ctx)],
    });
    progress.done();
    const total = Object.values(result.kinds).reduce((a, b) => a + b, 0);
    if (result.skipped.length) {
      console.error(`Skipped ${result.skipped.length} bad line${result.skipped.length === 1 ? '' : 's'} (--on-error skip):`);
      printIssues(result.skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    }
    if (result.violationCount) {
      console.error(formatReport({ conforms: false, results: result.violations, quads: [] }) + (result.violationCount > result.violations.length ? `\n… and ${result.violationCount - result.violations.length} more` : ''));
    }
    if (!result.written) {
      console.error('Nothing was written: fix the data, or pass --allow-invalid to write the dumps anyway.');
      return 1;
    }
    console.log(`Exported ${total} entities (${Object.entries(result.kinds).map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ')}) from ${options.input}.`);
    for (const [profile, n] of Object.entries(result.triples)) console.log(`  ${profile}: ${n} triples, ${result.violationCount ? `${result.violationCount} SHACL problems` : 'valid'}`);
    printFiles(result);
    return result.violationCount || result.skipped.length ? 3 : 0;
  } catch (error) {
    progress.done();
    if (error instanceof InputError) return printIssues(error.issues), console.error('Nothing was written.'), 2;
    throw error;
  }
}
