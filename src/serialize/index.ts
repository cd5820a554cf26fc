// **serialize** — quads → text. Every format has a string form and a streaming form.
import type { Quad } from '@rdfjs/types';
import type { Readable } from 'node:stream';
import { jsonldStream, toJsonLd } from './jsonld.js';
import { nquadsStream, ntriplesStream, toNQuads, toNTriples } from './ntriples.js';
import { toTurtle, turtleStream } from './turtle.js';

export const FORMATS = ['ttl', 'jsonld', 'nt', 'nq'] as const;
export type Format = (typeof FORMATS)[number];

export interface SerializeOptions {
  /** N-Quads only: the named graph to put every triple in. */
  graph?: string;
  /** Turtle only: prefixes that may be declared besides the known vocabularies (e.g. the dataset's own). */
  extraPrefixes?: Record<string, string>;
}

export interface Serializer {
  extension: string;
  mediaType: string;
  toString(quads: Iterable<Quad>, options?: SerializeOptions): Promise<string>;
  toStream(quads: Iterable<Quad> | AsyncIterable<Quad>, options?: SerializeOptions): Readable;
}

export const serializers: Record<Format, Serializer> = {
  ttl: {
    extension: 'ttl', mediaType: 'text/turtle',
    toString: (quads, o) => toTurtle(quads, o?.extraPrefixes ? { extraPrefixes: o.extraPrefixes } : {}),
    toStream: (quads, o) => turtleStream(quads, o?.extraPrefixes ? { extraPrefixes: o.extraPrefixes } : {}),
  },
  jsonld: {
    extension: 'jsonld', mediaType: 'application/ld+json',
    toString: async (quads) => toJsonLd(quads),
    toStream: (quads) => jsonldStream(quads),
  },
  nt: {
    extension: 'nt', mediaType: 'application/n-triples',
    toString: async (quads) => toNTriples(quads),
    toStream: (quads) => ntriplesStream(quads),
  },
  nq: {
    extension: 'nq', mediaType: 'application/n-quads',
    toString: async (quads, o) => toNQuads(quads, o?.graph ? { graph: o.graph } : {}),
    toStream: (quads, o) => nquadsStream(quads, o?.graph ? { graph: o.graph } : {}),
  },
};
