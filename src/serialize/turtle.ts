// **turtle** — quads → Turtle: only used prefixes, each subject's triples together, input order kept.
import type { Quad } from '@rdfjs/types';
import { Readable } from 'node:stream';
import { groupBySubject } from '../graph/group-by-subject.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { usedPrefixes } from './prefixes.js';
import { TurtleWriter } from './turtle-writer.js';

export interface TurtleOptions {
  /** Prefixes that may be declared, besides the known vocabularies (e.g. the dataset's own). */
  extraPrefixes?: Record<string, string>;
}

/** Turtle text of the quads, declaring only the prefixes used. */
export async function toTurtle(quads: Iterable<Quad>, options: TurtleOptions = {}): Promise<string> {
  const list = groupBySubject(quads);
  const writer = new TurtleWriter(usedPrefixes(list, { ...NAMESPACES, ...options.extraPrefixes }));
  return writer.header() + writer.block(list);
}

/**
 * A readable stream of Turtle. Quads already in memory (an array) give exactly `toTurtle`'s text;
 * an iterator gets every known prefix declared up front, since its prefixes are not known in advance.
 * Blocks (arrays of quads, as the streaming graph yields them) are written as they come.
 */
export function turtleStream(quads: Iterable<Quad> | AsyncIterable<Quad | Quad[]>, options: TurtleOptions = {}): Readable {
  const candidates = { ...NAMESPACES, ...options.extraPrefixes };
  const inMemory = Array.isArray(quads) ? groupBySubject(quads as Quad[]) : undefined;
  const writer = new TurtleWriter(inMemory ? usedPrefixes(inMemory, candidates) : sortedPrefixes(candidates));
  return Readable.from((async function* (): AsyncGenerator<string> {
    yield writer.header();
    if (inMemory) {
      yield writer.block(inMemory);
      return;
    }
    let buffer = '';
    let pending: Quad[] = [];
    for await (const item of quads as AsyncIterable<Quad | Quad[]>) {
      if (Array.isArray(item)) buffer += writer.block(item);
      else if (pending.length && !pending[0]!.subject.equals(item.subject)) {
        buffer += writer.block(pending);
        pending = [item];
      } else pending.push(item);
      if (buffer.length > 65_536) { yield buffer; buffer = ''; }
    }
    yield buffer + writer.block(pending);
  })());
}

const sortedPrefixes = (prefixes: Record<string, string>) =>
  Object.fromEntries(Object.entries(prefixes).sort(([a], [b]) => (a < b ? -1 : 1)));
