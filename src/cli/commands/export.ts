// **export** — `linked-lives export`: validated dumps of a data directory, written atomically.
import path from 'node:path';
import { datasetIri, createContext } from '../../graph/context.js';
import { writeDumps, type DumpFile } from '../../output/write-dumps.js';
import { PROFILES, runPipeline } from '../../pipeline.js';
import { FORMATS, serializers } from '../../serialize/index.js';
import { datasetPrefixes } from '../../serialize/prefixes.js';
import { formatReport } from '../../validate/report.js';
import { listOption, type Options } from '../args.js';
import { countBy, formatBytes, printIssues } from '../output.js';

export async function exportCommand(options: Options): Promise<number> {
  const profiles = listOption(options.profile, PROFILES, 'profile');
  const formats = listOption(options.format, FORMATS, 'format');
  const graphOptions = {
    ...(options['base-iri'] && { baseIri: options['base-iri'] }),
    mintWikidataIris: options['mint-wikidata-iris'],
  };
  const result = await runPipeline(options.data, { profiles, ...graphOptions, ...(options.shapes && { shapesDir: options.shapes }) });
  if (!result.ok) {
    printIssues(result.issues);
    console.error('Nothing was written.');
    return 2;
  }
  const invalid = result.graphs.filter((g) => !g.report.conforms);
  for (const g of invalid) console.error(`${g.profile} profile: ${formatReport(g.report)}`);
  if (invalid.length && !options['allow-invalid']) {
    console.error('Nothing was written: fix the data, or pass --allow-invalid to write the dumps anyway.');
    return 1;
  }
  const ctx = createContext(result.dataset, graphOptions);
  const graph = datasetIri(ctx);
  const base = ctx.base;
  const files: DumpFile[] = result.graphs.flatMap((g) => formats.map((format) => ({
    name: `${g.profile}.${serializers[format].extension}`,
    content: () => serializers[format].toStream(g.quads, { graph, extraPrefixes: datasetPrefixes(base) }),
  })));
  const written = await writeDumps(options.out, files);
  console.log(`Exported ${result.dataset.entities.length + result.dataset.manifest.sources.length} entities (${countBy([...result.dataset.entities, ...result.dataset.manifest.sources], (e) => e.kind)}).`);
  for (const g of result.graphs) console.log(`  ${g.profile}: ${g.quads.length} triples, ${g.report.conforms ? 'valid' : `${g.report.results.length} SHACL problems`}`);
  for (const file of written) console.log(`  wrote ${path.relative(process.cwd(), file.path) || file.path} (${formatBytes(file.bytes)})`);
  return invalid.length ? 3 : 0;
}
