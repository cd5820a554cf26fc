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

describe('the open-values fixture, with the value shapes of its property table', () => {
  const W = 'http://www.wikidata.org/';
  const WB = 'http://wikiba.se/ontology#';
  const ADA = 'https://example.org/open/entity/ada-printer';
  let full: Quad[];
  let datasetShapes: Quad[];
  let both: (quads: Quad[]) => Promise<{ ours: Awaited<ReturnType<typeof ours>>; theirs: Awaited<ReturnType<typeof theirs>>; messages: string[] }>;

  beforeAll(async () => {
    const { loadDataset } = await import('../../src/load/load-dataset.js');
    const { buildGraph } = await import('../../src/graph/build.js');
    const { loadDatasetShapes } = await import('../../src/load/load-shapes.js');
    const dataset = await loadDataset('tests/fixtures/open-values');
    full = buildGraph(dataset, { profile: 'full' });
    datasetShapes = await loadDatasetShapes(dataset.manifest);
    const second = new Validator(new Store(datasetShapes), { factory: { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) } });
    both = async (quads) => {
      const report = await validateQuads(quads, datasetShapes);
      const mine = { conforms: report.conforms, results: asSet(report.results.map((r) => key(r.focusNode, r.path, r.constraint))) };
      const other = await second.validate({ dataset: new Store(quads) });
      const graph = other.dataset;
      const one = (subject: Term, predicate: string) => [...graph.match(subject, namedNode(SH + predicate))][0]?.object;
      const results = [...graph.match(null, namedNode(`${SH}result`))].map(({ object: result }) => {
        const path = one(result, 'resultPath');
        return key(one(result, 'focusNode')!.value, path === undefined ? undefined : path.termType === 'NamedNode' ? compactIri(path.value) : 'a property path', one(result, 'sourceConstraintComponent')!.value);
      });
      return { ours: mine, theirs: { conforms: other.conforms, results: asSet(results) }, messages: report.results.map((r) => r.message) };
    };
  });

  const replaceObject = (quads: Quad[], match: (q: Quad) => boolean, object: Quad['object']) =>
    quads.map((q) => (match(q) ? quad(q.subject, q.predicate, object) : q));

  it('conforms, in both engines', async () => {
    const { ours: a, theirs: b } = await both(full);
    expect(a.results).toEqual([]);
    expect(b.results).toEqual([]);
    expect([a.conforms, b.conforms]).toEqual([true, true]);
  });

  it.each([
    ['a VIAF id that does not match its format', (q: Quad) => q.subject.value === ADA && q.predicate.value === `${W}prop/direct/P214`, literal('0123'), /P214 \(VIAF ID\): its values must match the property's format \[1-9\]/],
    ['a latitude of 200', (q: Quad) => q.predicate.value === `${WB}geoLatitude` && q.object.value === '48.8566', literal('200', namedNode('http://www.w3.org/2001/XMLSchema#double')), /a latitude is one number from -90 to 90/],
    ['a coordinate that is a plain string', (q: Quad) => q.predicate.value === `${W}prop/direct/P625`, literal('48.85, 2.35'), /P625 \(coordinate location\) is a globe-coordinate property: its values are geo:wktLiteral points/],
    ['an identifier that is an IRI', (q: Quad) => q.subject.value === ADA && q.predicate.value === `${W}prop/direct/P227`, namedNode('https://d-nb.info/gnd/1012345678'), /P227 \(GND ID\) is an external-id property/],
  ] as const)('%s: the same violations in both engines, naming the property', async (_what, match, object, message) => {
    const damaged = replaceObject(full, match, object);
    expect(damaged).not.toEqual(full);
    const { ours: a, theirs: b, messages } = await both(damaged);
    expect(a.results.length).toBeGreaterThan(0);
    expect(b.results).toEqual(a.results);
    expect(messages.join('\n')).toMatch(message);
  });

  it('a quantity without an amount: the same violation in both engines', async () => {
    const damaged = full.filter((q) => !(q.predicate.value === `${WB}quantityAmount` && q.object.value === '+3000'));
    const { ours: a, theirs: b, messages } = await both(damaged);
    expect(a.results).toHaveLength(1);
    expect(b.results).toEqual(a.results);
    expect(messages).toEqual(['a quantity has exactly one amount (xsd:decimal)']);
  });
});
