// Checks that an independent SHACL engine (shacl-engine) agrees with ours (rdf-validate-shacl) on exported graphs and on every shape fixture.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { Validator } from 'shacl-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/load/load-shapes.js';
import { compactIri } from '../../src/validate/report.js';
import { validateQuads } from '../../src/validate/validate.js';
import { describeGraphs, graphsOf } from '../helpers/graphs.js';
import { shapeFixtures } from '../helpers/shape-fixtures.js';

const { namedNode, literal, quad } = DataFactory;
const SH = 'http://www.w3.org/ns/shacl#';
const WDT = 'http://www.wikidata.org/prop/direct/';
const RANK = 'http://wikiba.se/ontology#rank';
const STATEMENT = 'http://wikiba.se/ontology#Statement';
const PERSON = 'https://example.org/mini/entity/ivan';
const PERSON_STATEMENTS = 'https://example.org/mini/statement/ivan-';

/** One result as "focusNode path constraint": what both engines must agree on. */
const key = (focusNode: string, path: string | undefined, constraint: string) => `${focusNode} ${path ?? '(node)'} ${compactIri(constraint)}`;
const asSet = (keys: string[]) => [...new Set(keys)].sort();

let shapes: Quad[];
let engine: Validator;
beforeAll(async () => {
  shapes = await loadShapes();
  // shacl-engine needs a DataFactory that also makes datasets (for its report graph); n3 provides both.
  engine = new Validator(new Store(shapes), { factory: { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) } });
});

async function ours(quads: Quad[]) {
  const report = await validateQuads(quads, shapes);
  return { conforms: report.conforms, results: asSet(report.results.map((r) => key(r.focusNode, r.path, r.constraint))) };
}

async function theirs(quads: Quad[]) {
  const report = await engine.validate({ dataset: new Store(quads) });
  const graph = report.dataset;
  const one = (subject: Term, predicate: string) => [...graph.match(subject, namedNode(SH + predicate))][0]?.object;
  const results = [...graph.match(null, namedNode(`${SH}result`))].map(({ object: result }) => {
    const path = one(result, 'resultPath');
    const shown = path === undefined ? undefined : path.termType === 'NamedNode' ? compactIri(path.value) : 'a property path';
    return key(one(result, 'focusNode')!.value, shown, one(result, 'sourceConstraintComponent')!.value);
  });
  return { conforms: report.conforms, results: asSet(results) };
}

/** The mini graph with every rank removed from the person's statements and a second best-ranked birth date. */
function damaged(quads: Quad[]): Quad[] {
  return [
    ...quads.filter((q) => !(q.predicate.value === RANK && q.subject.value.startsWith(PERSON_STATEMENTS))),
    quad(namedNode(PERSON), namedNode(`${WDT}P569`), literal('1880', namedNode('http://www.w3.org/2001/XMLSchema#gYear'))),
  ];
}

const sets = [await graphsOf('tests/fixtures/mini'), await graphsOf('data')];

describeGraphs(sets, ({ profile, quads }) => {
  it(`${profile}: both engines say it conforms`, async () => {
    const [a, b] = [await ours(quads), await theirs(quads)];
    expect(a.results).toEqual([]);
    expect(b.results).toEqual([]);
    expect([a.conforms, b.conforms]).toEqual([true, true]);
  });
});

describe('a damaged mini graph', () => {
  it('gets the same violations from both engines', async () => {
    const mini = sets[0]!;
    if (!mini.ok) throw new Error(mini.reason);
    const full = mini.graphs.find((g) => g.profile === 'full')!.quads;
    const [a, b] = [await ours(damaged(full)), await theirs(damaged(full))];
    // Two for the birth date (datatype, maxCount) and one missing rank per statement of the person.
    const statements = new Set(full.filter((q) => q.object.value === STATEMENT && q.subject.value.startsWith(PERSON_STATEMENTS)).map((q) => q.subject.value));
    expect(a.results).toHaveLength(2 + statements.size);
    expect(b.results).toEqual(a.results);
  });
});

describe('shape fixtures', () => {
  const fixtures = shapeFixtures();
  it('are there to compare', () => expect(fixtures.filter((f) => !f.valid).length).toBeGreaterThan(10));
  for (const fixture of fixtures) {
    it(`${fixture.name}: both engines find the same ${fixture.valid ? 'nothing' : 'violations'}`, async () => {
      const [a, b] = [await ours(fixture.quads), await theirs(fixture.quads)];
      expect(b.results).toEqual(a.results);
      expect(b.conforms).toBe(a.conforms);
      expect(a.results).toHaveLength(fixture.expect?.count ?? 0);
    });
  }
});
