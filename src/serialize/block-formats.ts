// **block-formats** — each output format as header, blocks of quads, footer: the shape a single-pass,
// sharded, streaming writer needs. The string and stream forms of each format produce the same text.
import type { Quad } from '@rdfjs/types';
import type { Format } from './index.js';
import { JSONLD_HEAD, JSONLD_TAIL, nodeObjects } from './jsonld.js';
import { quadToLine } from './ntriples.js';
import { TurtleWriter } from './turtle-writer.js';

export interface BlockFormat {
  extension: string;
  mediaType: string;
  header(): string;
  /** Text of one block; `first` is true for the first block of a file (JSON-LD needs no comma then). */
  block(quads: readonly Quad[], first: boolean): string;
  footer(): string;
}

export interface BlockFormatOptions {
  /** N-Quads: the named graph of every triple. */
  graph?: string;
  /** Turtle: the prefixes to declare and use. */
  prefixes: Record<string, string>;
}

export function blockFormat(format: Format, options: BlockFormatOptions): BlockFormat {
  switch (format) {
    case 'nt': return lines('nt', 'application/n-triples', false);
    case 'nq': return lines('nq', 'application/n-quads', true, options.graph);
    case 'ttl': {
      const writer = new TurtleWriter(options.prefixes);
      return { extension: 'ttl', mediaType: 'text/turtle', header: () => writer.header(), block: (q) => writer.block(q), footer: () => '' };
    }
    case 'jsonld': return {
      extension: 'jsonld', mediaType: 'application/ld+json', header: () => JSONLD_HEAD, footer: () => JSONLD_TAIL,
      block: (quads, first) => {
        let out = '';
        for (const node of nodeObjects(quads)) {
          out += `${first && !out ? '' : ',\n'}    ${JSON.stringify(node)}`;
        }
        return out;
      },
    };
  }
}

function lines(extension: string, mediaType: string, nquads: boolean, graph?: string): BlockFormat {
  const options = graph ? { graph } : {};
  return {
    extension, mediaType, header: () => '', footer: () => '',
    block: (quads) => {
      let out = '';
      for (const q of quads) out += quadToLine(q, nquads, options);
      return out;
    },
  };
}
