// **publish** — `linked-lives publish --endpoint URL --graph IRI`: the data (validated, full profile)
// or a dump into a SPARQL 1.1 store, replacing the graph atomically. Progress on a terminal only;
// each kind of failure has its exit code (PUBLISH_EXIT_CODES, listed in the usage text).
import type { Quad } from '@rdfjs/types';
import { PROFILES, runPipeline } from '../../pipeline.js';
import { readCredentialsFile, credentialsFromEnv } from '../../publish/credentials.js';
import { PROTOCOLS } from '../../publish/endpoints.js';
import { PUBLISH_EXIT_CODES, PublishError } from '../../publish/errors.js';
import { publish, MAX_BATCH, type PublishProgress } from '../../publish/publish.js';
import type { DumpText } from '../../query/source.js';
import { formatReport } from '../../validate/report.js';
import { oneOption, UsageError, type Options } from '../args.js';
import { printIssues } from '../output.js';
import { printSourcing } from '../sourcing-output.js';
import { readDump } from './query.js';

export async function publishCommand(options: Options): Promise<number> {
  if (!options.endpoint) throw new UsageError('publish needs --endpoint URL (the SPARQL endpoint that takes updates)');
  if (!options.graph) throw new UsageError('publish needs --graph IRI (the named graph to replace)');
  const protocol = oneOption(options.protocol, PROTOCOLS, 'protocol');
  const batchSize = options.batch === undefined ? undefined : Number(options.batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= MAX_BATCH)) {
    throw new UsageError(`--batch takes a whole number from 1 to ${MAX_BATCH}; got "${options.batch}"`);
  }
  const timeout = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeout !== undefined && !(timeout > 0 && timeout <= 86_400)) throw new UsageError(`--timeout takes the seconds to wait for each answer of the store, more than 0; got "${options.timeout}"`);
  const credentials = await readCredentials(options.credentials);
  const source = await sourceOf(options);
  if (typeof source === 'number') return source;
  try {
    const result = await publish(source, {
      endpoint: options.endpoint, graph: options.graph, protocol, credentials,
      ...(batchSize && { batchSize }), ...(timeout && { timeoutMs: timeout * 1000 }),
      ...(options['graph-store'] && { graphStore: options['graph-store'] }),
      ...(options['query-endpoint'] && { queryEndpoint: options['query-endpoint'] }),
      onProgress: progressPrinter(),
    });
    console.log(`Published ${result.triples} triples to <${result.graph}> (${result.protocol}, ${result.requests} request${result.requests === 1 ? '' : 's'}, ${(result.durationMs / 1000).toFixed(1)} s).`);
    console.log(`  replaced ${result.previousTriples} triples; the store holds exactly ${result.triples}, and ${result.sampled} sampled entities match.`);
    return 0;
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    console.error(`linked-lives: ${error.message}`);
    return PUBLISH_EXIT_CODES[error.code];
  }
}

async function readCredentials(file: string | undefined) {
  if (!file) return credentialsFromEnv() ?? null;
  const { credentials, warning } = await readCredentialsFile(file);
  if (warning) console.error(`linked-lives: warning: ${warning}`);
  return credentials;
}

/** The quads of --data (validated like export: exit 1 unless --allow-invalid) or the text of --file. */
async function sourceOf(options: Options): Promise<Quad[] | DumpText | number> {
  if (options.file) return readDump(options.file);
  const profile = oneOption(options.profile, PROFILES, 'profile');
  const result = await runPipeline(options.data, {
    profiles: [profile], mintWikidataIris: options['mint-wikidata-iris'],
    ...(options['base-iri'] && { baseIri: options['base-iri'] }), ...(options.shapes && { shapesDir: options.shapes }),
  });
  if (!result.ok) {
    printIssues(result.issues);
    return 2;
  }
  const [graph] = result.graphs;
  const sourcingErrors = printSourcing(result.sourcing);
  if (!graph!.report.conforms || sourcingErrors) {
    if (!graph!.report.conforms) console.error(`${profile} profile: ${formatReport(graph!.report)}`);
    if (!options['allow-invalid']) {
      console.error('Nothing was published: fix the data, or pass --allow-invalid to publish it anyway.');
      return 1;
    }
  }
  return graph!.quads;
}

/** Progress as one updating line on a terminal's stderr, nothing when stderr is not a terminal or under
 *  CI; retries are always reported (on stderr), since they explain a slow or failed run. */
function progressPrinter(): (event: PublishProgress) => void {
  const tty = !!process.stderr.isTTY && !process.env.CI;
  const show = (text: string, done = false) => tty && process.stderr.write(`\r\x1b[K${text}${done ? '\n' : ''}`);
  return (event) => {
    switch (event.phase) {
      case 'prepared': return void show(`${event.triples} triples in ${event.requests} request${event.requests === 1 ? '' : 's'}…`);
      case 'cleaned': return void show(`dropped ${event.graphs.length} staging graph(s) left by earlier runs`, true);
      case 'uploaded': return void show(`uploading ${event.triples}/${event.total} triples (${Math.floor((100 * event.triples) / event.total)}%), request ${event.request}/${event.requests}`);
      case 'verified': return void show(`staging graph verified (${event.triples} triples); swapping…`);
      case 'swapped': return void show('swapped; checking…');
      case 'checked': return void show('');
      case 'retry':
        show('');
        console.error(`linked-lives: retry ${event.attempt} in ${(event.delayMs / 1000).toFixed(1)} s: ${event.reason}`);
    }
  };
}
