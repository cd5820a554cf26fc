// **jsonld** — quads → JSON-LD written directly as node objects against the fixed context (no
// jsonld.js on the write path: fromRDF + compact is ~30× slower and buffers everything).
// Reading JSON-LD back goes through jsonld.js, offline: the context is local, remote ones are refused.
import type { Quad, Term } from '@rdfjs/types';
import type { JsonLdDocument, Options } from 'jsonld';
import { Readable } from 'node:stream';
import { LinkedLivesError } from '../errors.js';
import { assertWritableIri, assertWritableText } from '../model/iri.js';
import { RDF_TYPE, XSD_STRING } from '../vocab/namespaces.js';
import { JSONLD_CONTEXT } from './jsonld-context.js';
import { groupBySubject } from '../graph/group-by-subject.js';


type NodeObject = Record<string, unknown> & { '@id': string };

const PREFIX_OF = new Map(Object.entries(JSONLD_CONTEXT).map(([prefix, namespace]) => [namespace, prefix]));
const VOCAB_COMPACTED = new Map<string, string>();

/** prefix:local when the IRI's namespace (up to its last / or #) is in the context. */
function compact(iri: string): string {
  assertWritableIri(iri);
  const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
  const prefix = PREFIX_OF.get(iri.slice(0, cut));
  // A local part starting with "//" would read as an absolute IRI; keep those expanded.
  return prefix !== undefined && !iri.startsWith('//', cut) ? `${prefix}:${iri.slice(cut)}` : iri;
}

/** The same, remembered: for predicates, classes and datatypes, which recur. Subjects and objects
 *  are mostly new IRIs (statements, references), where a cache would only cost a lookup. */
function compactVocab(iri: string): string {
  let out = VOCAB_COMPACTED.get(iri);
  if (out === undefined) {
    out = compact(iri);
    if (VOCAB_COMPACTED.size < 20_000) VOCAB_COMPACTED.set(iri, out);
  }
  return out;
}

const subjectId = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : compact(t.value));

function objectValue(t: Term): unknown {
  if (t.termType === 'NamedNode') return { '@id': compact(t.value) };
  if (t.termType === 'BlankNode') return { '@id': `_:${t.value}` };
  if (t.termType !== 'Literal') throw new Error(`cannot write a ${t.termType} as a JSON-LD value`);
  assertWritableText(t.value);
  if (t.language) return { '@value': t.value, '@language': t.language };
  if (t.datatype.value === XSD_STRING) return { '@value': t.value };
  return { '@value': t.value, '@type': compactVocab(t.datatype.value) };
}

/** Node objects of consecutive quads with the same subject. */
export function* nodeObjects(quads: Iterable<Quad>): Generator<NodeObject> {
  let current: NodeObject | undefined;
  let currentKey = '';
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    if (key !== currentKey) {
      if (current) yield current;
      current = { '@id': subjectId(q.subject) };
      currentKey = key;
    }
    const property = q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode' ? '@type' : compactVocab(q.predicate.value);
    const value = property === '@type' ? compactVocab(q.object.value) : objectValue(q.object);
    const values = (current![property] ??= []) as unknown[];
    values.push(value);
  }
  if (current) yield current;
}

export const JSONLD_HEAD = `{\n  "@context": ${JSON.stringify(JSONLD_CONTEXT)},\n  "@graph": [\n`;

export const JSONLD_TAIL = '\n  ]\n}\n';

/** A JSON-LD document: the fixed context and one node object per subject, in first-seen order. */
export function toJsonLd(quads: Iterable<Quad>): string {
  const parts = [...nodeObjects(groupBySubject(quads))].map((node) => `    ${JSON.stringify(node)}`);
  return `${JSONLD_HEAD}${parts.join(',\n')}${JSONLD_TAIL}`;
}

/**
 * A readable stream of the same document. Node objects are merged only when a subject's quads arrive
 * together; a subject seen again later gets a second node object, which JSON-LD merges on reading.
 */
export function jsonldStream(quads: Iterable<Quad> | AsyncIterable<Quad>): Readable {
  const source = Array.isArray(quads) ? groupBySubject(quads) : quads;
  return Readable.from((async function* () {
    yield JSONLD_HEAD;
    let first = true;
    const buffered: Quad[] = [];
    for await (const q of source) {
      if (buffered.length && !buffered[0]!.subject.equals(q.subject)) {
        for (const node of nodeObjects(buffered)) { yield `${first ? '' : ',\n'}    ${JSON.stringify(node)}`; first = false; }
        buffered.length = 0;
      }
      buffered.push(q);
    }
    for (const node of nodeObjects(buffered)) { yield `${first ? '' : ',\n'}    ${JSON.stringify(node)}`; first = false; }
    yield JSONLD_TAIL;
  })());
}

/** Offline document loader: JSON-LD dumps carry their context inline; nothing is fetched. */
const documentLoader = async (url: string): Promise<never> => {
  throw new LinkedLivesError(`refusing to fetch remote JSON-LD context ${url}: linked-lives works offline`, 'remote_context', { url });
};

/** Parses a JSON-LD document into quads with jsonld.js (safe mode: lossy input is an error). */
export async function parseJsonLd(document: unknown): Promise<Quad[]> {
  // jsonld.js and n3 are loaded here only: writing JSON-LD needs neither.
  const [{ default: jsonld }, { StreamParser }] = await Promise.all([import('jsonld'), import('n3')]);
  let nquads: string;
  try {
    nquads = (await jsonld.toRDF(document as JsonLdDocument, { format: 'application/n-quads', documentLoader, safe: true } as Options.ToRdf)) as unknown as string;
  } catch (error) {
    throw new LinkedLivesError(`cannot read JSON-LD: ${causes(error).join(': ')}`, 'bad_jsonld', { error });
  }
  const parser = new StreamParser({ format: 'N-Quads' });
  const quads: Quad[] = [];
  return new Promise((resolve, reject) => {
    parser.on('data', (q: Quad) => quads.push(q)).on('end', () => resolve(quads)).on('error', reject);
    parser.end(nquads);
  });
}

/** jsonld.js nests the real reason in details.cause; collect the chain of messages. */
function causes(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error as { message?: string; details?: { cause?: unknown }; cause?: unknown } | undefined; e && out.length < 5;) {
    if (e.message) out.push(e.message);
    e = (e.details?.cause ?? e.cause) as typeof e;
  }
  return out;
}
