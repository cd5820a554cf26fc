// **publish** — a dataset, quads or a dump into a named graph of a SPARQL 1.1 store, replacing what
// the graph held: upload to a staging graph in chunks, check its count, MOVE it onto the graph in one
// request, check the result. A failure before the MOVE leaves the graph as it was and drops the staging;
// staging graphs a killed run left behind are dropped by the next run (staging.ts).
import { LinkedLivesError } from '../errors.js';
import type { GraphOptions } from '../graph/context.js';
import { quadsOf, type RdfSource } from '../query/source.js';
import { credentialsFromEnv, type Credentials } from './credentials.js';
import { checkGraphIri, resolveEndpoints, type Protocol } from './endpoints.js';
import { HttpClient } from './http.js';
import { DEFAULT_RETRY, type RetryEvent, type RetryPolicy } from './retry.js';
import { leftovers, newStaging, recordStaging, removeQuietly, removeStaging, swap } from './staging.js';
import { StoreClient } from './store-client.js';
import { chunk, prepareTriples, sampleSubjects, type Chunk } from './triples.js';
import { checkCount, checkSample } from './verify.js';

export const DEFAULT_BATCH = 50_000;
export const MAX_BATCH = 100_000;

export interface PublishOptions extends GraphOptions {
  /** SPARQL 1.1 endpoint taking updates (and queries, unless `queryEndpoint` is given). */
  endpoint: string;
  /** The named graph to replace. */
  graph: string;
  /** `gsp` (default): Graph Store HTTP Protocol uploads; `update`: SPARQL 1.1 INSERT DATA. */
  protocol?: Protocol;
  /** The GSP endpoint; derived from `endpoint` by default (Virtuoso's layout, else the same URL). */
  graphStore?: string;
  queryEndpoint?: string;
  /** Triples per upload request: default 50 000, at most 100 000. */
  batchSize?: number;
  /** Who publishes. Defaults to LINKED_LIVES_USER / LINKED_LIVES_PASSWORD; `null` for none. */
  credentials?: Credentials | null;
  retry?: Partial<RetryPolicy>;
  /** Per request. Default 120 s (the CLI's --timeout). */
  timeoutMs?: number;
  /** Entities to compare with the store after the swap. Default 20. */
  sampleSize?: number;
  onProgress?: (event: PublishProgress) => void;
}

export type PublishProgress =
  | { phase: 'prepared'; triples: number; requests: number; staging: string }
  | { phase: 'cleaned'; graphs: string[] }
  | { phase: 'uploaded'; triples: number; total: number; request: number; requests: number }
  | { phase: 'verified'; triples: number }
  | { phase: 'swapped'; previousTriples: number }
  | { phase: 'checked'; triples: number; sampled: number }
  | ({ phase: 'retry' } & RetryEvent);

export interface PublishResult {
  graph: string;
  endpoint: string;
  protocol: Protocol;
  triples: number;
  /** Triples the graph held before. */
  previousTriples: number;
  /** Upload requests. */
  requests: number;
  sampled: number;
  durationMs: number;
}

/** Replaces `options.graph` in the store with the source's triples (a dataset is built in its full profile). */
export async function publish(source: RdfSource, options: PublishOptions): Promise<PublishResult> {
  const started = Date.now();
  const { client, policy, protocol, batchSize } = configure(options);
  const graph = checkGraphIri(options.graph);
  const emit = options.onProgress ?? (() => {});
  const triples = prepareTriples(quadsOf(source, options));
  const chunks = chunk(triples, batchSize);
  const staging = newStaging(graph);
  emit({ phase: 'prepared', triples: triples.lines.length, requests: chunks.length, staging: staging.staging });
  const left = await leftovers(client, staging);
  for (const old of left) await removeStaging(client, old);
  if (left.length) emit({ phase: 'cleaned', graphs: left.map((l) => l.staging) });
  await recordStaging(client, staging);
  let previousTriples: number;
  try {
    await upload(client, staging.staging, chunks, triples.lines.length, emit);
    await checkCount(client, staging.staging, triples.lines.length, `the staging graph <${staging.staging}>`);
    emit({ phase: 'verified', triples: triples.lines.length });
    previousTriples = await client.count(graph);
    await swap(client, staging, triples.lines.length, policy);
  } catch (error) {
    const removed = await removeQuietly(client, staging);
    throw removed || !(error instanceof LinkedLivesError) ? error : leftBehind(error, staging.staging);
  }
  emit({ phase: 'swapped', previousTriples });
  await checkCount(client, graph, triples.lines.length, `<${graph}> (after the swap)`);
  const sample = sampleSubjects(triples, options.sampleSize ?? 20);
  await checkSample(client, graph, sample);
  emit({ phase: 'checked', triples: triples.lines.length, sampled: sample.length });
  return {
    graph, endpoint: client.endpoints.update, protocol, triples: triples.lines.length, previousTriples,
    requests: chunks.length, sampled: sample.length, durationMs: Date.now() - started,
  };
}

function configure(options: PublishOptions) {
  const protocol = options.protocol ?? 'gsp';
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) {
    throw new LinkedLivesError(`the batch size must be a whole number from 1 to ${MAX_BATCH}; got ${batchSize}`, 'bad_batch');
  }
  const endpoints = resolveEndpoints({ ...options, protocol });
  const credentials = options.credentials === undefined ? credentialsFromEnv() : options.credentials ?? undefined;
  const http = new HttpClient(credentials, options.timeoutMs ?? 120_000);
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const client = new StoreClient(http, endpoints, policy, (event) => options.onProgress?.({ phase: 'retry', ...event }));
  return { client, policy, protocol, batchSize };
}

async function upload(client: StoreClient, staging: string, chunks: Chunk[], total: number, emit: (e: PublishProgress) => void) {
  for (const [index, { start, lines }] of chunks.entries()) {
    await client.insert(staging, lines, `the upload of triples ${start + 1}–${start + lines.length} of ${total}`);
    emit({ phase: 'uploaded', triples: start + lines.length, total, request: index + 1, requests: chunks.length });
  }
}

/** The error, with a note that the staging graph could not be dropped (the next run drops it). */
function leftBehind(error: LinkedLivesError, staging: string): LinkedLivesError {
  error.message += ` (the staging graph <${staging}> could not be dropped; the next publish to this graph drops it)`;
  return error;
}
