// **property-shapes** — SHACL shapes for every property of a dataset's property table, made from its
// datatype: the simple values of the property (wdt:, ps:, pq:, pr:) must be of the datatype's value
// shape (shapes/values.ttl) or an unknown value; its value nodes (psv:, pqv:, prv:) of the right class;
// its identifiers of the property's format. Messages name the property by id and label.
import type { Quad, Quad_Object } from '@rdfjs/types';
import type { PropertyTable } from '../model/property-table.js';
import { propertyIris, propertyRefOf } from '../graph/property.js';
import { DataFactory } from 'n3';
import { EXPECTED_RDF, VALUE_SHAPES } from './value-shapes.js';
import { withArticle } from '../vocab/datatypes.js';
import { NAMESPACES } from '../vocab/namespaces.js';

const { namedNode, blankNode, literal, quad } = DataFactory;
type Node = ReturnType<typeof namedNode> | ReturnType<typeof blankNode>;
const node = (iri: string) => namedNode(iri);
const triple = (s: Node | string, p: string, o: Quad_Object) => quad(typeof s === 'string' ? namedNode(s) : s, namedNode(p), o);
const RDF_TYPE = NAMESPACES.rdf + 'type';
const SH = NAMESPACES.sh;
const LLSH = 'https://w3id.org/linked-lives/shapes#';
const RDF_FIRST = NAMESPACES.rdf + 'first';
const RDF_REST = NAMESPACES.rdf + 'rest';
const RDF_NIL = NAMESPACES.rdf + 'nil';

/** The shapes of every property in the table (built in and declared), for a dataset under `base`. */
export function propertyShapes(table: PropertyTable, base: string): Quad[] {
  const out: Quad[] = [];
  let blanks = 0;
  const blank = () => blankNode(`ps${blanks++}`);
  const property = (shape: string, path: Node, message: string) => {
    const p = blank();
    out.push(triple(shape, SH + 'property', p), triple(p, SH + 'path', path), triple(p, SH + 'message', literal(message)));
    return p;
  };
  /** An RDF list of IRIs or nodes. */
  const list = (items: (string | Node)[]): Node => {
    const cells = items.map(() => blank());
    items.forEach((item, i) => {
      out.push(triple(cells[i]!, RDF_FIRST, typeof item === 'string' ? node(item) : item));
      out.push(triple(cells[i]!, RDF_REST, i + 1 < cells.length ? cells[i + 1]! : node(RDF_NIL)));
    });
    return cells[0]!;
  };
  for (const info of table.all()) {
    const iris = propertyIris(propertyRefOf(info, base));
    const { simple, valueNode } = VALUE_SHAPES[iris.datatype];
    const name = table.describe(info.key);
    const shape = `${LLSH}property-${info.wikidata ? '' : 'local-'}${info.key}`;
    out.push(triple(shape, RDF_TYPE, node(SH + 'NodeShape')));
    for (const p of [iris.direct, iris.statement, iris.qualifier, iris.reference]) out.push(triple(shape, SH + 'targetSubjectsOf', node(p)));
    const values = list([iris.direct, iris.statement, iris.qualifier, iris.reference]);
    const path = blank();
    out.push(triple(path, SH + 'alternativePath', values));
    const value = property(shape, path, `${name} is ${withArticle(iris.datatype)} property: its values are ${EXPECTED_RDF[iris.datatype]}`);
    out.push(triple(value, SH + 'or', list([LLSH + simple, LLSH + 'UnknownValue'])));
    if (info.format) {
      const format = property(shape, path, `${name}: its values must match the property's format ${info.format}`);
      const pattern = blank();
      out.push(triple(pattern, SH + 'pattern', literal(`^(${info.format})$`)));
      out.push(triple(format, SH + 'or', list([pattern, LLSH + 'UnknownValue'])));
    }
    if (valueNode) {
      const nodes = blank();
      out.push(triple(nodes, SH + 'alternativePath', list([iris.statementValue, iris.qualifierValue, iris.referenceValue])));
      const linked = property(shape, nodes, `${name}: its full values (psv:, pqv:, prv:) are wikibase:${valueNode} nodes`);
      out.push(triple(linked, SH + 'class', node(NAMESPACES.wikibase + valueNode)));
    }
    if (iris.normalized && iris.formatterUri) {
      const normalized = blank();
      out.push(triple(normalized, SH + 'alternativePath', list(Object.values(iris.normalized))));
      const iri = property(shape, normalized, `${name}: its normalized values (wdtn:, psn: …) are IRIs`);
      out.push(triple(iri, SH + 'nodeKind', node(SH + 'IRI')));
    }
  }
  return out;
}
