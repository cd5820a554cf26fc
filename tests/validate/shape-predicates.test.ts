// The validator sees only triples whose predicate some shape can look at. That filter must never
// lose a result: it names every predicate of every path form and pair constraint, turns itself off
// for closed shapes, and gives the results unfiltered validation gives on every fixture.
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/load/load-shapes.js';
import { IndexedDataset } from '../../src/validate/indexed-dataset.js';
import { predicatesSeenBy } from '../../src/validate/shape-predicates.js';
import { CompiledShapes, validateQuads } from '../../src/validate/validate.js';
import { parseTurtle } from '../helpers/rdf.js';
import { shapeFixtures } from '../helpers/shape-fixtures.js';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
`;
const ex = (local: string) => `https://example.org/${local}`;

/** Every path form and every constraint that names a second predicate. */
const EVERY_FORM = parseTurtle(`${PREFIXES}
ex:Shape a sh:NodeShape ; sh:targetSubjectsOf ex:subjectsOf ; sh:targetObjectsOf ex:objectsOf ;
  sh:property [ sh:path ex:plain ; sh:equals ex:equals ; sh:disjoint ex:disjoint ; sh:lessThan ex:lessThan ; sh:lessThanOrEquals ex:lessThanOrEquals ] ;
  sh:property [ sh:path ( ex:seq1 [ sh:inversePath ex:inverse ] ) ; sh:minCount 1 ] ;
  sh:property [ sh:path [ sh:alternativePath ( ex:alt1 [ sh:zeroOrMorePath ex:zeroOrMore ] [ sh:oneOrMorePath ex:oneOrMore ] ) ] ; sh:maxCount 3 ] ;
  sh:property [ sh:path [ sh:zeroOrOnePath ex:zeroOrOne ] ; sh:maxCount 3 ] .
`);

let shapes: Quad[];
let compiled: CompiledShapes;
beforeAll(async () => {
  shapes = await loadShapes();
  compiled = new CompiledShapes(shapes);
});

/** focusNode, constraint and source shape: what a filtered and an unfiltered run must agree on. */
const key = (focusNode: string, constraint: string, sourceShape: string) => `${focusNode} ${constraint} ${sourceShape}`;

describe('the predicates shapes can see', () => {
  it('include every predicate of every path form, target and pair constraint, and the class predicates', () => {
    const seen = predicatesSeenBy(EVERY_FORM)!;
    const expected = ['subjectsOf', 'objectsOf', 'plain', 'equals', 'disjoint', 'lessThan', 'lessThanOrEquals', 'seq1', 'inverse', 'alt1', 'zeroOrMore', 'oneOrMore', 'zeroOrOne'].map(ex);
    expect([...seen].sort()).toEqual([...expected, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/2000/01/rdf-schema#subClassOf'].sort());
  });

  it('are all of them when a shape is closed', () => {
    expect(predicatesSeenBy(parseTurtle(`${PREFIXES} ex:S a sh:NodeShape ; sh:closed true ; sh:property [ sh:path ex:a ] .`))).toBeUndefined();
  });

  it('keep a violation that only an unlisted predicate causes in a closed shape', async () => {
    const closed = parseTurtle(`${PREFIXES} ex:S a sh:NodeShape ; sh:targetNode ex:n ; sh:closed true ; sh:property [ sh:path ex:a ] .`);
    const report = await validateQuads(parseTurtle(`${PREFIXES} ex:n ex:a 1 ; ex:unlisted 2 .`), closed);
    expect(report.results.map((r) => `${r.path} ${r.constraint}`)).toEqual([`<${ex('unlisted')}> http://www.w3.org/ns/shacl#ClosedConstraintComponent`]);
  });

  it('keep a violation that only the second predicate of a pair constraint causes', async () => {
    const data = parseTurtle(`${PREFIXES} ex:n ex:subjectsOf 1 ; ex:plain 5 ; ex:lessThan 3 ; ex:seq1 ex:m . ex:x ex:inverse ex:m .`);
    const report = await validateQuads(data, EVERY_FORM);
    expect(report.results.map((r) => r.constraint).sort()).toEqual(['http://www.w3.org/ns/shacl#EqualsConstraintComponent', 'http://www.w3.org/ns/shacl#LessThanConstraintComponent']);
  });

  it('leave out predicates only the data uses (statement links, most qualifiers)', () => {
    for (const p of ['http://www.wikidata.org/prop/P569', 'http://www.wikidata.org/prop/qualifier/P1545']) expect(compiled.predicates?.has(p)).toBe(false);
  });
});

describe('validation of the filtered graph', () => {
  const fixtures = shapeFixtures();
  for (const fixture of fixtures) {
    it(`${fixture.name}: gives the results of the whole graph`, async () => {
      const filtered = (await validateQuads(fixture.quads, compiled)).results.map((r) => key(r.focusNode, r.constraint, r.sourceShape));
      const unfiltered = (await (await compiled.validator).validate(new IndexedDataset(fixture.quads))).results
        .map((r) => key(r.focusNode!.value, r.sourceConstraintComponent!.value, r.sourceShape!.value));
      expect(filtered.sort()).toEqual(unfiltered.sort());
      expect(filtered).toHaveLength(fixture.expect?.count ?? 0);
    });
  }
});
