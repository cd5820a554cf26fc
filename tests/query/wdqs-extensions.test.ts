// wikibase:isSomeValue() and Blazegraph hints wherever a query may hold them: filters, projections,
// BIND, GROUP BY / HAVING / ORDER BY, EXISTS, subqueries; and a string that looks like a skolem IRI
// is not an unknown value.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/load-dataset.js';
import { loadStore, type QueryStore } from '../../src/query/store.js';
import { MINI } from '../helpers/temp-data.js';

let store: QueryStore;
beforeAll(async () => { store = loadStore(await loadDataset(MINI)); });

const values = (sparql: string) => {
  const r = store.query(sparql);
  if (r.type !== 'bindings') throw new Error(`expected bindings, got ${r.type}`);
  return r.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v?.value])));
};

describe('wikibase:isSomeValue()', () => {
  it('in a filter, a projection, a BIND, GROUP BY / HAVING / ORDER BY', () => {
    expect(values('SELECT ?s WHERE { ?s wdt:P22 ?o FILTER(wikibase:isSomeValue(?o)) }')).toEqual([{ s: 'https://example.org/mini/entity/ivan' }]);
    expect(values('SELECT (wikibase:isSomeValue(?o) AS ?unknown) WHERE { ?s wdt:P22 ?o }')).toEqual([{ unknown: 'true' }]);
    expect(values('SELECT ?u (COUNT(*) AS ?n) WHERE { ?s wdt:P21 ?o BIND(wikibase:isSomeValue(?o) AS ?u) } GROUP BY ?u HAVING(COUNT(*) > 0) ORDER BY ?u')).toEqual([{ u: 'false', n: '1' }]);
    expect(values('SELECT (COUNT(*) AS ?n) WHERE { ?s wdt:P22 ?o } GROUP BY (wikibase:isSomeValue(?o)) ORDER BY (wikibase:isSomeValue(?o))')).toEqual([{ n: '1' }]);
  });

  it('inside EXISTS / NOT EXISTS and subqueries, and in ASK', () => {
    expect(values('SELECT ?s WHERE { ?s wdt:P21 ?g FILTER EXISTS { ?s wdt:P22 ?f FILTER(wikibase:isSomeValue(?f)) } }')).toEqual([{ s: 'https://example.org/mini/entity/ivan' }]);
    // wdt:P22 and ps:P22; the 74 "no value" restrictions are skolem IRIs too, as in WDQS, hence the filter on ?p.
    expect(values('SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?p != owl:complementOf && wikibase:isSomeValue(?o)) } } }')).toEqual([{ n: '2' }]);
    expect(store.query('ASK { ?s wdt:P22 ?o FILTER(wikibase:isSomeValue(?o)) }')).toEqual({ type: 'boolean', value: true });
  });

  it('is false for a string that reads like a skolem IRI, and for known values', () => {
    expect(values('SELECT ?x WHERE { VALUES ?x { "https://example.org/.well-known/genid/abc" <https://example.org/entity/x> } FILTER(wikibase:isSomeValue(?x)) }')).toEqual([]);
    expect(values('SELECT ?x WHERE { VALUES ?x { <https://example.org/.well-known/genid/abc> } FILTER(wikibase:isSomeValue(?x)) }')).toEqual([{ x: 'https://example.org/.well-known/genid/abc' }]);
  });
});

describe('Blazegraph query hints', () => {
  it('are dropped, in the main pattern and in a subquery', () => {
    expect(values('SELECT ?g WHERE { hint:Query hint:optimizer "None" . ?s wdt:P21 ?g }')).toEqual([{ g: 'http://www.wikidata.org/entity/Q6581097' }]);
    expect(values('SELECT ?g WHERE { { SELECT ?g WHERE { ?s wdt:P21 ?g . hint:Prior hint:runFirst true } } }')).toEqual([{ g: 'http://www.wikidata.org/entity/Q6581097' }]);
  });
});
