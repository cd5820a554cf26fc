// **protocol** — the messages between a streaming export and its worker threads.
import type { InputIssue } from '../errors.js';
import type { Profile, StreamTimes } from '../graph/context.js';
import type { Manifest } from '../model/manifest.js';
import type { Format } from '../serialize/index.js';
import type { ReportResult } from '../validate/report.js';
import type { SharedFacts } from '../model/facts-table.js';

/** Sent at start: a worker loads its modules and shapes while the main thread reads the input once. */
export interface WorkerSetup {
  manifest: Manifest;
  profiles: Profile[];
  formats: Format[];
  /** Turtle prefixes declared in every file. */
  prefixes: Record<string, string>;
  graph: string;
  baseIri?: string;
  /** Validate this profile's graph with the shapes in shapesDir; none: no validation. */
  validate?: { profile: Profile; shapesDir?: string };
  /** Where the lines come from, for messages. */
  file: string;
  times: StreamTimes;
}

/** The first message, once that pass is done: the facts table, in shared memory, and the keys of
 *  the input's preferred claims (graph/preferred.ts). */
export interface FactsMessage {
  facts: SharedFacts;
  preferred: string[];
}

export interface Batch {
  index: number;
  lines: { line: number; text: string }[];
}

export interface BatchResult {
  index: number;
  /** Rendered text as UTF-8 by profile, then format (encoded here, so the main thread only writes); JSON-LD text starts with its separator. */
  text: Record<string, Record<string, Uint8Array>>;
  triples: Record<string, number>;
  kinds: Record<string, number>;
  issues: InputIssue[];
  violations: ReportResult[];
  /** The shared nodes (references, values) the batch wrote, by profile, kept apart from `text`: two
   *  workers can both meet a reference first, and only the main thread can tell which one wrote it. */
  shared: Record<string, SharedNodes>;
  /** Statements the batch gave entities that events name, whose document nodes the main thread
   *  writes at the end (graph/stream.ts); the entity's own block gives its IRI. */
  counts: { id: string; iri: string; statements: number; identifiers: number }[];
  /** Local concept IRIs the batch used, by profile; the main thread describes them at the end. */
  concepts: Record<string, string[]>;
}

/** Shared nodes in writing order: key (a node's IRI, or a derivable direct claim's triple) and triple
 *  count of each, their text by format (one buffer per format) and each node's byte length in it. */
export interface SharedNodes {
  iris: string[];
  triples: number[];
  text: Record<string, Uint8Array>;
  bytes: Record<string, number[]>;
}
