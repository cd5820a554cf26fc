// **terms** — RDF/JS terms for the graph code, with shorthands. Our own small classes rather than
// n3's DataFactory: n3 keeps a literal as one id string and re-parses it on every `.value` /
// `.language` read, which showed up in big exports; these keep the parts as plain fields.
import type { DefaultGraph, Literal, NamedNode, Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';
import { NAMESPACES, XSD_STRING } from '../vocab/namespaces.js';

class Iri implements NamedNode {
  constructor(readonly value: string) {}
  get termType(): 'NamedNode' { return 'NamedNode'; }
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'NamedNode' && other.value === this.value;
  }
}

const LANG_STRING = new Iri(NAMESPACES.rdf + 'langString');
const STRING = new Iri(XSD_STRING);

class Lit implements Literal {
  constructor(readonly value: string, readonly language: string, readonly datatype: NamedNode) {}
  get termType(): 'Literal' { return 'Literal'; }
  get direction(): '' { return ''; }
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'Literal' && other.value === this.value && other.language === this.language && other.datatype.equals(this.datatype);
  }
}

const DEFAULT_GRAPH: DefaultGraph = {
  termType: 'DefaultGraph', value: '',
  equals: (other: Term | null | undefined) => !!other && other.termType === 'DefaultGraph',
};

class Triple implements Quad {
  constructor(readonly subject: Quad_Subject, readonly predicate: Quad_Predicate, readonly object: Quad_Object, readonly graph: Quad_Graph = DEFAULT_GRAPH) {}
  get termType(): 'Quad' { return 'Quad'; }
  get value(): '' { return ''; }
  equals(other: Term | null | undefined): boolean {
    if (!other || other.termType !== 'Quad') return false;
    const q = other as Quad;
    return q.subject.equals(this.subject) && q.predicate.equals(this.predicate) && q.object.equals(this.object) && q.graph.equals(this.graph);
  }
}

export const namedNode = (iri: string): NamedNode => new Iri(iri);
/** A literal: with a language tag, a datatype, or neither (xsd:string). */
export function literal(value: string, languageOrDatatype?: string | NamedNode): Literal {
  if (typeof languageOrDatatype === 'string') return new Lit(value, languageOrDatatype, LANG_STRING);
  return new Lit(value, '', languageOrDatatype ?? STRING);
}
export const defaultGraph = (): DefaultGraph => DEFAULT_GRAPH;
export const quad = (s: Quad_Subject, p: Quad_Predicate, o: Quad_Object, g?: Quad_Graph): Quad => new Triple(s, p, o, g);

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

/** RDF 1.2 base direction of a language-tagged literal, where the factory supports it. */
const directionOf = (literal: Term & { direction?: string | null }) => (literal.direction ? `--${literal.direction}` : '');

/** A string that is equal for equal terms and differs between term types (IRIs are kept as they are). */
export function termKey(term: Term): string {
  switch (term.termType) {
    case 'NamedNode': return term.value;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': return `"${term.value}"${term.language ? `@${term.language}${directionOf(term)}` : `^^${term.datatype.value}`}`;
    case 'DefaultGraph': return '';
    case 'Variable': return `?${term.value}`;
    default: return `<<${termKey(term.subject)} ${termKey(term.predicate)} ${termKey(term.object)} ${termKey(term.graph)}>>`;
  }
}
