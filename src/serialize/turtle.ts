// **turtle** — quads → Turtle with n3's writer: only used prefixes, subjects grouped, input order kept.
import type { Quad } from '@rdfjs/types';
import { StreamWriter, Writer } from 'n3';
import { Readable } from 'node:stream';
import { NAMESPACES } from '../vocab/namespaces.js';
import { groupBySubject } from '../graph/group-by-subject.js';
import { usedPrefixes } from './prefixes.js';

export interface TurtleOptions {
  /** Prefixes to declare. Defaults to the known prefixes the quads use, or all known prefixes when streaming from an iterator. */
  prefixes?: Record<string, string>;
}

/** Turtle text of the quads, each subject's triples together, subjects in first-seen order. */
export function toTurtle(quads: Iterable<Quad>, options: TurtleOptions = {}): Promise<string> {
  const list = groupBySubject(quads);
  const writer = new Writer({ prefixes: options.prefixes ?? usedPrefixes(list) });
  writer.addQuads(list);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

/** A readable stream of Turtle; triples of one subject are grouped when they arrive together. */
export function turtleStream(quads: Iterable<Quad> | AsyncIterable<Quad>, options: TurtleOptions = {}): Readable {
  // Quads already in memory are grouped and get only their used prefixes: the same text as toTurtle.
  const source = Array.isArray(quads) ? groupBySubject(quads) : quads;
  const prefixes = options.prefixes ?? (Array.isArray(source) ? usedPrefixes(source) : { ...NAMESPACES });
  const writer = new StreamWriter({ prefixes });
  Readable.from(source, { objectMode: true }).pipe(writer);
  return writer as unknown as Readable;
}
