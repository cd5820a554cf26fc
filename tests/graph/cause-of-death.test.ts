// Cause of death (P509): given on a death event (`causeOfDeath`, a causeOfDeath concept), written on
// the event and derived onto the person who died, with rank and references (docs/data-format.md).
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset, safeLoadDataset } from '../../src/load/load-dataset.js';
import { formatIssue } from '../../src/errors.js';
import { validateDataset } from '../../src/pipeline.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const BASE = 'https://example.org/mini/';
const IVAN = `${BASE}entity/ivan`;
const HEART = 'kind: concept\nid: heart-attack\ngroup: causeOfDeath\nlabel: heart attack\n';
const event = (type: string, cause: string) => `kind: event\nid: ivan-death\ntype: ${type}\nlabels: { en: death of Ivan }
date:\n  - value: 1947-11-17\n    references: [{ source: doc-a, quote: "on 17 November 1947" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan died" }]
causeOfDeath:\n  - value: ${cause}\n    references: [{ source: doc-a, quote: "died of a heart attack" }]\n`;

describe('cause of death', () => {
  it('gives the person P509 from the death event, with its references, in both profiles, valid', async () => {
    const dataset = await loadDataset(await tempData({ 'heart.yaml': HEART, 'death.yaml': event('death', 'heart-attack') }));
    const truthy = new Store(buildGraph(dataset, { profile: 'truthy' }));
    expect(truthy.getObjects(IVAN, N.wdt + 'P509', null).map((t) => t.value)).toEqual([`${BASE}concept/heart-attack`]);
    expect(truthy.getObjects(`${BASE}entity/ivan-death`, N.wdt + 'P509', null).map((t) => t.value)).toEqual([`${BASE}concept/heart-attack`]);
    const full = new Store(buildGraph(dataset, { profile: 'full' }));
    const [statement] = full.getObjects(IVAN, N.p + 'P509', null);
    const quotes = full.getObjects(statement!, N.prov + 'wasDerivedFrom', null).flatMap((r) => full.getObjects(r, N.pr + 'P1683', null)).map((t) => t.value).sort();
    expect(quotes).toEqual(['Ivan died', 'died of a heart attack']);
    for (const profile of ['truthy', 'full'] as const) expect((await validateDataset(dataset, { profile })).results, profile).toEqual([]);
  });

  it('refuses a cause of death on an event that is not a death, naming file, entity and field', async () => {
    const result = await safeLoadDataset(await tempData({ 'heart.yaml': HEART, 'death.yaml': event('illness', 'heart-attack') }));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'schema', file: expect.stringMatching(/death\.yaml$/), entity: 'ivan-death', path: ['causeOfDeath'] });
    expect(formatIssue(issues[0]!)).toMatch(/death\.yaml:11: ivan-death: causeOfDeath: causeOfDeath is for death events, but this event's type is "illness"/);
  });

  it('refuses a value that is not a cause-of-death concept', async () => {
    const result = await safeLoadDataset(await tempData({ 'death.yaml': event('death', 'writer') }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'wrong_target', entity: 'ivan-death', path: ['causeOfDeath', 0, 'value'] })]);
    expect(issues[0]!.message).toMatch(/takes concept:causeOfDeath/);
  });
});
