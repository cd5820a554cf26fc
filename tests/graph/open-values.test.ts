// Each value type pinned against what Wikibase's value builders write for the same value, truthy and
// full (repo/includes/Rdf/Values/: ExternalIdentifierRdfBuilder, QuantityRdfBuilder,
// GlobeCoordinateRdfBuilder, CommonsMediaRdfBuilder, ObjectUriRdfBuilder; their tests and the fixtures
// RdfBuilder/Q4_values.nt and Q4_props.nt). The expected triples are written out here by hand.
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { phpFloat, rawUrlEncode } from '../../src/graph/render-values.js';
import { wfUrlencode } from '../../src/graph/to-claims.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { runPipeline } from '../../src/pipeline.js';
import { canonical, parseTurtle } from '../helpers/rdf.js';

const FIXTURE = 'tests/fixtures/open-values';
const W = 'http://www.wikidata.org/';
const O = 'https://example.org/open/';
const PREFIXES = `
@prefix wd: <${W}entity/> . @prefix wdt: <${W}prop/direct/> . @prefix wdtn: <${W}prop/direct-normalized/> .
@prefix p: <${W}prop/> . @prefix ps: <${W}prop/statement/> . @prefix psv: <${W}prop/statement/value/> .
@prefix psn: <${W}prop/statement/value-normalized/> . @prefix pq: <${W}prop/qualifier/> . @prefix pqv: <${W}prop/qualifier/value/> .
@prefix pqn: <${W}prop/qualifier/value-normalized/> . @prefix pr: <${W}prop/reference/> . @prefix prv: <${W}prop/reference/value/> .
@prefix prn: <${W}prop/reference/value-normalized/> . @prefix wdno: <${W}prop/novalue/> .
@prefix wikibase: <http://wikiba.se/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> . @prefix e: <${O}entity/> .
@prefix o: <${O}prop/> . @prefix ot: <${O}prop/direct/> . @prefix otn: <${O}prop/direct-normalized/> .
@prefix ops: <${O}prop/statement/> . @prefix opsv: <${O}prop/statement/value/> . @prefix opsn: <${O}prop/statement/value-normalized/> .
@prefix opq: <${O}prop/qualifier/> . @prefix ono: <${O}prop/novalue/> .`;

const graphs: Record<'truthy' | 'full', Quad[]> = { truthy: [], full: [] };
beforeAll(async () => {
  const dataset = await loadDataset(FIXTURE);
  graphs.truthy = buildGraph(dataset, { profile: 'truthy' });
  graphs.full = buildGraph(dataset, { profile: 'full' });
});

const same = async (actual: Quad[], turtle: string) => expect(await canonical(actual)).toBe(await canonical(parseTurtle(PREFIXES + turtle)));
const triplesOf = (quads: Quad[], subject: string, predicates: string[]) =>
  quads.filter((q) => q.subject.value === subject && predicates.includes(q.predicate.value));

/** The statement nodes an entity links with p:<id> (or a dataset property's claim predicate). */
const statementsOf = (entity: string, claim: string) => graphs.full.filter((q) => q.subject.value === entity && q.predicate.value === claim).map((q) => q.object.value);
/** A statement's own triples: type, rank, value, normalized value, qualifiers (not its references). */
const statementTriples = (s: string) => graphs.full.filter((q) => q.subject.value === s && q.predicate.value !== 'http://www.w3.org/ns/prov#wasDerivedFrom');
const valueNodeOf = (s: string, psv: string) => graphs.full.find((q) => q.subject.value === s && q.predicate.value === psv)!.object.value;
const about = (subject: string) => graphs.full.filter((q) => q.subject.value === subject);

const ADA = `${O}entity/ada-printer`;
const BOOK = `${O}entity/press-book`;
const PRESS = `${O}entity/press`;

describe('external identifiers (ExternalIdentifierRdfBuilder)', () => {
  it('VIAF: a plain literal, and through the formatter URI the normalized IRI (wdtn:, psn:)', async () => {
    for (const profile of ['truthy', 'full'] as const) {
      await same(triplesOf(graphs[profile], ADA, [`${W}prop/direct/P214`, `${W}prop/direct-normalized/P214`]),
        `e:ada-printer wdt:P214 "123456789" ; wdtn:P214 <http://viaf.org/viaf/123456789> .`);
    }
    const [s] = statementsOf(ADA, `${W}prop/P214`);
    await same(statementTriples(s!), `<${s}> a wikibase:Statement, wikibase:BestRank ; wikibase:rank wikibase:NormalRank ;
      ps:P214 "123456789" ; psn:P214 <http://viaf.org/viaf/123456789> .`);
  });

  it('ISNI, whose property has no formatter URI for RDF: the literal only, no normalized form', async () => {
    await same(triplesOf(graphs.truthy, ADA, [`${W}prop/direct/P213`, `${W}prop/direct-normalized/P213`]), `e:ada-printer wdt:P213 "0000 0001 2345 6789" .`);
    expect(graphs.full.some((q) => q.predicate.value.includes('normalized/P213'))).toBe(false);
  });

  it("a dataset's own identifier property: its formatter URI, ranks kept, the best one truthy", async () => {
    await same(triplesOf(graphs.truthy, ADA, [`${O}prop/direct/shelfmark`, `${O}prop/direct-normalized/shelfmark`]),
      `e:ada-printer ot:shelfmark "AB-12" ; otn:shelfmark <https://archive.example.org/item/AB-12> .`);
    const statements = statementsOf(ADA, `${O}prop/shelfmark`);
    expect(statements).toHaveLength(2);
    const deprecated = statements.find((s) => statementTriples(s).some((q) => q.object.value.endsWith('#DeprecatedRank')))!;
    expect(statementTriples(deprecated).filter((q) => q.predicate.value.startsWith(`${O}prop/statement/`)).map((q) => q.object.value))
      .toEqual(['AB-7', 'https://archive.example.org/item/AB-7']);
  });

  it('puts the identifier into the URI as wfUrlencode does (Wikibase: "AB&123" → AB%26123)', () => {
    expect(wfUrlencode('AB&123')).toBe('AB%26123');
    expect(wfUrlencode('0000 0001 2345 6789')).toBe('0000+0001+2345+6789');
    expect(wfUrlencode('a/b:c~d;e@f$g!h*i(j)k,l')).toBe('a/b:c~d;e@f$g!h*i(j)k,l');
    expect(wfUrlencode('é"<>#?')).toBe('%C3%A9%22%3C%3E%23%3F');
  });

  it('puts "$$" and "$&" of an identifier into the URI as they are (no replacement patterns)', async () => {
    const { cp, mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(`${tmpdir()}/linked-lives-dollar-`);
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(`${dir}/eve.yaml`, 'kind: person\nid: eve\nlabels: { en: Eve }\nclaims:\n  shelfmark:\n    - value: "AB$$1$&2"\n');
    const quads = buildGraph(await loadDataset(dir), { profile: 'truthy' });
    const normalized = quads.find((q) => q.subject.value === `${O}entity/eve` && q.predicate.value === `${O}prop/direct-normalized/shelfmark`);
    expect(normalized?.object.value).toBe('https://archive.example.org/item/AB$$1$%262');
  });

  it('reads "_" in a Commons file name as the space Wikidata stores', async () => {
    const { CommonsMediaSchema } = await import('../../src/model/wikibase-values.js');
    expect(CommonsMediaSchema.parse('Victor_Serge 1912.jpg')).toBe('Victor Serge 1912.jpg');
  });

  it('counts identifier statements in wikibase:identifiers (viaf, gnd, isni, two shelfmarks)', () => {
    const count = graphs.full.find((q) => q.subject.value === ADA && q.predicate.value === 'http://wikiba.se/ontology#identifiers');
    expect(count?.object.value).toBe('5');
  });
});

describe('quantities (QuantityRdfBuilder)', () => {
  it('amount and bounds as signed xsd:decimal, unit "1" as wd:Q199', async () => {
    await same(triplesOf(graphs.truthy, BOOK, [`${O}prop/direct/printRun`]), `e:press-book ot:printRun "+3000"^^xsd:decimal .`);
    const [s] = statementsOf(BOOK, `${O}prop/printRun`);
    const v = valueNodeOf(s!, `${O}prop/statement/value/printRun`);
    await same(statementTriples(s!), `<${s}> a wikibase:Statement, wikibase:BestRank ; wikibase:rank wikibase:NormalRank ;
      ops:printRun "+3000"^^xsd:decimal ; opsv:printRun <${v}> .`);
    await same(about(v), `<${v}> a wikibase:QuantityValue ; wikibase:quantityAmount "+3000"^^xsd:decimal ;
      wikibase:quantityUpperBound "+3100"^^xsd:decimal ; wikibase:quantityLowerBound "+2900"^^xsd:decimal ; wikibase:quantityUnit wd:Q199 .`);
  });

  it('without bounds: no bound triples; a unit: its item; no normalized value (no unit conversion)', async () => {
    const [pages] = statementsOf(BOOK, `${W}prop/P1104`);
    await same(about(valueNodeOf(pages!, `${W}prop/statement/value/P1104`)), `<${valueNodeOf(pages!, `${W}prop/statement/value/P1104`)}> a wikibase:QuantityValue ;
      wikibase:quantityAmount "+312"^^xsd:decimal ; wikibase:quantityUnit wd:Q199 .`);
    const [years] = statementsOf(BOOK, `${W}prop/P2047`);
    const v = valueNodeOf(years!, `${W}prop/statement/value/P2047`);
    await same(about(v), `<${v}> a wikibase:QuantityValue ; wikibase:quantityAmount "+5"^^xsd:decimal ; wikibase:quantityUnit wd:Q577 .`);
    expect(graphs.full.some((q) => /value-normalized\/P(1104|2047)$/.test(q.predicate.value) && q.subject.value !== `${W}entity/P1104` && q.subject.value !== `${W}entity/P2047`)).toBe(false);
  });

  it('keeps a decimal as written, signed ("12.50" → "+12.50"), for a Wikidata property the manifest declares', async () => {
    await same(triplesOf(graphs.truthy, BOOK, [`${W}prop/direct/P2130`]), `e:press-book wdt:P2130 "+12.50"^^xsd:decimal .`);
  });
});

describe('coordinates (GlobeCoordinateRdfBuilder)', () => {
  it('"Point(lon lat)"^^geo:wktLiteral, and a GlobecoordinateValue node on Earth (wd:Q2)', async () => {
    await same(triplesOf(graphs.truthy, PRESS, [`${W}prop/direct/P625`]), `e:press wdt:P625 "Point(2.3522 48.8566)"^^geo:wktLiteral .`);
    const best = statementsOf(PRESS, `${W}prop/P625`).find((s) => statementTriples(s).some((q) => q.object.value.endsWith('#BestRank')))!;
    const v = valueNodeOf(best, `${W}prop/statement/value/P625`);
    await same(about(v), `<${v}> a wikibase:GlobecoordinateValue ; wikibase:geoLatitude "48.8566"^^xsd:double ;
      wikibase:geoLongitude "2.3522"^^xsd:double ; wikibase:geoPrecision "0.0001"^^xsd:double ; wikibase:geoGlobe wd:Q2 .`);
  });

  it('without a precision: wikibase:GeoAutoPrecision and 1/3600 written as PHP writes it', async () => {
    const rounded = statementsOf(PRESS, `${W}prop/P625`).find((s) => statementTriples(s).some((q) => q.object.value.endsWith('#DeprecatedRank')))!;
    const v = valueNodeOf(rounded, `${W}prop/statement/value/P625`);
    await same(about(v), `<${v}> a wikibase:GlobecoordinateValue, wikibase:GeoAutoPrecision ; wikibase:geoLatitude "48.86"^^xsd:double ;
      wikibase:geoLongitude "2.35"^^xsd:double ; wikibase:geoPrecision "0.00027777777777778"^^xsd:double ; wikibase:geoGlobe wd:Q2 .`);
  });

  it("on another globe: the globe's IRI before the point (Wikibase's test: 12.25, -45.5, precision 0.025)", async () => {
    const moon = `${O}entity/moon`;
    await same(triplesOf(graphs.truthy, PRESS, [`${O}prop/direct/workshopAt`]), `e:press ot:workshopAt "<${moon}> Point(-45.5 12.25)"^^geo:wktLiteral .`);
    const [s] = statementsOf(PRESS, `${O}prop/workshopAt`);
    const v = valueNodeOf(s!, `${O}prop/statement/value/workshopAt`);
    await same(about(v), `<${v}> a wikibase:GlobecoordinateValue ; wikibase:geoLatitude "12.25"^^xsd:double ;
      wikibase:geoLongitude "-45.5"^^xsd:double ; wikibase:geoPrecision "0.025"^^xsd:double ; wikibase:geoGlobe <${moon}> .`);
  });

  it('writes floats as PHP does at precision 14', () => {
    expect([12.25, -45.5, 1 / 3600, 0.0001, 0.00001, 1e14, 0.1 + 0.2, 123456789012346].map(phpFloat))
      .toEqual(['12.25', '-45.5', '0.00027777777777778', '0.0001', '1.0E-5', '1.0E+14', '0.3', '1.2345678901235E+14']);
  });
});

describe('Commons files, URLs, other values', () => {
  it('a Commons file is its Special:FilePath IRI, the name rawurlencoded (CommonsMediaRdfBuilder)', async () => {
    await same(triplesOf(graphs.truthy, ADA, [`${W}prop/direct/P18`]),
      `e:ada-printer wdt:P18 <http://commons.wikimedia.org/wiki/Special:FilePath/Ada%20Printer%20%281901%29.jpg> .`);
    expect(rawUrlEncode("it's (a) *test*!~")).toBe('it%27s%20%28a%29%20%2Atest%2A%21~');
  });

  it('the same IRIs as statement values (ps:), with no value node', async () => {
    const [image] = statementsOf(ADA, `${W}prop/P18`);
    const [site] = statementsOf(ADA, `${W}prop/P856`);
    await same([...statementTriples(image!), ...statementTriples(site!)], `
      <${image}> a wikibase:Statement, wikibase:BestRank ; wikibase:rank wikibase:NormalRank ;
        ps:P18 <http://commons.wikimedia.org/wiki/Special:FilePath/Ada%20Printer%20%281901%29.jpg> .
      <${site}> a wikibase:Statement, wikibase:BestRank ; wikibase:rank wikibase:NormalRank ; ps:P856 <https://example.org/ada> .`);
  });

  it('a URL is an IRI; a string, text and time as before; an item a QID', async () => {
    await same(triplesOf(graphs.truthy, ADA, ['letter', 'workshopSign', 'remark', 'licensed', 'trainedBy'].map((p) => `${O}prop/direct/${p}`)).concat(
      triplesOf(graphs.truthy, ADA, [`${W}prop/direct/P856`])), `
      e:ada-printer ot:letter <https://example.org/letters/12> ; ot:workshopSign "At the Sign of the Press" ; ot:remark "apprenticed young"@en ;
        ot:licensed "1890-03-04T00:00:00Z"^^xsd:dateTime ; ot:trainedBy wd:Q5 ; wdt:P856 <https://example.org/ada> .`);
  });

  it('unknown and no value under claims, with the property namespaces of the dataset', () => {
    const portrait = graphs.truthy.find((q) => q.subject.value === ADA && q.predicate.value === `${O}prop/direct/portrait`)!;
    expect(portrait.object.value).toMatch(/^https:\/\/example\.org\/\.well-known\/genid\/[0-9a-f]{40}$/);
    const none = statementsOf(ADA, `${O}prop/trainedBy`).filter((s) => statementTriples(s).some((q) => q.object.value === `${O}prop/novalue/trainedBy`));
    expect(none).toHaveLength(1);
  });

  it('qualifiers and reference snaks by property id, with value nodes (pq:, pr:, prv:)', async () => {
    const [sign] = statementsOf(ADA, `${O}prop/workshopSign`);
    expect(statementTriples(sign!).filter((q) => q.predicate.value === `${W}prop/qualifier/P1545`).map((q) => q.object.value)).toEqual(['1']);
    const [years] = statementsOf(BOOK, `${W}prop/P2047`);
    expect(statementTriples(years!).filter((q) => q.predicate.value === `${W}prop/qualifier/P1545`).map((q) => q.object.value)).toEqual(['1', '2']);
    const [licensed] = statementsOf(ADA, `${O}prop/licensed`);
    const ref = graphs.full.find((q) => q.subject.value === licensed && q.predicate.value === 'http://www.w3.org/ns/prov#wasDerivedFrom')!.object.value;
    const retrieved = valueNodeOf(ref, `${W}prop/reference/value/P813`);
    const refTriples = about(ref).filter((q) => [`${W}prop/reference/P813`, `${W}prop/reference/value/P813`, `${W}prop/reference/P854`].includes(q.predicate.value));
    await same(refTriples, `<${ref}> pr:P813 "2024-05-01T00:00:00Z"^^xsd:dateTime ; prv:P813 <${retrieved}> ; pr:P854 <https://example.org/register/p4> .`);
    expect(about(retrieved).find((q) => q.predicate.value === 'http://wikiba.se/ontology#timePrecision')?.object.value).toBe('11');
  });
});

describe('property entities of the new datatypes (PropertySpecificComponentsRdfBuilder, Q4_props.nt)', () => {
  /** The triples Wikibase adds for a datatype with normalized predicates (P11 external-id, P6 quantity in Q4_props.nt). */
  const normalized = (id: string, wdtnKind: string) => `
    wd:${id} wikibase:directClaimNormalized wdtn:${id} ; wikibase:statementValueNormalized psn:${id} ;
      wikibase:qualifierValueNormalized pqn:${id} ; wikibase:referenceValueNormalized prn:${id} .
    wdtn:${id} a owl:${wdtnKind} . psn:${id} a owl:ObjectProperty . pqn:${id} a owl:ObjectProperty . prn:${id} a owl:ObjectProperty .`;
  const part = (id: string) => graphs.full.filter((q) =>
    (q.subject.value === `${W}entity/${id}` && (q.predicate.value.endsWith('Normalized') || q.predicate.value.endsWith('#propertyType')))
    || (q.subject.value.includes('normalized') && q.subject.value.endsWith(`/${id}`)));

  it.each([
    ['P214', 'ExternalId', 'ObjectProperty'],
    ['P1104', 'Quantity', 'DatatypeProperty'],
  ] as const)('%s: wikibase:%s, with the normalized links (wdtn: an %s)', async (id, type, wdtnKind) => {
    await same(part(id), `wd:${id} wikibase:propertyType wikibase:${type} . ${normalized(id, wdtnKind)}`);
  });

  it.each([
    ['P625', 'GlobeCoordinate', 'DatatypeProperty'],
    ['P18', 'CommonsMedia', 'ObjectProperty'],
    ['P856', 'Url', 'ObjectProperty'],
  ] as const)('%s: wikibase:%s, no normalized links, wdt: an owl:%s', async (id, type, kind) => {
    await same(part(id), `wd:${id} wikibase:propertyType wikibase:${type} .`);
    expect(graphs.full.find((q) => q.subject.value === `${W}prop/direct/${id}`)?.object.value).toBe(`http://www.w3.org/2002/07/owl#${kind}`);
  });

  it("describes the dataset's own properties under its base, with their labels and descriptions", async () => {
    const entity = `${O}prop/entity/printRun`;
    const quads = about(entity).filter((q) => !q.predicate.value.startsWith('http://wikiba.se/ontology#') || q.predicate.value.endsWith('propertyType') || q.predicate.value.endsWith('#claim'));
    await same(quads, `<${entity}> a wikibase:Property ; rdfs:label "print run"@en, "tirage"@fr ; skos:prefLabel "print run"@en, "tirage"@fr ;
      schema:name "print run"@en, "tirage"@fr ; schema:description "copies printed of an edition"@en ;
      wikibase:propertyType wikibase:Quantity ; wikibase:claim o:printRun .`);
  });
});

describe('the fixture', () => {
  it('conforms to the shapes in both profiles, with the value shapes of every property', async () => {
    const result = await runPipeline(FIXTURE);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    for (const g of result.graphs) expect(g.report.results, g.profile).toEqual([]);
  });
});
