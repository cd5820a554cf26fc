// **terms** — RDF/JS term construction (n3's DataFactory) with shorthands for the graph code.
import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';

export const { namedNode, literal, quad, defaultGraph } = DataFactory;
export const factory = DataFactory;

const cache = new Map<string, NamedNode>();
/** A named node, cached: the same vocabulary IRIs recur millions of times in big dumps. */
export function node(iri: string): NamedNode {
  let term = cache.get(iri);
  if (!term) {
    term = namedNode(iri);
    if (cache.size < 10_000) cache.set(iri, term);
  }
  return term;
}

export const ns = (prefix: keyof typeof NAMESPACES, local: string) => node(NAMESPACES[prefix] + local);
export const typed = (value: string, datatype: string): Literal => literal(value, node(datatype));
export const xsd = (local: string) => NAMESPACES.xsd + local;
export const langString = (text: string, lang: string): Literal => literal(text, lang.toLowerCase());
export const triple = (s: string, p: string, o: Quad_Object): Quad => quad(node(s), node(p), o);
export const RDF_TYPE = NAMESPACES.rdf + 'type';
