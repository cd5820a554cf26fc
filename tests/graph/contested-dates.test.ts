// A derived statement whose date is contested on the event becomes several statements with the same
// value, one per alternative date, as Wikidata records a contested qualifier (docs/data-format.md).
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import type { Profile } from '../../src/graph/context.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const BASE = 'https://example.org/mini/';
const IVAN = `${BASE}entity/ivan`;

const PARTY = 'kind: organization\nid: party\ntype: political-party\nlabels: { en: The Party }\n';
const END_1928 = '  - value: 1928\n    rank: preferred\n    rankReason: his own expulsion\n    references: [{ source: doc-a, quote: "expelled in 1928" }]\n';
const END_1927 = '  - value: 1927\n    references: [{ source: doc-a, quote: "ejected in 1927" }]\n';
const END_1926 = '  - value: 1926\n    rank: deprecated\n    rankReason: a misprint\n    references: [{ source: doc-a, quote: "ejected in 1926" }]\n';
const membership = (ends: string, start = '  - value: 1919\n    references: [{ source: doc-a, quote: "joined in 1919" }]\n') =>
  `kind: event\nid: ivan-in-the-party\ntype: membership\nlabels: { en: Ivan in the Party }\nstart:\n${start}end:\n${ends}participants:
  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan joined" }]\n  - value: party\n    references: [{ source: doc-a, quote: "the Party" }]\n`;

async function graph(files: Record<string, string>, profile: Profile = 'full'): Promise<Store> {
  return new Store(buildGraph(await loadDataset(await tempData({ 'party.yaml': PARTY, ...files })), { profile }));
}

function rows(store: Store, pid: string) {
  const one = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);
  return store.getObjects(IVAN, N.p + pid, null).map((t) => ({
    iri: t.value,
    start: one(t.value, N.pq + 'P580').map((v) => v.slice(0, 4)),
    end: one(t.value, N.pq + 'P582').map((v) => v.slice(0, 4)),
    rank: one(t.value, N.wikibase + 'rank')[0]!.replace(N.wikibase, ''),
    reason: one(t.value, N.llpq + 'rankReason')[0],
    sourcing: one(t.value, N.llpq + 'sourcing'),
    quotes: one(t.value, N.prov + 'wasDerivedFrom').flatMap((r) => one(r, N.pr + 'P1683')).sort(),
  })).sort((a, b) => a.end.join().localeCompare(b.end.join()));
}

describe('contested dates on the person', () => {
  it('give one statement per alternative end year, each with its own date\'s references and rank', async () => {
    const found = rows(await graph({ 'membership.yaml': membership(END_1928 + END_1927 + END_1926) }), 'P102');
    expect(found.map(({ end, rank }) => [end, rank])).toEqual([
      [['1926'], 'DeprecatedRank'], [['1927'], 'NormalRank'], [['1928'], 'NormalRank'],
    ]);
    for (const row of found) expect(row.start).toEqual(['1919']);
    const byEnd = Object.fromEntries(found.map((r) => [r.end[0], r]));
    expect(byEnd['1928']!.quotes).toEqual(['Ivan joined', 'expelled in 1928', 'joined in 1919', 'the Party']);
    expect(byEnd['1927']!.quotes).toEqual(['Ivan joined', 'ejected in 1927', 'joined in 1919', 'the Party']);
    expect(byEnd['1928']!.reason).toBe('his own expulsion');
    expect(byEnd['1927']!.reason).toBe('his own expulsion'); // why the other year is preferred
    expect(byEnd['1926']!.reason).toBe('a misprint');
    // The normal reading below a preferred one is marked for queries; the best and the deprecated are not.
    expect(found.map((r) => [r.end[0], r.sourcing])).toEqual([['1926', []], ['1927', [N.llc + 'less-supported']], ['1928', []]]);
  });

  it('keeps one truthy value: a preferred date does not make the membership preferred over the person\'s others', async () => {
    const other = `kind: event\nid: ivan-in-the-club\ntype: membership\nlabels: { en: Ivan in the Club }\nparticipants:
  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan in the club" }]\n  - value: club\n    references: [{ source: doc-a, quote: "the Club" }]\n`;
    const club = 'kind: organization\nid: club\ntype: political-party\nlabels: { en: The Club }\n';
    const truthy = await graph({ 'membership.yaml': membership(END_1928 + END_1927), 'club.yaml': club, 'other.yaml': other }, 'truthy');
    expect(truthy.getObjects(IVAN, N.wdt + 'P102', null).map((t) => t.value).sort()).toEqual([`${BASE}entity/club`, `${BASE}entity/party`]);
  });

  it('repeats every contested date: the best values together, then each alternative with the best of the others', async () => {
    const start = '  - value: 1919\n    rank: preferred\n    references: [{ source: doc-a, quote: "joined in 1919" }]\n  - value: 1918\n    references: [{ source: doc-a, quote: "joined in 1918" }]\n';
    const found = rows(await graph({ 'membership.yaml': membership(END_1928 + END_1927, start) }), 'P102');
    expect(found.map(({ start, end }) => `${start}-${end}`).sort()).toEqual(['1918-1928', '1919-1927', '1919-1928']);
  });

  it('names each statement after its alternative, so reordering the alternatives keeps their IRIs', async () => {
    const iris = (store: Store) => Object.fromEntries(rows(store, 'P102').map((r) => [r.end[0], r.iri]));
    const a = iris(await graph({ 'membership.yaml': membership(END_1928 + END_1927 + END_1926) }));
    const b = iris(await graph({ 'membership.yaml': membership(END_1926 + END_1927.replace('1927\n', '1927\n    rankReason: a second reading\n') + END_1928) }));
    expect(b).toEqual(a);
    expect(new Set(Object.values(a)).size).toBe(3);
  });

  it('leaves an uncontested derived statement as it was: one statement, its IRI unchanged by a second end date elsewhere', async () => {
    const found = rows(await graph({ 'membership.yaml': membership(END_1928) }), 'P102');
    expect(found).toHaveLength(1);
    const contested = rows(await graph({ 'membership.yaml': membership(END_1928 + END_1927) }), 'P102');
    expect(contested.map((r) => r.iri)).toContain(found[0]!.iri);
  });

  it('repeats a significant event for each of its contested dates', async () => {
    const arrest = `kind: event\nid: ivan-arrest\ntype: arrest\nlabels: { en: arrest of Ivan }\ndate:
  - value: 1933-03\n    references: [{ source: doc-a, quote: "arrested in March 1933" }]
  - value: 1933-04\n    references: [{ source: doc-a, quote: "arrested in April 1933" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan was arrested" }]\n`;
    const store = await graph({ 'arrest.yaml': arrest });
    const dates = store.getObjects(IVAN, N.p + 'P793', null).flatMap((s) => store.getObjects(s, N.pq + 'P585', null).map((t) => t.value.slice(0, 7)));
    expect(dates.sort()).toEqual(['1933-03', '1933-04']);
  });
});
