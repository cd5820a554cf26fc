// The triples we write about properties, entity documents, the dump and values, pinned against what
// Wikibase's own builders write for the same property or value (PropertySpecificComponentsRdfBuilder,
// PropertyStubRdfBuilder, RdfBuilder::addEntityRevisionInfo / addEntityPageProps / addDumpHeader,
// TimeRdfBuilder; fixtures RdfBuilder/Q4_props.nt, P2_all.nt, Q1_info.nt, dumpheader.nt and
// maintenance/dumpRdf-out.txt). The expected triples are written out here by hand from those files.
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { canonical, parseTurtle } from '../helpers/rdf.js';
import { tempData } from '../helpers/temp-data.js';

const PREFIXES = `
@prefix wd: <http://www.wikidata.org/entity/> . @prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> . @prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix psv: <http://www.wikidata.org/prop/statement/value/> . @prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix pqv: <http://www.wikidata.org/prop/qualifier/value/> . @prefix pr: <http://www.wikidata.org/prop/reference/> .
@prefix prv: <http://www.wikidata.org/prop/reference/value/> . @prefix wdno: <http://www.wikidata.org/prop/novalue/> .
@prefix wikibase: <http://wikiba.se/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix cc: <http://creativecommons.org/ns#> . @prefix genid: <http://www.wikidata.org/.well-known/genid/> .
@prefix e: <https://example.org/mini/entity/> . @prefix data: <https://example.org/mini/data/> .
@prefix llx: <https://w3id.org/linked-lives/prop/entity/> . @prefix llt: <https://w3id.org/linked-lives/prop/direct/> .
@prefix llp: <https://w3id.org/linked-lives/prop/> . @prefix llps: <https://w3id.org/linked-lives/prop/statement/> .
@prefix llpsv: <https://w3id.org/linked-lives/prop/statement/value/> . @prefix llpq: <https://w3id.org/linked-lives/prop/qualifier/> .
@prefix llpqv: <https://w3id.org/linked-lives/prop/qualifier/value/> . @prefix llpr: <https://w3id.org/linked-lives/prop/reference/> .
@prefix llprv: <https://w3id.org/linked-lives/prop/reference/value/> . @prefix llno: <https://w3id.org/linked-lives/prop/novalue/> .`;

let quads: Quad[];
const saved = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = '1700000000'; // 2023-11-14T22:13:20Z
  quads = buildGraph(await loadDataset(await tempData()), { profile: 'full' });
});
afterAll(() => {
  if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = saved;
});

/** The quads whose subject is one of `subjects`. */
const about = (...subjects: string[]) => quads.filter((q) => subjects.includes(q.subject.value));
const same = async (actual: Quad[], turtle: string) => expect(await canonical(actual)).toBe(await canonical(parseTurtle(PREFIXES + turtle)));

/** Everything Wikibase writes for a property besides terms: type, datatype, links, OWL typing, novalue class. */
function propertyTurtle(id: string, type: string, valueKind: 'ObjectProperty' | 'DatatypeProperty', label: string): string {
  return `
    wd:${id} a wikibase:Property ; rdfs:label "${label}"@en ; skos:prefLabel "${label}"@en ; schema:name "${label}"@en ;
      wikibase:propertyType wikibase:${type} ;
      wikibase:directClaim wdt:${id} ; wikibase:claim p:${id} ; wikibase:statementProperty ps:${id} ;
      wikibase:statementValue psv:${id} ; wikibase:qualifier pq:${id} ; wikibase:qualifierValue pqv:${id} ;
      wikibase:reference pr:${id} ; wikibase:referenceValue prv:${id} ; wikibase:novalue wdno:${id} .
    p:${id} a owl:ObjectProperty . psv:${id} a owl:ObjectProperty . pqv:${id} a owl:ObjectProperty . prv:${id} a owl:ObjectProperty .
    wdt:${id} a owl:${valueKind} . ps:${id} a owl:${valueKind} . pq:${id} a owl:${valueKind} . pr:${id} a owl:${valueKind} .`;
}

describe('property entities, as Wikibase writes a property and its stub', () => {
  it.each([
    ['P569', 'Time', 'DatatypeProperty', 'date of birth'],
    ['P19', 'WikibaseItem', 'ObjectProperty', 'place of birth'],
    ['P742', 'String', 'DatatypeProperty', 'pseudonym'],
    ['P1476', 'Monolingualtext', 'DatatypeProperty', 'title'],
    ['P854', 'Url', 'ObjectProperty', 'reference URL'],
  ] as const)('%s (%s)', async (id, type, valueKind, label) => {
    const W = 'http://www.wikidata.org/';
    const restriction = quads.find((q) => q.subject.value === `${W}prop/novalue/${id}` && q.predicate.value.endsWith('#complementOf'))!.object.value;
    const actual = about(`${W}entity/${id}`, ...['prop/', 'prop/direct/', 'prop/statement/', 'prop/statement/value/', 'prop/qualifier/',
      'prop/qualifier/value/', 'prop/reference/', 'prop/reference/value/', 'prop/novalue/'].map((ns) => `${W}${ns}${id}`), restriction);
    await same(actual, `${propertyTurtle(id, type, valueKind, label)}
      wdno:${id} a owl:Class ; owl:complementOf <${restriction}> .
      <${restriction}> a owl:Restriction ; owl:onProperty wdt:${id} ; owl:someValuesFrom owl:Thing .`);
  });

  it('names the "no value" restriction as WDQS does: the skolemized md5 label Wikibase gives it', () => {
    // md5("owl:complementOf-wikidata-P31"), the blank node of wdno:P31 in Wikidata's own output.
    const restriction = quads.find((q) => q.subject.value === 'http://www.wikidata.org/prop/novalue/P31' && q.predicate.value.endsWith('#complementOf'))!;
    expect(restriction.object.value).toBe('http://www.wikidata.org/.well-known/genid/0b8bd71b926a65ca3fa72e5d9103e4d6');
  });

  it('describes our extension properties the same way, under llx:', async () => {
    const L = 'https://w3id.org/linked-lives/';
    const restriction = quads.find((q) => q.subject.value === `${L}prop/novalue/rankReason` && q.predicate.value.endsWith('#complementOf'))!.object.value;
    expect(restriction).toMatch(/^https:\/\/w3id\.org\/\.well-known\/genid\/[0-9a-f]{32}$/);
    const id = 'rankReason';
    await same(about(`${L}prop/entity/${id}`, restriction), `
      llx:${id} a wikibase:Property ; rdfs:label "reason for rank"@en ; skos:prefLabel "reason for rank"@en ; schema:name "reason for rank"@en ;
        schema:description "why a statement has preferred or deprecated rank, in words"@en ;
        wikibase:propertyType wikibase:Monolingualtext ;
        wikibase:directClaim llt:${id} ; wikibase:claim llp:${id} ; wikibase:statementProperty llps:${id} ;
        wikibase:statementValue llpsv:${id} ; wikibase:qualifier llpq:${id} ; wikibase:qualifierValue llpqv:${id} ;
        wikibase:reference llpr:${id} ; wikibase:referenceValue llprv:${id} ; wikibase:novalue llno:${id} .
      <${restriction}> a owl:Restriction ; owl:onProperty llt:${id} ; owl:someValuesFrom owl:Thing .`);
  });
});

describe('entity documents, page props and the dump header', () => {
  it('writes a document node per entity, and copies its version, date and page props onto the entity as WDQS does', async () => {
    const document = about('https://example.org/mini/data/ivan');
    await same(document, `
      data:ivan a schema:Dataset ; schema:about e:ivan ;
        schema:version "1700000000"^^xsd:integer ; schema:dateModified "2023-11-14T22:13:20Z"^^xsd:dateTime ;
        wikibase:statements "9"^^xsd:integer ; wikibase:sitelinks "0"^^xsd:integer ; wikibase:identifiers "0"^^xsd:integer .`);
    const copies = about('https://example.org/mini/entity/ivan').filter((q) => /schema\.org\/(version|dateModified)|#(statements|sitelinks|identifiers)$/.test(q.predicate.value));
    await same(copies, `e:ivan schema:version "1700000000"^^xsd:integer ; schema:dateModified "2023-11-14T22:13:20Z"^^xsd:dateTime ;
      wikibase:statements "9"^^xsd:integer ; wikibase:sitelinks "0"^^xsd:integer ; wikibase:identifiers "0"^^xsd:integer .`);
  });

  it('counts every statement of the entity, its own and those events give it', () => {
    const statementLinks = quads.filter((q) => q.subject.value === 'https://example.org/mini/entity/ivan' && q.predicate.value.startsWith('http://www.wikidata.org/prop/P'));
    expect(statementLinks).toHaveLength(9);
  });

  it('writes the wikibase:Dump header', async () => {
    await same(about('http://wikiba.se/ontology#Dump'), `
      wikibase:Dump a schema:Dataset, owl:Ontology ; cc:license <https://creativecommons.org/publicdomain/zero/1.0/> ;
        schema:softwareVersion "1.0.0" ; schema:dateModified "2023-11-14T22:13:20Z"^^xsd:dateTime ;
        owl:imports <http://wikiba.se/ontology-1.0.owl> .`);
  });

  it('gives the Wikidata items it mentions a label stub', async () => {
    await same(about('http://www.wikidata.org/entity/Q5'), `wd:Q5 rdfs:label "human"@en ; skos:prefLabel "human"@en ; schema:name "human"@en .`);
  });
});

describe('time values, as TimeRdfBuilder writes them', () => {
  it('a century: stored as its last year, precision 7 (Wikibase: "12. century" is +1200)', async () => {
    const event = `kind: event\nid: a-founding\ntype: other-event\nlabels: { en: a founding }\ndate:\n  - value: 19th century\n    references: [{ source: doc-a, quote: "in the 19th century" }]\n`;
    const graph = buildGraph(await loadDataset(await tempData({ 'founding.yaml': event })), { profile: 'full' });
    const statement = graph.find((q) => q.subject.value.endsWith('entity/a-founding') && q.predicate.value.endsWith('/prop/P585'))!.object.value;
    const node = graph.find((q) => q.subject.value === statement && q.predicate.value.endsWith('/statement/value/P585'))!.object.value;
    const value = graph.filter((q) => q.subject.value === node);
    expect(await canonical(value)).toBe(await canonical(parseTurtle(`${PREFIXES}
      <${node}> a wikibase:TimeValue ; wikibase:timeValue "1900-01-01T00:00:00Z"^^xsd:dateTime ;
        wikibase:timePrecision "7"^^xsd:integer ; wikibase:timeTimezone "0"^^xsd:integer ; wikibase:timeCalendarModel wd:Q1985727 .`)));
  });
});
