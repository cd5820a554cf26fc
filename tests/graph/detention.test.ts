// An imprisonment without a known place still shows on the person: place of detention (P2632) as an
// unknown value, with the event's span and references (docs/data-format.md).
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import type { Profile } from '../../src/graph/context.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { validateDataset } from '../../src/pipeline.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const IVAN = 'https://example.org/mini/entity/ivan';
const prison = (locations: string) => `kind: event\nid: ivan-in-prison\ntype: imprisonment\nlabels: { en: Ivan in prison }
start:\n  - value: 1936\n    references: [{ source: doc-a, quote: "arrested in 1936" }]
end:\n  - value: 1961\n    references: [{ source: doc-a, quote: "25 years later" }]
${locations}participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan spent 25 years in a gulag" }]\n`;

async function graph(locations: string, profile: Profile = 'full') {
  const dataset = await loadDataset(await tempData({ 'prison.yaml': prison(locations) }));
  return { dataset, store: new Store(buildGraph(dataset, { profile })) };
}

describe('detention without a known place', () => {
  it('gives place of detention: unknown value, with start, end and the event\'s references', async () => {
    const { store, dataset } = await graph('');
    const one = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);
    const [statement, ...more] = one(IVAN, N.p + 'P2632');
    expect(more).toEqual([]);
    expect(one(statement!, N.ps + 'P2632')[0]).toMatch(/\/\.well-known\/genid\/[0-9a-f]+$/);
    expect(one(statement!, N.pq + 'P580')).toEqual(['1936-01-01T00:00:00Z']);
    expect(one(statement!, N.pq + 'P582')).toEqual(['1961-01-01T00:00:00Z']);
    const quotes = one(statement!, N.prov + 'wasDerivedFrom').flatMap((r) => one(r, N.pr + 'P1683')).sort();
    expect(quotes).toEqual(['25 years later', 'Ivan spent 25 years in a gulag', 'arrested in 1936']);
    for (const profile of ['truthy', 'full'] as const) expect((await validateDataset(dataset, { profile })).results, profile).toEqual([]);
  });

  it('writes the unknown place in the truthy profile too', async () => {
    const { store } = await graph('', 'truthy');
    expect(store.getObjects(IVAN, N.wdt + 'P2632', null).map((t) => t.value)).toEqual([expect.stringMatching(/\/\.well-known\/genid\//)]);
  });

  it('gives the known place, and no unknown value, when the event has one', async () => {
    const { store } = await graph('locations:\n  - value: town\n    references: [{ source: doc-a, quote: "in Town" }]\n', 'truthy');
    expect(store.getObjects(IVAN, N.wdt + 'P2632', null).map((t) => t.value)).toEqual(['https://example.org/mini/entity/town']);
  });

  it('adds the unknown value beside a place the data deprecates', async () => {
    const { store } = await graph('locations:\n  - value: town\n    rank: deprecated\n    rankReason: a confusion\n    references: [{ source: doc-a, quote: "in Town" }]\n');
    const ranks = store.getObjects(IVAN, N.p + 'P2632', null).map((s) => [
      store.getObjects(s, N.ps + 'P2632', null)[0]!.value.includes('genid') ? 'unknown' : 'town',
      store.getObjects(s, N.wikibase + 'rank', null)[0]!.value.replace(N.wikibase, ''),
    ]);
    expect(ranks.sort()).toEqual([['town', 'DeprecatedRank'], ['unknown', 'NormalRank']]);
  });
});
