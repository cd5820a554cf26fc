// Manner of death (P1196): given on a death event (`mannerOfDeath`, a mannerOfDeath concept: homicide …),
// written on the event and derived onto the person who died, so that "murdered" can be said.
import { describe, expect, it } from 'vitest';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { formatIssue } from '../../src/errors.js';
import { tempData } from '../helpers/temp-data.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { expectValid, miniGraphs, MINI_ENTITY, quotesOf, ref, statementValues, values } from '../helpers/statements.js';

const DEATH = (type: string, manner: string) => `kind: event\nid: ivan-death\ntype: ${type}\nlabels: { en: death of Ivan }
date:\n  - value: 1940-08-21\n    ${ref('on 21 August 1940')}
participants:\n  - value: ivan\n    ${ref('Ivan was killed')}
mannerOfDeath:\n  - value: ${manner}\n    ${ref('he was killed')}\n`;

describe('manner of death', () => {
  it('is given on the death event and derived onto the person as P1196', async () => {
    const { dataset, truthy, full } = await miniGraphs({ 'death.yaml': DEATH('death', 'homicide') });
    const homicide = 'https://w3id.org/linked-lives/concept/homicide';
    expect(values(truthy, `${MINI_ENTITY}ivan`, N.wdt + 'P1196')).toEqual([homicide]);
    expect(values(truthy, `${MINI_ENTITY}ivan-death`, N.wdt + 'P1196')).toEqual([homicide]);
    expect(statementValues(full, `${MINI_ENTITY}ivan`, 'P1196')).toEqual([homicide]);
    expect(quotesOf(full, `${MINI_ENTITY}ivan`, 'P1196')).toEqual(['Ivan was killed', 'he was killed']);
    expect(values(truthy, homicide, N.rdfs + 'label')).toEqual(['homicide (killed by another person: murder, assassination)']);
    await expectValid(dataset);
  });

  it('is refused on an event that is not a death, naming file, entity and field', async () => {
    const result = await safeLoadDataset(await tempData({ 'death.yaml': DEATH('arrest', 'homicide') }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'schema', entity: 'ivan-death', path: ['mannerOfDeath'] })]);
    expect(formatIssue(issues[0]!)).toMatch(/death\.yaml:11: ivan-death: mannerOfDeath: mannerOfDeath is for death events, but this event's type is "arrest"/);
  });

  it('takes a manner-of-death concept only', async () => {
    const result = await safeLoadDataset(await tempData({ 'death.yaml': DEATH('death', 'writer') }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'wrong_target', entity: 'ivan-death', path: ['mannerOfDeath', 0, 'value'] })]);
    expect(issues[0]!.message).toMatch(/takes concept:mannerOfDeath/);
  });
});

