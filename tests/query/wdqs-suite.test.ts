// Queries as a Wikidata Query Service user writes them, on both exported dumps of data/: property
// walkers, page props, modification dates, QID addressing, unknown and no value, ranks, qualifiers with
// bounds, precision and calendar through psv:, centuries. Each runs through our `query` command and
// through an engine we did not write (Python rdflib), and both must give the rows written here.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPrefixes } from '../../src/query/prefixes.js';
import { rewriteExtensions } from '../../src/query/wdqs-extensions.js';

const CLI = path.resolve('dist/cli/main.js');
const PYTHON = '/usr/bin/python3';
const E = 'https://w3id.org/linked-lives/serge/entity/';
const C = 'https://w3id.org/linked-lives/serge/concept/';
const WB = 'http://wikiba.se/ontology#';
const WD = 'http://www.wikidata.org/entity/';
const EPOCH = '1700000000'; // 2023-11-14T22:13:20Z, so that modification dates can be written here

type Profile = 'truthy' | 'full';
type Rows = string[][];
interface Case { name: string; sparql: string; expected: Rows | boolean; profiles?: Profile[] }
const BOTH: Profile[] = ['truthy', 'full'];
const FULL: Profile[] = ['full'];

const CASES: Case[] = [
  // Property entities: labels, datatypes, generic walkers.
  { name: 'a property\'s label through wikibase:directClaim', profiles: BOTH,
    sparql: 'SELECT ?label WHERE { ?prop wikibase:directClaim wdt:P569 ; rdfs:label ?label }', expected: [['date of birth']] },
  { name: 'a property\'s datatype', profiles: BOTH, sparql: 'SELECT ?t WHERE { wd:P569 wikibase:propertyType ?t }', expected: [[`${WB}Time`]] },
  { name: 'an item-valued property\'s datatype', profiles: BOTH, sparql: 'SELECT ?t WHERE { wd:P102 wikibase:propertyType ?t }', expected: [[`${WB}WikibaseItem`]] },
  { name: 'every property the dump knows (118 of Wikidata built in, 7 of ours, 3 the manifest declares)', profiles: BOTH, sparql: 'SELECT (COUNT(?p) AS ?n) WHERE { ?p a wikibase:Property }', expected: [['128']] },
  { name: 'the "no value" class of a property', profiles: BOTH,
    sparql: 'ASK { wdno:P27 a owl:Class ; owl:complementOf ?r . ?r a owl:Restriction ; owl:onProperty wdt:P27 ; owl:someValuesFrom owl:Thing }', expected: true },
  { name: 'labels of the properties of Serge\'s truthy statements', profiles: BOTH,
    sparql: `SELECT (COUNT(DISTINCT ?prop) AS ?n) WHERE { <${E}victor-serge> ?wdt ?v . ?prop wikibase:directClaim ?wdt ; rdfs:label ?l }`, expected: [['31']] },
  { name: 'a generic statement walker: claim → statementProperty → value, and a qualifier through wikibase:qualifier', profiles: FULL,
    sparql: `SELECT ?propLabel ?partyLabel ?end WHERE { <${E}victor-serge> ?claim ?st . ?prop wikibase:claim ?claim ; wikibase:statementProperty ?ps ; rdfs:label ?propLabel .
      FILTER(?prop = wd:P102) ?st ?ps ?party . wd:P582 wikibase:qualifier ?endQ . ?st ?endQ ?end . ?party rdfs:label ?partyLabel FILTER(LANG(?partyLabel) = "en") }`,
    // The expulsion is contested (1928 preferred, 1927 normal), and so is the joining date: one statement per reading.
    expected: [['member of political party', 'Bolshevik Party', '1927-01-01T00:00:00Z'], ['member of political party', 'Bolshevik Party', '1928-01-01T00:00:00Z'],
      ['member of political party', 'Bolshevik Party', '1928-01-01T00:00:00Z'], ['member of political party', 'Bolshevik Party', '1928-01-01T00:00:00Z']] },
  { name: 'a deprecation report over all properties', profiles: FULL,
    sparql: 'SELECT ?itemLabel ?propLabel WHERE { ?item ?claim ?st . ?prop wikibase:claim ?claim ; rdfs:label ?propLabel . ?st wikibase:rank wikibase:DeprecatedRank . ?item rdfs:label ?itemLabel FILTER(LANG(?itemLabel) = "en") }',
    // Two event statements the data deprecates, and the employer statement the first one derives.
    expected: [['Victor Serge', 'employer'], ["Victor Serge's work for the Comintern", 'participant'], ['Victor Serge leaves the Soviet Union with his wife and children (1936)', 'location']] },

  // Entity metadata: page props, modification dates, the dump header.
  { name: 'page props on the entity, as WDQS holds them', profiles: BOTH,
    sparql: `SELECT ?statements ?sitelinks ?identifiers WHERE { <${E}victor-serge> wikibase:statements ?statements ; wikibase:sitelinks ?sitelinks ; wikibase:identifiers ?identifiers }`,
    expected: [['229', '0', '0']] },
  { name: 'the statement count is the number of statements', profiles: FULL,
    sparql: `SELECT (COUNT(?st) AS ?n) WHERE { <${E}victor-serge> ?p ?st . ?st a wikibase:Statement }`, expected: [['229']] },
  { name: 'schema:dateModified and schema:version on the entity', profiles: BOTH,
    sparql: `SELECT ?modified ?version WHERE { <${E}victor-serge> schema:dateModified ?modified ; schema:version ?version }`, expected: [['2023-11-14T22:13:20Z', EPOCH]] },
  { name: 'the document node about the entity', profiles: BOTH,
    sparql: `SELECT ?doc ?modified ?n WHERE { ?doc schema:about <${E}victor-serge> ; a schema:Dataset ; schema:dateModified ?modified ; wikibase:statements ?n }`,
    expected: [['https://w3id.org/linked-lives/serge/data/victor-serge', '2023-11-14T22:13:20Z', '229']] },
  { name: 'the dump\'s modification date', profiles: BOTH, sparql: 'SELECT ?d WHERE { wikibase:Dump schema:dateModified ?d }', expected: [['2023-11-14T22:13:20Z']] },

  // QIDs: addressing an entity by its Wikidata id; nothing looks like a redirect.
  { name: 'Trotsky by QID', profiles: BOTH, sparql: 'SELECT ?dob WHERE { ?trotsky skos:exactMatch wd:Q33391 ; wdt:P569 ?dob }', expected: [['1879-11-07T00:00:00Z']] },
  { name: 'redirects (owl:sameAs): none', profiles: BOTH, sparql: 'SELECT ?from ?to WHERE { ?from owl:sameAs ?to }', expected: [] },
  { name: 'the label stub of a Wikidata class', profiles: BOTH, sparql: `SELECT ?label WHERE { <${E}victor-serge> wdt:P31 ?class . ?class rdfs:label ?label }`, expected: [['human']] },

  // Unknown and no value.
  { name: 'unknown places of detention with wikibase:isSomeValue', profiles: BOTH,
    sparql: 'SELECT ?person WHERE { ?person wdt:P2632 ?place FILTER(wikibase:isSomeValue(?place)) }',
    expected: ['anita-russakova', 'brother-in-law-of-victor-serge-1', 'brother-in-law-of-victor-serge-2', 'irma-gogua', 'mother-in-law-of-victor-serge', 'nadezhda-joffe', 'sister-of-victor-serge', 'victor-serge'].map((id) => [E + id]) },
  { name: 'unknown values by WDQS\'s skolem test (STRSTARTS on the host\'s genid path)', profiles: BOTH,
    sparql: 'SELECT (COUNT(*) AS ?n) WHERE { ?person wdt:P2632 ?place FILTER(STRSTARTS(STR(?place), "https://w3id.org/.well-known/genid/")) }', expected: [['8']] },
  { name: 'an imprisonment without a known place, with its span', profiles: FULL,
    sparql: `SELECT ?start WHERE { <${E}anita-russakova> p:P2632 ?st . ?st ps:P2632 ?place ; pq:P580 ?start FILTER(wikibase:isSomeValue(?place)) }`, expected: [['1936-01-01T00:00:00Z']] },
  { name: 'no citizenship: a wdno: class on the entity', profiles: BOTH, sparql: 'SELECT ?person WHERE { ?person a wdno:P27 , wikibase:Item }', expected: [[`${E}victor-serge`]] },
  { name: 'no citizenship: a wdno: class on the statement', profiles: FULL,
    sparql: `SELECT ?rank WHERE { <${E}victor-serge> p:P27 ?st . ?st a wdno:P27 ; wikibase:rank ?rank }`, expected: [[`${WB}PreferredRank`]] },

  // Ranks.
  { name: 'conflicting dates side by side, each with its rank', profiles: FULL,
    sparql: `SELECT ?date ?rank WHERE { <${E}expulsion-from-the-party-1928> p:P585 ?st . ?st ps:P585 ?date ; wikibase:rank ?rank }`,
    expected: [['1927-01-01T00:00:00Z', `${WB}NormalRank`], ['1928-01-01T00:00:00Z', `${WB}PreferredRank`]] },
  { name: 'truthy: the preferred date only', profiles: BOTH, sparql: `SELECT ?date WHERE { <${E}expulsion-from-the-party-1928> wdt:P585 ?date }`, expected: [['1928-01-01T00:00:00Z']] },
  { name: 'wikibase:BestRank marks the truthy statement', profiles: FULL,
    sparql: `SELECT ?date WHERE { <${E}expulsion-from-the-party-1928> p:P585 ?st . ?st a wikibase:BestRank ; ps:P585 ?date }`, expected: [['1928-01-01T00:00:00Z']] },
  { name: 'a deprecated value is never truthy', profiles: FULL,
    sparql: 'ASK { ?s ?p ?st . ?st wikibase:rank wikibase:DeprecatedRank ; ?ps ?v . ?prop wikibase:claim ?p ; wikibase:statementProperty ?ps ; wikibase:directClaim ?wdt . ?s ?wdt ?v }', expected: false },
  { name: 'a contested end date visible on the person, the weaker reading marked', profiles: FULL,
    sparql: `SELECT DISTINCT ?end ?rank WHERE { <${E}victor-serge> p:P102 ?st . ?st pq:P582 ?end ; wikibase:rank ?rank ; llpq:sourcing <https://w3id.org/linked-lives/concept/less-supported> }`,
    expected: [['1927-01-01T00:00:00Z', `${WB}NormalRank`], ['1928-01-01T00:00:00Z', `${WB}NormalRank`]] },

  // Qualifiers and bounds.
  { name: 'a start time with its latest bound (pq:P1326)', profiles: FULL,
    sparql: `SELECT ?start ?latest WHERE { <${E}victor-serge> p:P2632 ?st . ?st ps:P2632 <${E}melun-penitentiary> ; pq:P580 ?start ; pq:P1326 ?latest }`,
    expected: [['1910-01-01T00:00:00Z', '1914-08-01T00:00:00Z']] },
  { name: 'a spouse with the marriage as start time (pq:P580) and its bounds', profiles: FULL,
    sparql: `SELECT ?spouse ?start ?earliest ?latest WHERE { <${E}victor-serge> p:P26 ?st . ?st ps:P26 ?spouse ; pq:P580 ?start ; pq:P1319 ?earliest ; pq:P1326 ?latest }`,
    expected: [[`${E}liuba-russakova`, '2000-01-01T00:00:00Z', '1919-01-01T00:00:00Z', '1920-06-15T00:00:00Z']] },
  { name: 'an undated marriage bounded by a later birth (Vera Frolova)', profiles: FULL,
    sparql: `SELECT ?start ?precision ?latest WHERE { <${E}vera-frolova> p:P26 ?st . ?st pq:P580 ?start ; pqv:P580 [ wikibase:timePrecision ?precision ] ; pq:P1326 ?latest }`,
    expected: [['1900-01-01T00:00:00Z', '7', '1890-12-30T00:00:00Z']] },
  { name: 'references: stated in and quotation', profiles: FULL,
    sparql: `SELECT ?source ?quote WHERE { <${E}victor-serge> p:P569 ?st . ?st prov:wasDerivedFrom ?ref . ?ref pr:P248 ?source ; pr:P1683 ?quote }`,
    // The birth event's date references, and those of Serge's part in the event.
    expected: [[`${E}seed-000`, 'December 30, 1890 – November 17, 1947'], [`${E}seed-000`, '30.12.1890'],
      [`${E}seed-001`, '(1890–1947)Born Victor Lvovich Khibalchich in Brussels'], [`${E}seed-000`, 'Serge was born in Brussels, Belgium, to a couple of impoverished Russian anti-Czarist exiles.']] },

  // Precision, calendars, centuries.
  { name: 'precision and calendar through psv:', profiles: FULL,
    sparql: `SELECT ?date ?precision ?calendar WHERE { <${E}victor-serge> p:P569/psv:P569 ?v . ?v wikibase:timeValue ?date ; wikibase:timePrecision ?precision ; wikibase:timeCalendarModel ?calendar }`,
    expected: [['1890-12-30T00:00:00Z', '11', `${WD}Q1985727`]] },
  { name: 'a Julian date: the literal in Gregorian, the calendar model Julian', profiles: FULL,
    sparql: 'SELECT ?date ?calendar WHERE { ?t skos:exactMatch wd:Q33391 ; p:P569/psv:P569 ?v . ?v wikibase:timeValue ?date ; wikibase:timeCalendarModel ?calendar }',
    expected: [['1879-11-07T00:00:00Z', `${WD}Q1985786`]] },
  { name: 'a century as Wikibase stores it: 12th century = 1200, precision 7, Julian before 1583', profiles: FULL,
    sparql: `SELECT ?date (YEAR(?date) AS ?year) ?precision ?calendar WHERE { <${E}mongol-invasions> p:P585 ?st . ?st ps:P585 ?date ; psv:P585 ?v . ?v wikibase:timePrecision ?precision ; wikibase:timeCalendarModel ?calendar }`,
    expected: [['1200-01-01T00:00:00Z', '1200', '7', `${WD}Q1985786`]] },
  { name: 'events before 1900 by date comparison', profiles: BOTH,
    // The Mongol invasions (12th century = 1200), 12 births from Gorky's (1868) to Breton's (1896) and six
    // events of the 1880s; not Vera Frolova's marriage, "19th century", which Wikibase stores as 1900.
    sparql: `SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e wdt:P31/wdt:P279* wd:Q1190554 ; wdt:P585 ?d FILTER(YEAR(?d) < 1900) }`, expected: [['19']] },

  // Classes, concepts, other WDQS idioms.
  { name: 'a local concept\'s subclass statement behind its wdt:P279', profiles: FULL,
    sparql: 'SELECT ?super ?rank WHERE { llc:arrest p:P279 ?st . ?st ps:P279 ?super ; wikibase:rank ?rank }', expected: [[`${WD}Q1190554`, `${WB}NormalRank`]] },
  { name: 'the name a burial recorded him under (pq:P1810)', profiles: FULL,
    sparql: `SELECT ?place ?namedAs WHERE { <${E}victor-serge> p:P119 ?st . ?st ps:P119 ?place ; pq:P1810 ?namedAs }`, expected: [[`${E}mexico`, 'Spanish Republican']] },
  { name: 'cause of death with its label', profiles: BOTH, sparql: `SELECT ?cause ?label WHERE { <${E}victor-serge> wdt:P509 ?cause . ?cause rdfs:label ?label }`, expected: [[`${C}heart-attack`, 'heart attack']] },
  { name: 'a query with a Blazegraph hint runs', profiles: BOTH,
    sparql: `SELECT ?dob WHERE { hint:Query hint:optimizer "None" . <${E}victor-serge> wdt:P569 ?dob }`, expected: [['1890-12-30T00:00:00Z']] },
  { name: 'normalized identifiers (wdtn:): the prefix is known, the dump has none', profiles: BOTH, sparql: 'SELECT ?s ?o WHERE { ?s wdtn:P214 ?o }', expected: [] },
];

let dumps: string;

beforeAll(async () => {
  dumps = await mkdtemp(path.join(tmpdir(), 'linked-lives-wdqs-'));
  await promisify(execFile)(process.execPath, [CLI, 'export', '--data', 'data', '--out', dumps, '--format', 'nt'], { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
}, 120_000);

/** Rows as strings (an unbound variable is ''), sorted: the cases do not depend on order. */
const sortRows = (rows: Rows) => rows.map((r) => r.join('\u0001')).sort().map((r) => r.split('\u0001'));

async function ours(profile: Profile, sparql: string): Promise<Rows | boolean> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'query', '--file', path.join(dumps, `${profile}.nt`), '--format', 'json', sparql], { maxBuffer: 1 << 26 });
  const json = JSON.parse(stdout) as { boolean?: boolean; head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
  if (typeof json.boolean === 'boolean') return json.boolean;
  return sortRows(json.results.bindings.map((b) => json.head.vars.map((v) => b[v]?.value ?? '')));
}

// rdflib gets each query as standard SPARQL: the prefixes WDQS predeclares written out, and
// wikibase:isSomeValue / hints rewritten as `query` does (wdqs-extensions.ts: the portable form).
const RDFLIB = `
import json, sys
import rdflib
rdflib.NORMALIZE_LITERALS = False  # keep literals as written: "…T22:13:20Z", not "…+00:00"
from rdflib import Graph
g = Graph().parse(sys.argv[1], format='nt')
out = []
for q in json.load(sys.stdin):
    r = g.query(q)
    if r.type == 'ASK':
        out.append(bool(r.askAnswer))
    else:
        out.append([['' if v is None else str(v) for v in row] for row in r])
print(json.dumps(out))
`;
const rdflibInstalled = !spawnSync(PYTHON, ['-c', 'import rdflib']).status;

function rdflib(profile: Profile, cases: Case[]): (Rows | boolean)[] {
  const queries = cases.map((c) => rewriteExtensions(withPrefixes(c.sparql).text));
  const result = spawnSync(PYTHON, ['-c', RDFLIB, path.join(dumps, `${profile}.nt`)], { input: JSON.stringify(queries), encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as (Rows | boolean)[]).map((r) => (typeof r === 'boolean' ? r : sortRows(r)));
}

const expectedOf = (c: Case) => (typeof c.expected === 'boolean' ? c.expected : sortRows(c.expected));

describe('WDQS-style queries on the exported dumps', () => {
  it('number at least 30, on both profiles', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => (c.profiles ?? BOTH).includes('truthy')).length).toBeGreaterThanOrEqual(15);
  });

  for (const profile of ['truthy', 'full'] as const) {
    describe(`${profile} profile, through linked-lives query`, () => {
      for (const c of CASES.filter((c) => (c.profiles ?? BOTH).includes(profile))) {
        it.concurrent(c.name, async () => expect(await ours(profile, c.sparql)).toEqual(expectedOf(c)));
      }
    });

    const suite = rdflibInstalled ? describe : process.env.CI ? describe : describe.skip;
    if (!rdflibInstalled && !process.env.CI) console.warn('skipping the rdflib runs of the WDQS queries: python3-rdflib is not installed (apt-get install python3-rdflib)');
    suite(`${profile} profile, through rdflib`, () => {
      const cases = CASES.filter((c) => (c.profiles ?? BOTH).includes(profile));
      let results: (Rows | boolean)[];
      beforeAll(() => { results = rdflib(profile, cases); }, 180_000);
      cases.forEach((c, i) => it(c.name, () => expect(results[i]).toEqual(expectedOf(c))));
    });
  }
});

