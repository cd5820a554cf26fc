// The full profile: statement nodes, ranks, qualifiers, value nodes and shared reference nodes.
import { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const BASE = 'https://example.org/mini/';
const IVAN = `${BASE}entity/ivan`;
let store: Store;

const objects = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);
const one = (s: string, p: string) => {
  const all = objects(s, p);
  expect(all, `${s} ${p}`).toHaveLength(1);
  return all[0]!;
};
const statements = (entity: string, pid: string) => objects(entity, N.p + pid);

beforeAll(async () => {
  const death = `kind: event\nid: ivan-death\ntype: death\nlabels: { en: death }\ndate:\n  - value: 1850\n    rank: deprecated\n    rankReason: impossible\n    references: [{ source: doc-a, quote: "died 1850" }]\n  - value: 1940-05-01\n    references: [{ source: doc-a, quote: "died 1 May 1940" }]\nparticipants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan was born" }]\n`;
  store = new Store(buildGraph(await loadDataset(await tempData({ 'death.yaml': death })), { profile: 'full' }));
});

describe('full profile', () => {
  it('keeps conflicting birth dates side by side, each with its rank', () => {
    const [a, b] = statements(IVAN, 'P569');
    expect(statements(IVAN, 'P569')).toHaveLength(2);
    const ranks = [a!, b!].map((s) => one(s, N.wikibase + 'rank'));
    expect(ranks.sort()).toEqual([N.wikibase + 'NormalRank', N.wikibase + 'PreferredRank']);
    const preferred = [a!, b!].find((s) => one(s, N.wikibase + 'rank').endsWith('PreferredRank'))!;
    expect(objects(preferred, N.rdf + 'type')).toEqual(expect.arrayContaining([N.wikibase + 'Statement', N.wikibase + 'BestRank']));
    const normal = [a!, b!].find((s) => s !== preferred)!;
    expect(objects(normal, N.rdf + 'type')).toEqual([N.wikibase + 'Statement']);
    expect(one(preferred, N.llpq + 'rankReason')).toBe('the parish register');
  });

  it('writes a Julian date as Gregorian literal with a Julian value node', () => {
    const preferred = statements(IVAN, 'P569').find((s) => one(s, N.wikibase + 'rank').endsWith('PreferredRank'))!;
    expect(one(preferred, N.ps + 'P569')).toBe('1879-11-07T00:00:00Z');
    const value = one(preferred, N.psv + 'P569');
    expect(one(value, N.wikibase + 'timeCalendarModel')).toBe(N.wd + 'Q1985786');
    expect(one(value, N.wikibase + 'timePrecision')).toBe('11');
    expect(one(value, N.wikibase + 'timeValue')).toBe('1879-11-07T00:00:00Z');
  });

  it('derives place of birth from the event, with the source spelling and both references', () => {
    const s = one(IVAN, N.p + 'P19');
    expect(one(s, N.ps + 'P19')).toBe(`${BASE}entity/town`);
    expect(one(s, N.pq + 'P1932')).toBe('Townsville');
    const quotes = objects(s, N.prov + 'wasDerivedFrom').map((r) => one(r, N.pr + 'P1683')).sort();
    expect(quotes).toEqual(['Ivan was born', 'born in Townsville']);
  });

  it('shares one reference node between all statements that cite the same words', () => {
    const nodes = store.getSubjects(N.pr + 'P1683', null, null).filter((r) => objects(r.value, N.pr + 'P1683')[0] === 'Ivan was born');
    expect(nodes).toHaveLength(1);
    expect(store.getSubjects(N.prov + 'wasDerivedFrom', nodes[0]!, null).length).toBeGreaterThanOrEqual(4);
    expect(one(nodes[0]!.value, N.pr + 'P248')).toBe(`${BASE}entity/doc-a`);
  });

  it('keeps a deprecated claim in the full profile only', () => {
    const deaths = statements(IVAN, 'P570');
    expect(deaths).toHaveLength(2);
    const deprecated = deaths.find((s) => one(s, N.wikibase + 'rank').endsWith('DeprecatedRank'))!;
    expect(one(deprecated, N.ps + 'P570')).toBe('1850-01-01T00:00:00Z');
    expect(objects(IVAN, N.wdt + 'P570')).toEqual(['1940-05-01T00:00:00Z']);
  });

  it('writes "no value" as a wdno: class on the statement and the entity', () => {
    const s = one(IVAN, N.p + 'P27');
    expect(objects(s, N.rdf + 'type')).toContain(N.wdno + 'P27');
    expect(objects(IVAN, N.rdf + 'type')).toContain(N.wdno + 'P27');
    expect(one(s, N.pq + 'P585')).toBe('1947-01-01T00:00:00Z');
    expect(one(one(s, N.pqv + 'P585'), N.wikibase + 'timePrecision')).toBe('9');
  });

  it('writes "unknown value" as a skolem IRI, as WDQS does', () => {
    const s = one(IVAN, N.p + 'P22');
    // At the root of the base IRI's host, as WDQS writes http://www.wikidata.org/.well-known/genid/<hash>.
    expect(one(s, N.ps + 'P22')).toMatch(/^https:\/\/example\.org\/\.well-known\/genid\/[0-9a-f]{40}$/);
  });

  it('gives events without a dedicated property as significant events, qualified with time and place', () => {
    const s = one(IVAN, N.p + 'P793');
    expect(one(s, N.ps + 'P793')).toBe(`${BASE}entity/ivan-arrest`);
    expect(one(s, N.pq + 'P585')).toBe('1933-03-01T00:00:00Z');
    expect(one(one(s, N.pqv + 'P585'), N.wikibase + 'timePrecision')).toBe('10');
    expect(one(s, N.pq + 'P276')).toBe(`${BASE}entity/town`);
  });

  it('mints statement IRIs in Wikidata GUID shape under the base', () => {
    for (const s of statements(IVAN, 'P569')) expect(s).toMatch(new RegExp(`^${BASE}statement/ivan-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$`));
  });
});

describe('Wikidata IRIs', () => {
  it('links an entity with a QID by skos:exactMatch (not owl:sameAs, which WDQS reads as a redirect), or mints it as wd:Q… on request', async () => {
    const town = `kind: place\nid: town\nqid: Q1489\ntype: city\nlabels: { en: Town }\n`;
    const dataset = await loadDataset(await tempData({ 'town.yaml': town }));
    const plain = new Store(buildGraph(dataset, { profile: 'truthy' }));
    expect(plain.getObjects(`${BASE}entity/town`, N.skos + 'exactMatch', null).map((t) => t.value)).toEqual([N.wd + 'Q1489']);
    expect(plain.getObjects(`${BASE}entity/town`, N.owl + 'sameAs', null)).toEqual([]);
    const minted = new Store(buildGraph(dataset, { profile: 'truthy', mintWikidataIris: true }));
    expect(minted.getObjects(IVAN, N.wdt + 'P19', null).map((t) => t.value)).toEqual([N.wd + 'Q1489']);
    expect(minted.getQuads(`${BASE}entity/town`, null, null, null)).toHaveLength(0);
    // Its document node stays ours; no version, dates or counts of ours on Wikidata's own IRI.
    expect(minted.getObjects(`${BASE}data/town`, N.schema + 'about', null).map((t) => t.value)).toEqual([N.wd + 'Q1489']);
    expect(minted.getObjects(`${BASE}data/town`, N.wikibase + 'statements', null)).toHaveLength(1);
    expect(minted.getQuads(N.wd + 'Q1489', N.wikibase + 'statements', null, null)).toHaveLength(0);
    expect(minted.getQuads(N.wd + 'Q1489', N.schema + 'dateModified', null, null)).toHaveLength(0);
  });
});

describe('reference spelling', () => {
  it('writes a reference namedAs as pr:P1932 (stated as)', async () => {
    const anna = `kind: person\nid: anna\nlabels: { en: Anna }\nbirthName:\n  - value: { text: Anna Kibalchich, lang: en }\n    references: [{ source: doc-a, quote: "Anna Khibalchich", namedAs: Anna Khibalchich }]\n`;
    const s = new Store(buildGraph(await loadDataset(await tempData({ 'anna.yaml': anna })), { profile: 'full' }));
    const refs = s.getObjects(null, N.prov + 'wasDerivedFrom', null).filter((r) => s.getObjects(r, N.pr + 'P1683', null)[0]?.value === 'Anna Khibalchich');
    expect(refs).toHaveLength(1);
    expect(s.getObjects(refs[0]!, N.pr + 'P1932', null).map((t) => t.value)).toEqual(['Anna Khibalchich']);
  });
});
