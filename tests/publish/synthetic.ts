// Test helper (publish tests): generated triples — `n` triples, ten per subject, in a namespace per tag,
// with plain, language-tagged and typed literals and IRIs.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';

const { namedNode, literal, quad } = DataFactory;
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');

export function synthetic(n: number, tag: string): Quad[] {
  const base = `https://example.org/${tag}/`;
  const predicates = Array.from({ length: 10 }, (_, i) => namedNode(`${base}p${i}`));
  const quads: Quad[] = [];
  for (let i = 0; i < n; i++) {
    const subject = namedNode(`${base}e${Math.floor(i / 10)}`);
    const kind = i % 4;
    const object = kind === 0 ? literal(`${tag} ${i} "quoted" ünïcode\nline`)
      : kind === 1 ? literal(`${tag} ${i}`, 'en')
        : kind === 2 ? literal(String(i), XSD_INTEGER)
          : namedNode(`${base}e${(i * 7) % Math.max(1, Math.floor(n / 10))}`);
    quads.push(quad(subject, predicates[i % 10]!, object));
  }
  return quads;
}

/** One version of a graph: `n` triples on the same subjects and predicates as every other version (as a
 *  republished dataset has), literals naming the version, and every tenth triple on a predicate of the
 *  version's own — its marker, so that a reader can tell the versions apart without reading them whole. */
export function versioned(n: number, version: string): { quads: Quad[]; marker: string } {
  const base = 'https://example.org/versioned/';
  const marker = `${base}marker-${version}`;
  const predicates = [namedNode(marker), ...Array.from({ length: 9 }, (_, i) => namedNode(`${base}p${i + 1}`))];
  const quads = Array.from({ length: n }, (_, i) =>
    quad(namedNode(`${base}e${Math.floor(i / 10)}`), predicates[i % 10]!, literal(`${version} ${i}`)));
  return { quads, marker };
}
