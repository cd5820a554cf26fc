// **terms** — RDF/JS term construction (n3's DataFactory) with shorthands for the graph code.
import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';

export const { namedNode, literal, quad, defaultGraph } = DataFactory;
export const factory = DataFactory;

const cache = new Map<string, NamedNode>();
/** A named node of the vocabulary, cached: predicates and classes recur millions of times in big dumps. */
export function vocab(iri: string): NamedNode {
  let term = cache.get(iri);
  if (!term) {
    term = namedNode(iri);
    if (cache.size < 10_000) cache.set(iri, term);
  }
  return term;
}

/** A named node for an IRI that is mostly seen once (entities, statements): not worth a cache lookup. */
export const node = (iri: string): NamedNode => namedNode(iri);

export const ns = (prefix: keyof typeof NAMESPACES, local: string) => vocab(NAMESPACES[prefix] + local);
export const typed = (value: string, datatype: string): Literal => literal(value, vocab(datatype));
export const xsd = (local: string) => NAMESPACES.xsd + local;
export const langString = (text: string, lang: string): Literal => literal(text, lang.toLowerCase());
export const triple = (s: string, p: string, o: Quad_Object): Quad => quad(node(s), vocab(p), o);
export { RDF_TYPE } from '../vocab/namespaces.js';
