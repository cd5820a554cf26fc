// Self-test of tests/helpers/wikibase-compare.ts, the comparison behind wikibase-triples.test.ts: a graph
// in our shape (statement IRIs under our base, value and reference nodes with our own hashes, skolem IRIs
// for unknown values) equal to Wikibase's passes; a changed literal, a split value node or an unmapped
// statement IRI fails with the differing triples; the statement subgraph leaves the rest of a dump out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/graphs.js';
import {
  compareWikibase, formatComparison, formatRdflib, parseNTriples, rdflibCompare, rdflibInstalled, statementSubgraph,
  toWikibaseShape, WD, WDS,
} from '../helpers/wikibase-compare.js';

const BASE = 'https://example.org/ll/';
const FIXTURES = ['person', 'place', 'work-and-translator'] as const;
const expectedOf = (name: string) => readFileSync(repoPath(`tests/fixtures/wikidata/${name}.expected.nt`), 'utf8');
const entitiesOf = (name: string) => Object.keys((JSON.parse(readFileSync(repoPath(`tests/fixtures/wikidata/${name}.json`), 'utf8')) as { entities: object }).entities);
const LOCAL_IDS: Record<string, string> = {
  'ada-quillfeather': 'Q999999001', 'lindenau-an-der-feder': 'Q999999003', 'der-federkiel': 'Q999999005', 'bruno-tinte': 'Q999999006',
};

const reverse = (text: string) => [...text].reverse().join('');
/** Wikibase's N-Triples rewritten as we would write them: our statement IRIs, our own value and reference
 *  hashes, skolem IRIs at our host for unknown values, and the lines in another order. */
function oursFrom(nt: string): string {
  let out = nt;
  for (const [id, qid] of Object.entries(LOCAL_IDS)) out = out.replaceAll(`<${WDS}${qid}-`, `<${BASE}statement/${id}-`);
  out = out
    .replace(/<http:\/\/www\.wikidata\.org\/value\/([0-9a-f]+)>/g, (_, h: string) => `<${BASE}value/${reverse(h)}>`)
    .replace(/<http:\/\/www\.wikidata\.org\/reference\/([0-9a-f]+)>/g, (_, h: string) => `<${BASE}reference/r${h.slice(0, 16)}>`)
    .replace(/_:([0-9a-f]{32})/g, (_, h: string) => `<https://example.org/.well-known/genid/${reverse(h)}>`);
  return out.split('\n').filter((l) => l && !l.startsWith('#')).reverse().join('\n') + '\n';
}

describe('the comparison with Wikibase', () => {
  for (const name of FIXTURES) {
    it(`${name}: our shape of the same graph is isomorphic`, async () => {
      const c = await compareWikibase(expectedOf(name), oursFrom(expectedOf(name)), { base: BASE, localIds: LOCAL_IDS, entities: entitiesOf(name) });
      expect(c.isomorphic, formatComparison(c)).toBe(true);
      expect(c.onlyExpected).toEqual([]);
      expect(c.onlyActual).toEqual([]);
      expect(c.actual.length).toBe(parseNTriples(expectedOf(name)).length);
    });
  }

  it('a changed literal in a reference fails, the diff naming that triple once on each side', async () => {
    const actual = oursFrom(expectedOf('person')).replace('"geboren zu Wien"@de', '"geboren in Wien"@de');
    const c = await compareWikibase(expectedOf('person'), actual, { base: BASE, localIds: LOCAL_IDS, entities: ['Q999999001'] });
    expect(c.isomorphic).toBe(false);
    expect(c.onlyExpected).toEqual(['[wds:Q999999001-8BF938F9-ACBC-4FD4-B1E3-54712C0839F5 prov:wasDerivedFrom] pr:P1683 "geboren zu Wien"@de .']);
    expect(c.onlyActual).toEqual(['[wds:Q999999001-8BF938F9-ACBC-4FD4-B1E3-54712C0839F5 prov:wasDerivedFrom] pr:P1683 "geboren in Wien"@de .']);
    const message = formatComparison(c);
    expect(message).toContain('not isomorphic');
    expect(message).toContain('  - [wds:Q999999001-8BF938F9-ACBC-4FD4-B1E3-54712C0839F5 prov:wasDerivedFrom] pr:P1683 "geboren zu Wien"@de .');
    expect(message).toContain('  + [wds:Q999999001-8BF938F9-ACBC-4FD4-B1E3-54712C0839F5 prov:wasDerivedFrom] pr:P1683 "geboren in Wien"@de .');
  });

  it('a changed literal in a value node fails, the diff naming that triple once on each side', async () => {
    const lines = oursFrom(expectedOf('place')).split('\n');
    const i = lines.findIndex((l) => l.includes('#geoPrecision> "0.00027777777777778"'));
    lines[i] = lines[i]!.replace('0.00027777777777778', '0.000277777777777778');
    const c = await compareWikibase(expectedOf('place'), lines.join('\n'), { base: BASE, localIds: LOCAL_IDS, entities: ['Q999999003'] });
    expect(c.isomorphic).toBe(false);
    expect(c.onlyExpected).toEqual(['[wds:Q999999003-91621529-6BC4-4CD6-ACD3-429E1AF66F0C psv:P625] wikibase:geoPrecision "0.00027777777777778"^^xsd:double .']);
    expect(c.onlyActual).toEqual(['[wds:Q999999003-91621529-6BC4-4CD6-ACD3-429E1AF66F0C psv:P625] wikibase:geoPrecision "0.000277777777777778"^^xsd:double .']);
  });

  it('the lexical form counts: "312" is not the "+312"^^xsd:decimal Wikibase writes', async () => {
    const actual = oursFrom(expectedOf('work-and-translator')).replaceAll('"+312"', '"312"');
    const c = await compareWikibase(expectedOf('work-and-translator'), actual, { base: BASE, localIds: LOCAL_IDS, entities: entitiesOf('work-and-translator') });
    expect(c.isomorphic).toBe(false);
    expect(c.onlyExpected).toEqual([
      '[wds:Q999999005-af52344d-0034-44ab-96a3-cfc73dd674f9 psv:P1104] wikibase:quantityAmount "+312"^^xsd:decimal .',
      'wd:Q999999005 wdt:P1104 "+312"^^xsd:decimal .',
      'wds:Q999999005-af52344d-0034-44ab-96a3-cfc73dd674f9 ps:P1104 "+312"^^xsd:decimal .',
    ]);
    expect(c.onlyActual).toHaveLength(3);
  });

  it('a value node shared in Wikibase but split in ours fails', async () => {
    // The year 1890 is P26's end and P18's point in time: one wdv: node. Give P18's its own node.
    const ours = oursFrom(expectedOf('person'));
    const node = `${BASE}value/${reverse('7fd4ade875eb250fb79394d529c395c2')}`;
    const copy = `${BASE}value/copy-of-1890`;
    const split = ours.split('\n').flatMap((l) => {
      if (l.includes('/prop/qualifier/value/P585>')) return [l.replace(node, copy)];
      if (l.startsWith(`<${node}>`)) return [l, l.replace(node, copy)];
      return [l];
    }).join('\n');
    const c = await compareWikibase(expectedOf('person'), split, { base: BASE, localIds: LOCAL_IDS, entities: ['Q999999001'] });
    expect(c.isomorphic).toBe(false);
    expect(formatComparison(c)).toMatch(/not isomorphic/);
    expect(c.onlyActual.some((l) => l.startsWith('[wds:Q999999001-973E1FFC-C260-4A08-9E3A-DD134AC66AEE pqv:P585] wikibase:timeValue'))).toBe(true);
  });

  it('statement IRIs of a local id missing from the map stay ours, and show in the diff', async () => {
    const c = await compareWikibase(expectedOf('place'), oursFrom(expectedOf('place')), { base: BASE, localIds: {}, entities: ['Q999999003'] });
    expect(c.isomorphic).toBe(false);
    expect(c.onlyActual.some((l) => l.includes(`<${BASE}statement/lindenau-an-der-feder-6FFDC145-357C-443E-A453-923EEF87EA59>`))).toBe(true);
    expect(c.onlyExpected.some((l) => l.includes('wds:Q999999003-6FFDC145-357C-443E-A453-923EEF87EA59'))).toBe(true);
  });

  it('the statement subgraph leaves terms, documents, property entities, stubs and other entities out', async () => {
    const noise = [
      `<${WD}Q999999003> <http://www.w3.org/2000/01/rdf-schema#label> "Lindenau an der Feder"@en .`,
      `<${WD}Q999999003> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://wikiba.se/ontology#Item> .`,
      `<${WD}Q999999003> <http://wikiba.se/ontology#statements> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
      `<${WD}Q999999003> <http://www.w3.org/2004/02/skos/core#exactMatch> <${WD}Q999999003> .`,
      `<${BASE}data/lindenau-an-der-feder> <http://schema.org/about> <${WD}Q999999003> .`,
      `<${WD}Q515> <http://www.w3.org/2000/01/rdf-schema#label> "city"@en .`,
      `<${WD}P31> <http://wikiba.se/ontology#claim> <http://www.wikidata.org/prop/P31> .`,
      `<${WD}Q999999301> <http://www.wikidata.org/prop/direct/P31> <${WD}Q1656682> .`,
      `<${BASE}dataset> <http://schema.org/dateModified> "2024-05-18T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
    ].join('\n');
    const c = await compareWikibase(expectedOf('place'), `${noise}\n${oursFrom(expectedOf('place'))}`, { base: BASE, localIds: LOCAL_IDS, entities: ['Q999999003'] });
    expect(c.isomorphic, formatComparison(c)).toBe(true);
  });

  for (const name of FIXTURES) {
    it(`${name}.expected.nt is all statement graph of ${name}.json's entities, and names no other entity as subject`, () => {
      const quads = parseNTriples(expectedOf(name));
      const entities = entitiesOf(name);
      expect(statementSubgraph(toWikibaseShape(quads), entities)).toHaveLength(quads.length);
      const subjects = new Set(quads.map((q) => q.subject.value).filter((s) => s.startsWith(WD) && !s.startsWith(WDS)));
      expect([...subjects].sort()).toEqual(entities.map((q) => WD + q).sort());
    });
  }
});

describe.skipIf(!rdflibInstalled && !process.env.CI)('rdflib agrees (rdflib.compare)', () => {
  it('is installed', () => expect(rdflibInstalled, 'python3-rdflib is missing: apt-get install python3-rdflib').toBe(true));

  for (const name of FIXTURES) {
    it(`${name}: isomorphic`, async () => {
      const c = await compareWikibase(expectedOf(name), oursFrom(expectedOf(name)), { base: BASE, localIds: LOCAL_IDS, entities: entitiesOf(name) });
      const r = rdflibCompare(c);
      expect(r.isomorphic, formatRdflib(r)).toBe(true);
      expect(r.actual).toBe(r.expected);
    });
  }

  it('a changed literal: not isomorphic, and graph_diff shows it', async () => {
    const actual = oursFrom(expectedOf('person')).replace('"geboren zu Wien"@de', '"geboren in Wien"@de');
    const r = rdflibCompare(await compareWikibase(expectedOf('person'), actual, { base: BASE, localIds: LOCAL_IDS, entities: ['Q999999001'] }));
    expect(r.isomorphic).toBe(false);
    expect(r.onlyExpected.some((l) => l.includes('"geboren zu Wien"@de'))).toBe(true);
    expect(r.onlyActual.some((l) => l.includes('"geboren in Wien"@de'))).toBe(true);
    expect(formatRdflib(r)).toContain('not isomorphic');
  });

  it('literals keep their lexical form: "312" is not "+312"', async () => {
    const actual = oursFrom(expectedOf('work-and-translator')).replaceAll('"+312"', '"312"');
    const r = rdflibCompare(await compareWikibase(expectedOf('work-and-translator'), actual, { base: BASE, localIds: LOCAL_IDS, entities: entitiesOf('work-and-translator') }));
    expect(r.isomorphic).toBe(false);
  });

  it('a split value node: not isomorphic', async () => {
    const ours = oursFrom(expectedOf('person'));
    const node = `${BASE}value/${reverse('7fd4ade875eb250fb79394d529c395c2')}`;
    const split = ours.split('\n').flatMap((l) => (l.includes('/prop/qualifier/value/P585>') ? [l.replace(node, `${BASE}value/copy`)]
      : l.startsWith(`<${node}>`) ? [l, l.replace(node, `${BASE}value/copy`)] : [l])).join('\n');
    const r = rdflibCompare(await compareWikibase(expectedOf('person'), split, { base: BASE, localIds: LOCAL_IDS, entities: ['Q999999001'] }));
    expect(r.isomorphic).toBe(false);
  });
});
