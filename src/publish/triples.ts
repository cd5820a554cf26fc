// **triples** — what a publish sends: the distinct triples of the quads (graph names dropped, language
// tags lower-cased as RDF 1.1 allows and stores do), cut into requests, and a sample to check afterwards.
import type { Quad, Term } from '@rdfjs/types';
import { LinkedLivesError } from '../errors.js';
import { termToNT } from '../serialize/ntriples.js';

export interface PreparedTriples {
  /** One N-Triples line per distinct triple, each ending in "\n". */
  lines: string[];
  /** Triples per IRI subject, to compare a sample with the store. */
  perSubject: Map<string, number>;
  hasBlankNodes: boolean;
}

function objectNT(term: Term): string {
  const nt = termToNT(term);
  if (term.termType !== 'Literal' || !term.language) return nt;
  const at = nt.lastIndexOf('@'); // a language tag never holds "@"; the quoted text before it may
  return nt.slice(0, at + 1) + term.language.toLowerCase();
}

export function prepareTriples(quads: Iterable<Quad>): PreparedTriples {
  const seen = new Set<string>();
  const perSubject = new Map<string, number>();
  let hasBlankNodes = false;
  for (const q of quads) {
    const line = `${termToNT(q.subject)} ${termToNT(q.predicate)} ${objectNT(q.object)} .\n`;
    if (seen.has(line)) continue;
    seen.add(line);
    if (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode') hasBlankNodes = true;
    if (q.subject.termType === 'NamedNode') perSubject.set(q.subject.value, (perSubject.get(q.subject.value) ?? 0) + 1);
  }
  return { lines: [...seen], perSubject, hasBlankNodes };
}

export interface Chunk {
  /** 0-based index of the chunk's first triple. */
  start: number;
  lines: string[];
}

/** Consecutive chunks of at most `size` triples and about `maxBytes` of text (one triple may exceed it). */
export function chunk(triples: PreparedTriples, size: number, maxBytes = 32 * 1024 * 1024): Chunk[] {
  const { lines } = triples;
  if (triples.hasBlankNodes && lines.length > size) {
    throw new LinkedLivesError(
      `the data has blank nodes and needs more than one request of ${size} triples: a blank node split across requests would become two nodes. ` +
      'Raise --batch (at most 100000), or give the nodes IRIs.', 'blank_nodes');
  }
  const chunks: Chunk[] = [];
  let current: Chunk = { start: 0, lines: [] };
  let bytes = 0;
  lines.forEach((line, index) => {
    if (current.lines.length && (current.lines.length >= size || bytes + line.length > maxBytes)) {
      chunks.push(current);
      current = { start: index, lines: [] };
      bytes = 0;
    }
    current.lines.push(line);
    bytes += line.length;
  });
  if (current.lines.length) chunks.push(current);
  return chunks;
}

/** Up to `size` IRI subjects spread evenly over the sorted subjects, with their triple counts. */
export function sampleSubjects(triples: PreparedTriples, size: number): [string, number][] {
  const subjects = [...triples.perSubject.keys()].sort();
  const step = Math.max(1, subjects.length / size);
  const picked: [string, number][] = [];
  for (let i = 0; i < subjects.length && picked.length < size; i += step) {
    const subject = subjects[Math.floor(i)]!;
    picked.push([subject, triples.perSubject.get(subject)!]);
  }
  return picked;
}
