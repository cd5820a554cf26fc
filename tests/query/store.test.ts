// The embedded store answers WDQS-style queries (wdt:, p:/ps:/pq:, ranks) on the default dataset, from
// a dataset, quads or a dump, with the known prefixes predeclared and clear errors for what it cannot do.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import type { Dataset } from '../../src/model/dataset.js';
import { toNQuads, toNTriples } from '../../src/serialize/ntriples.js';
import { loadStore, type QueryStore } from '../../src/query/store.js';
import type { QueryResult } from '../../src/query/results.js';

const SERGE = 'https://w3id.org/linked-lives/serge/entity/victor-serge';
const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime';

/** Rows as plain objects of term values, for compact expectations. */
function values(result: QueryResult): Record<string, string>[] {
  if (result.type !== 'bindings') throw new Error(`expected bindings, got ${result.type}`);
  return result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, t]) => [k, t.value])));
}

let dataset: Dataset;
let store: QueryStore;
beforeAll(async () => {
  dataset = await loadDataset('data');
  store = loadStore(dataset);
});

describe('WDQS-style queries on data/', () => {
  it('finds Victor Serge\'s date of birth through wdt:, as a typed xsd:dateTime', () => {
    const result = store.query(`SELECT ?dob WHERE { ?person rdfs:label "Victor Serge"@en ; wdt:P569 ?dob }`);
    expect(values(result)).toEqual([{ dob: '1890-12-30T00:00:00Z' }]);
    expect(result.type === 'bindings' && result.rows[0]!.dob).toMatchObject({ termType: 'Literal', datatype: { value: XSD_DATETIME } });
  });

  it('joins his place of birth to its English label', () => {
    const result = store.query(`SELECT ?placeLabel WHERE {
      ?person rdfs:label "Victor Serge"@en ; wdt:P19 ?place .
      ?place rdfs:label ?placeLabel FILTER(LANG(?placeLabel) = "en") }`);
    expect(values(result)).toEqual([{ placeLabel: 'Brussels' }]);
  });

  it('reads statements with p:/ps: and their rank', () => {
    const result = store.query(`SELECT ?date ?rank WHERE { <${SERGE}> p:P569 ?st . ?st ps:P569 ?date ; wikibase:rank ?rank ; a wikibase:Statement }`);
    expect(values(result)).toEqual([{ date: '1890-12-30T00:00:00Z', rank: 'http://wikiba.se/ontology#NormalRank' }]);
  });

  it('reads qualifiers with pq: (start times of his places of detention)', () => {
    const result = store.query(`SELECT ?label ?start WHERE {
      ent:victor-serge p:P2632 ?st . ?st ps:P2632 ?place ; pq:P580 ?start .
      ?place rdfs:label ?label FILTER(LANG(?label) = "en") } ORDER BY ?start ?label`);
    const rows = values(result);
    // The source bounds the start: some time in the 1910s, by August 1914 at the latest (pq:P1326 beside it).
    expect(rows).toContainEqual({ label: 'Melun penitentiary', start: '1910-01-01T00:00:00Z' });
    const latest = values(store.query(`SELECT ?latest WHERE { ent:victor-serge p:P2632 ?st . ?st ps:P2632 ent:melun-penitentiary ; pq:P1326 ?latest }`));
    expect(latest).toEqual([{ latest: '1914-08-01T00:00:00Z' }]);
    expect(rows).toContainEqual({ label: 'Lubyanka prison', start: '1933-03-01T00:00:00Z' });
  });

  it('sees deprecated statements with p: but never with wdt:', () => {
    const deprecated = values(store.query(`SELECT ?v WHERE { ent:victor-serge ?p ?st . ?st wikibase:rank wikibase:DeprecatedRank ; ps:P108 ?v }`));
    expect(deprecated.length).toBeGreaterThan(0);
    for (const { v } of deprecated) {
      expect(store.query(`ASK { ent:victor-serge wdt:P108 <${v}> }`)).toEqual({ type: 'boolean', value: false });
    }
  });

  it('reads references through prov:wasDerivedFrom and pr:', () => {
    const rows = values(store.query(`SELECT ?quote WHERE { ent:victor-serge p:P569/prov:wasDerivedFrom/pr:P1683 ?quote }`));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.quote).join(' ')).toMatch(/1890/);
  });

  it('lists every projected variable, also when a row leaves one unbound', () => {
    const result = store.query(`SELECT ?dob ?nothing WHERE { ent:victor-serge wdt:P569 ?dob OPTIONAL { ent:victor-serge wdt:P0 ?nothing } }`);
    expect(result).toMatchObject({ type: 'bindings', variables: ['dob', 'nothing'] });
  });

  it('answers CONSTRUCT with quads and ASK with a boolean', () => {
    const result = store.query(`CONSTRUCT { ?s wdt:P569 ?o } WHERE { ?s wdt:P569 ?o FILTER(?s = ent:victor-serge) }`);
    expect(result.type === 'quads' && result.quads.map((q) => q.object.value)).toEqual(['1890-12-30T00:00:00Z']);
    expect(store.query('ASK { ent:victor-serge wdt:P31 wd:Q5 }')).toEqual({ type: 'boolean', value: true });
  });
});

describe('loadStore sources', () => {
  it('takes quads, N-Triples and N-Quads text, and queries a dump\'s named graph as the default graph', () => {
    const quads = buildGraph(dataset, { profile: 'truthy' });
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    const n = (s: QueryStore) => values(s.query(count))[0]!.n;
    expect(n(loadStore(quads))).toBe(String(quads.length));
    expect(n(loadStore({ text: toNTriples(quads), format: 'nt' }))).toBe(String(quads.length));
    const nquads = loadStore({ text: toNQuads(quads, { graph: 'https://example.org/g' }), format: 'nq' });
    expect(n(nquads)).toBe(String(quads.length));
    expect(values(nquads.query(`SELECT ?dob WHERE { <${SERGE}> wdt:P569 ?dob }`))).toEqual([{ dob: '1890-12-30T00:00:00Z' }]);
  });

  it('builds the truthy profile on request: no statement nodes', () => {
    const truthy = loadStore(dataset, { profile: 'truthy' });
    expect(truthy.query('ASK { ?st a wikibase:Statement }')).toEqual({ type: 'boolean', value: false });
    expect(truthy.query('ASK { ent:victor-serge wdt:P569 ?d }')).toEqual({ type: 'boolean', value: true });
  });

  it('names the dump and the line of a syntax error', () => {
    expect(() => loadStore({ text: '<a:b> <a:c> "ok" .\n<a:b> <a:c> "broken .\n', format: 'nt', name: 'bad.nt' }))
      .toThrow(/bad\.nt: not valid nt: .*line 2/);
  });
});

describe('prefixes and errors', () => {
  it('keeps a prefix the query declares itself', () => {
    const rows = values(store.query('PREFIX wdt: <http://example.org/not-wikidata/> SELECT ?o WHERE { ?s wdt:P569 ?o }'));
    expect(rows).toEqual([]);
  });

  it('reports syntax errors at the user\'s line, not the line of the added prefixes', () => {
    expect(() => store.query('SELECT ?x\nWHERE { ?x wdt:P31 }')).toThrow(/not valid SPARQL: error at 2:/);
  });

  it('names an undeclared prefix', () => {
    expect(() => store.query('SELECT ?x WHERE { ?x nope:p ?y }')).toThrow(/uses the prefix nope: without declaring it/);
  });

  it('explains that the WDQS label service is not there', () => {
    const query = 'PREFIX bd: <http://www.bigdata.com/rdf#> SELECT ?item ?itemLabel WHERE { ?item wdt:P31 wd:Q5 SERVICE wikibase:label { bd:serviceParam wikibase:language "en" } }';
    expect(() => store.query(query)).toThrow(/label service .* rdfs:label/);
  });

  it('serializes results as SPARQL JSON and CSV', () => {
    const query = 'SELECT ?dob WHERE { ent:victor-serge wdt:P569 ?dob }';
    expect(JSON.parse(store.queryText(query, 'json').text)).toEqual({
      head: { vars: ['dob'] },
      results: { bindings: [{ dob: { type: 'literal', value: '1890-12-30T00:00:00Z', datatype: XSD_DATETIME } }] },
    });
    expect(store.queryText(query, 'csv')).toEqual({ form: 'solutions', text: 'dob\r\n1890-12-30T00:00:00Z\r\n', capped: true });
  });
});
