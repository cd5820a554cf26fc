// **ntriples** — quads → N-Triples / N-Quads lines, written by hand: the format is line-based and
// simple, and a direct writer is several times faster than a general one on big dumps.
import { Readable } from 'node:stream';
import type { Quad, Term } from '@rdfjs/types';
import { assertWritableIri, assertWritableText } from '../model/iri.js';
import { XSD_STRING } from '../vocab/namespaces.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' };

export function termToNT(term: Term): string {
  switch (term.termType) {
    case 'NamedNode': assertWritableIri(term.value); return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      assertWritableText(term.value);
      const text = `"${term.value.replace(/[\\"\n\r]/g, (c) => ESCAPES[c]!)}"`;
      if (term.language) return `${text}@${term.language}`;
      if (term.datatype.value === XSD_STRING) return text;
      assertWritableIri(term.datatype.value);
      return `${text}^^<${term.datatype.value}>`;
    }
    case 'DefaultGraph': return '';
    default: throw new Error(`cannot write a ${term.termType} in N-Triples`);
  }
}

export interface LineOptions {
  /** For N-Quads: the named graph every quad goes into, overriding the quads' own graph. */
  graph?: string;
}

export function quadToLine(q: Quad, nquads: boolean, options: LineOptions = {}): string {
  const head = `${termToNT(q.subject)} ${termToNT(q.predicate)} ${termToNT(q.object)}`;
  if (!nquads) return `${head} .\n`;
  if (options.graph) assertWritableIri(options.graph);
  const graph = options.graph ? `<${options.graph}>` : termToNT(q.graph);
  return graph ? `${head} ${graph} .\n` : `${head} .\n`;
}

export const toNTriples = (quads: Iterable<Quad>): string => joinLines(quads, false);
export const toNQuads = (quads: Iterable<Quad>, options: LineOptions = {}): string => joinLines(quads, true, options);

function joinLines(quads: Iterable<Quad>, nquads: boolean, options: LineOptions = {}): string {
  let out = '';
  for (const q of quads) out += quadToLine(q, nquads, options);
  return out;
}

/** A readable stream of N-Triples text; pulls quads only as fast as the consumer reads. */
export const ntriplesStream = (quads: Iterable<Quad> | AsyncIterable<Quad>): Readable => lineStream(quads, false);
export const nquadsStream = (quads: Iterable<Quad> | AsyncIterable<Quad>, options: LineOptions = {}): Readable => lineStream(quads, true, options);

function lineStream(quads: Iterable<Quad> | AsyncIterable<Quad>, nquads: boolean, options: LineOptions = {}): Readable {
  return Readable.from(batches(quads, (q) => quadToLine(q, nquads, options)), { objectMode: false });
}

/** Joins generated text into ~64 kB chunks: one stream chunk per line would be slow. */
export async function* batches<T>(items: Iterable<T> | AsyncIterable<T>, write: (item: T) => string): AsyncGenerator<string> {
  let buffer = '';
  for await (const item of items) {
    buffer += write(item);
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
