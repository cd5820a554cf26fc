// validateBatch: a result about a statement names the entity that owns it; a bad node referenced from
// many entities gets one violation per reference, in a whole graph and in batches alike. rdf-validate-shacl by default stops checking a node against a shape after 50 checks
// in one run, so a whole graph would have reported fewer than batches do.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/load/load-shapes.js';
import { FactsTable } from '../../src/model/facts-table.js';
import { validateBatch } from '../../src/parallel/batch-validate.js';
import { CompiledShapes, validateQuads } from '../../src/validate/validate.js';

const { namedNode, quad } = DataFactory;
const BASE = 'https://example.org/t/';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LL = 'https://w3id.org/linked-lives/ontology#';
const WDT = 'http://www.wikidata.org/prop/direct/';
const LOCATION = `${WDT}P276`;
const EVENTS = 60;

/** EVENTS events whose location is one person; the person's triples come first. */
function graph(): { quads: Quad[]; facts: FactsTable } {
  const facts = new FactsTable();
  const person = namedNode(`${BASE}entity/someone`);
  facts.add('someone', 'person');
  const quads = [quad(person, namedNode(TYPE), namedNode(`${LL}Person`)), quad(person, namedNode(`${WDT}P31`), namedNode('http://www.wikidata.org/entity/Q5'))];
  for (let i = 0; i < EVENTS; i++) {
    const event = namedNode(`${BASE}entity/event-${i}`);
    facts.add(`event-${i}`, 'event');
    quads.push(quad(event, namedNode(TYPE), namedNode(`${LL}Event`)), quad(event, namedNode(LOCATION), person));
  }
  return { quads, facts };
}

let shapes: Quad[];
beforeAll(async () => {
  shapes = await loadShapes();
});

describe('a bad node referenced from many entities', () => {
  it('gets a violation for every reference in the whole graph', async () => {
    const report = await validateQuads(graph().quads, shapes);
    expect(report.results).toHaveLength(EVENTS);
    expect(report.results.every((r) => r.path === 'wdt:P276')).toBe(true);
    // The engine's default would have checked the person only 51 times: this graph tests the guard.
    const withGuard = await new SHACLValidator(new Store(shapes)).validate(new Store(graph().quads));
    expect(withGuard.results.length).toBeLessThan(EVENTS);
  });

  it('gets the same violations when validated in batches of 7', async () => {
    const { quads, facts } = graph();
    const compiled = new CompiledShapes(shapes);
    const whole = (await validateQuads(quads, compiled)).results.map((r) => `${r.focusNode} ${r.path} ${r.constraint}`).sort();
    const batched: string[] = [];
    for (let i = 0; i < quads.length; i += 7) {
      const results = await validateBatch(quads.slice(i, i + 7), compiled, BASE, facts, () => undefined);
      batched.push(...results.map((r) => `${r.focusNode} ${r.path} ${r.constraint}`));
    }
    expect(batched.sort()).toEqual(whole);
    expect(whole).toHaveLength(EVENTS);
  });
});

describe('a result about a statement node', () => {
  it('names the entity the statement belongs to', async () => {
    const person = namedNode(`${BASE}entity/someone`);
    const statement = namedNode(`${BASE}statement/someone-abc`);
    const quads = [
      quad(person, namedNode(TYPE), namedNode(`${LL}Person`)), quad(person, namedNode(`${WDT}P31`), namedNode('http://www.wikidata.org/entity/Q5')),
      quad(person, namedNode('http://www.wikidata.org/prop/P106'), statement),
      quad(statement, namedNode(TYPE), namedNode('http://wikiba.se/ontology#Statement')), // no rank
    ];
    const facts = new FactsTable();
    facts.add('someone', 'person');
    const describeEntity = (iri: string) => (iri === person.value ? { id: 'someone', file: 'people.jsonl:3' } : undefined);
    const results = await validateBatch(quads, new CompiledShapes(shapes), BASE, facts, describeEntity);
    expect(results.map((r) => [r.focusNode, r.path, r.entity])).toEqual([[statement.value, 'wikibase:rank', { id: 'someone', file: 'people.jsonl:3' }]]);
  });
});

describe('a value node written by an earlier batch', () => {
  it('stands in as a quantity or coordinate value too, not only as a time value', async () => {
    const { loadDatasetShapes } = await import('../../src/load/load-shapes.js');
    const { ManifestSchema } = await import('../../src/model/manifest.js');
    const manifest = ManifestSchema.parse({ title: { en: 'T' }, baseIri: BASE, license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      sources: [{ id: 'doc', labels: { en: 'Doc' }, title: { text: 'Doc', lang: 'en' }, file: 'doc.txt', language: 'en' }] });
    const compiled = new CompiledShapes(await loadDatasetShapes(manifest));
    const facts = new FactsTable();
    facts.add('book', 'work');
    const book = namedNode(`${BASE}entity/book`);
    const statement = namedNode(`${BASE}statement/book-pages`);
    const W = 'http://www.wikidata.org/prop/';
    const decimal = DataFactory.literal('+312', namedNode('http://www.w3.org/2001/XMLSchema#decimal'));
    const quads = [
      quad(book, namedNode(`${W}P1104`), statement),
      quad(book, namedNode(`${W}direct/P1104`), decimal),
      quad(statement, namedNode(TYPE), namedNode('http://wikiba.se/ontology#Statement')),
      quad(statement, namedNode('http://wikiba.se/ontology#rank'), namedNode('http://wikiba.se/ontology#NormalRank')),
      quad(statement, namedNode(`${W}statement/P1104`), decimal),
      // The QuantityValue node itself was written (and checked) with another batch.
      quad(statement, namedNode(`${W}statement/value/P1104`), namedNode(`${BASE}value/0123abcd`)),
    ];
    const results = await validateBatch(quads, compiled, BASE, facts, () => undefined);
    expect(results.filter((r) => r.focusNode === statement.value)).toEqual([]);
  });
});
