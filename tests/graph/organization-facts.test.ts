// An organisation's or place's own facts as Wikidata holds them (issue #15): start and end as inception
// P571 and dissolved P576 (P580/P582 stay qualifiers), founders P112, the administrative unit it lies in P131,
// any other place it is at P276.
import { describe, expect, it } from 'vitest';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { formatIssue } from '../../src/errors.js';
import { tempData } from '../helpers/temp-data.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { expectValid, miniGraphs, MINI_ENTITY, quotesOf, ref, statementValues, values } from '../helpers/statements.js';

/** A printers' union in Town, founded by Ivan, dissolved in 1931; a press on the river beside it. */
const UNION = `kind: organization\nid: union\ntype: organization\nlabels: { en: Printers' Union }
locatedIn:\n  - value: town\n    ${ref('the union of Town')}
foundedBy:\n  - value: ivan\n    ${ref('founded by Ivan')}
start:\n  - value: 1905\n    ${ref('founded in 1905')}
end:\n  - value: 1931-06\n    ${ref('dissolved in June 1931')}\n`;
const RIVER = `kind: place\nid: the-river\ntype: river\nlabels: { en: The River }\n`;
const PRESS = `kind: place\nid: press\ntype: building\nlabels: { en: The Press }
locatedIn:\n  - value: town\n    ${ref('the press in Town')}
location:\n  - value: the-river\n    ${ref('on the river')}
start:\n  - value: 1890\n    ${ref('built in 1890')}\n`;

describe('an organisation: inception, dissolution, founders, administrative unit', () => {
  it('writes start and end as inception P571 and dissolved P576, founders as P112, locatedIn as P131', async () => {
    const { dataset, truthy, full } = await miniGraphs({ 'union.yaml': UNION });
    const union = `${MINI_ENTITY}union`;
    expect(values(truthy, union, N.wdt + 'P571')).toEqual(['1905-01-01T00:00:00Z']);
    expect(values(truthy, union, N.wdt + 'P576')).toEqual(['1931-06-01T00:00:00Z']);
    expect(values(truthy, union, N.wdt + 'P112')).toEqual([`${MINI_ENTITY}ivan`]);
    expect(values(truthy, union, N.wdt + 'P131')).toEqual([`${MINI_ENTITY}town`]);
    // Start and end time stay qualifiers: the organisation itself has none, nor a plain location.
    for (const pid of ['P580', 'P582', 'P276']) expect(values(truthy, union, N.wdt + pid), pid).toEqual([]);
    expect(statementValues(full, union, 'P571')).toEqual(['1905-01-01T00:00:00Z']);
    expect(statementValues(full, union, 'P112')).toEqual([`${MINI_ENTITY}ivan`]);
    expect(quotesOf(full, union, 'P576')).toEqual(['dissolved in June 1931']);
    // The full value keeps the precision: a month.
    const [node] = full.getObjects(full.getObjects(union, N.p + 'P576', null)[0]!, N.psv + 'P576', null);
    expect(values(full, node!.value, N.wikibase + 'timePrecision')).toEqual(['10']);
    await expectValid(dataset);
  });

  it('writes a place in an administrative unit as P131, and beside a river as P276', async () => {
    const { dataset, truthy } = await miniGraphs({ 'river.yaml': RIVER, 'press.yaml': PRESS });
    expect(values(truthy, `${MINI_ENTITY}press`, N.wdt + 'P131')).toEqual([`${MINI_ENTITY}town`]);
    expect(values(truthy, `${MINI_ENTITY}press`, N.wdt + 'P276')).toEqual([`${MINI_ENTITY}the-river`]);
    expect(values(truthy, `${MINI_ENTITY}press`, N.wdt + 'P571')).toEqual(['1890-01-01T00:00:00Z']);
    await expectValid(dataset);
  });

  it('refuses a founder that is not a person or an organisation, naming file, entity and field', async () => {
    const result = await safeLoadDataset(await tempData({ 'union.yaml': UNION.replace('  - value: ivan\n', '  - value: town\n') }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'wrong_target', entity: 'union', path: ['foundedBy', 0, 'value'] })]);
    expect(formatIssue(issues[0]!)).toMatch(/union\.yaml.*union: foundedBy\[0\]\.value: "town" is a place, but this field takes person or organization/);
  });

  it('refuses locatedIn a river, which is no administrative unit, and says to use location', async () => {
    const press = PRESS.replace('locatedIn:\n  - value: town\n', 'locatedIn:\n  - value: the-river\n');
    const result = await safeLoadDataset(await tempData({ 'river.yaml': RIVER, 'press.yaml': press }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'wrong_target', entity: 'press', path: ['locatedIn', 0, 'value'] })]);
    expect(formatIssue(issues[0]!)).toMatch(/press\.yaml.*press: locatedIn\[0\]\.value: "the-river" is a river, not an administrative unit .*write it under location: instead/);
  });
});
