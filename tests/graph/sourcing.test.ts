// How a source gives a value — approximately ("around 1887"), by inference — as the qualifier
// llpq:sourcing with a concept a query can see (docs/data-format.md).
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset, safeLoadDataset } from '../../src/load/load-dataset.js';
import { formatIssue } from '../../src/errors.js';
import { validateDataset } from '../../src/pipeline.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const IVAN = 'https://example.org/mini/entity/ivan';
const birth = (qualifiers: string) => `kind: event\nid: ivan-birth\ntype: birth\nlabels: { en: birth of Ivan }
date:\n  - value: 1880s\n    qualifiers: ${qualifiers}\n    references: [{ source: doc-a, quote: "born around 1887" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan was born" }]\n`;
const residence = `kind: event\nid: ivan-in-town\ntype: residence\nlabels: { en: Ivan in Town }
start:\n  - value: 1919\n    qualifiers: { sourcing: inferred }\n    references: [{ source: doc-a, quote: "at first", note: "the year is inferred" }]
locations:\n  - value: town\n    references: [{ source: doc-a, quote: "in Town" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan lived" }]\n`;

describe('sourcing circumstances', () => {
  it('marks an approximate date circa and an inferred start inferred, on the event and on the person, valid', async () => {
    const dataset = await loadDataset(await tempData({ 'birth.yaml': birth('{ sourcing: circa }'), 'residence.yaml': residence }));
    const store = new Store(buildGraph(dataset, { profile: 'full' }));
    const sourcing = (pid: string) => store.getObjects(IVAN, N.p + pid, null).flatMap((s) => store.getObjects(s, N.llpq + 'sourcing', null)).map((t) => t.value);
    expect(sourcing('P569')).toEqual([N.llc + 'circa']);
    expect(sourcing('P551')).toEqual([N.llc + 'inferred']);
    const event = 'https://example.org/mini/entity/ivan-in-town';
    expect(store.getObjects(event, N.p + 'P580', null).flatMap((s) => store.getObjects(s, N.llpq + 'sourcing', null)).map((t) => t.value)).toEqual([N.llc + 'inferred']);
    expect(store.getObjects(N.llc + 'circa', N.rdfs + 'label', null).map((t) => t.value)[0]).toMatch(/^circa/);
    for (const profile of ['truthy', 'full'] as const) expect((await validateDataset(dataset, { profile })).results, profile).toEqual([]);
  });

  it('refuses a sourcing that is not a sourcing concept, naming file, entity and field', async () => {
    const result = await safeLoadDataset(await tempData({ 'birth.yaml': birth('{ sourcing: writer }') }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'wrong_target', entity: 'ivan-birth', path: ['date', 0, 'qualifiers', 'sourcing'] })]);
    expect(formatIssue(issues[0]!)).toMatch(/birth\.yaml:7: ivan-birth: date\[0\]\.qualifiers\.sourcing: "writer" is a concept of group occupation, but this field takes concept:sourcing/);
  });
});
