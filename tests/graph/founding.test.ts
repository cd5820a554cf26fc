// A founding event gives what it founds (an organisation or a work) its inception (P571) from its date
// and its founders (P112) from the participants in the role founder; a dissolution gives P576.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/pipeline.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { expectValid, miniGraphs, MINI_ENTITY, quotesOf, ref, values } from '../helpers/statements.js';

const FOUNDING = `kind: event\nid: founding-of-the-union\ntype: founding\nlabels: { en: founding of the union }
date:\n  - value: 1905-03-01\n    ${ref('on 1 March 1905 the union was founded')}
participants:
  - value: union\n    ${ref('the union was founded')}
  - value: ivan\n    qualifiers: { role: founder }\n    ${ref('Ivan founded it')}
  - value: petr\n    qualifiers: { role: organizer }\n    ${ref('Petr spoke at the meeting')}\n`;
const PETR = `kind: person\nid: petr\nlabels: { en: Petr }\n`;
const BARE_UNION = `kind: organization\nid: union\ntype: organization\nlabels: { en: Printers' Union }\n`;
const DISSOLUTION = `kind: event\nid: end-of-the-union\ntype: dissolution\nlabels: { en: end of the union }
date:\n  - value: 1931\n    ${ref('the union was dissolved in 1931')}
participants:\n  - value: union\n    ${ref('the union was dissolved')}\n`;

describe('a founding event', () => {
  it('gives what it founds an inception from its date and founders from the participants in the role founder', async () => {
    const { dataset, truthy, full } = await miniGraphs({ 'union.yaml': BARE_UNION, 'petr.yaml': PETR, 'founding.yaml': FOUNDING, 'end.yaml': DISSOLUTION });
    const union = `${MINI_ENTITY}union`;
    expect(values(truthy, union, N.wdt + 'P571')).toEqual(['1905-03-01T00:00:00Z']);
    // An organiser is not a founder.
    expect(values(truthy, union, N.wdt + 'P112')).toEqual([`${MINI_ENTITY}ivan`]);
    expect(values(truthy, union, N.wdt + 'P576')).toEqual(['1931-01-01T00:00:00Z']);
    // The derived statements carry the event's references and those of the participation.
    expect(quotesOf(full, union, 'P571')).toEqual(['on 1 March 1905 the union was founded', 'the union was founded']);
    expect(quotesOf(full, union, 'P112')).toEqual(['Ivan founded it', 'the union was founded']);
    // No role qualifier is left on the founder statement: the property says it.
    const [founder] = full.getObjects(union, N.p + 'P112', null);
    expect(values(full, founder!.value, N.pq + 'P3831')).toEqual([]);
    // The founders themselves get nothing from it.
    expect(values(truthy, `${MINI_ENTITY}ivan`, N.wdt + 'P793')).not.toContain(`${MINI_ENTITY}founding-of-the-union`);
    await expectValid(dataset);
  });

  it('with a start field that says otherwise gives two best-ranked inceptions, which SHACL reports', async () => {
    const union = BARE_UNION + `start:\n  - value: 1906\n    ${ref('founded in 1906')}\n`;
    const { dataset } = await miniGraphs({ 'union.yaml': union, 'petr.yaml': PETR, 'founding.yaml': FOUNDING });
    const { results } = await validateDataset(dataset, { profile: 'truthy' });
    expect(results).toEqual([expect.objectContaining({ path: 'wdt:P571', message: expect.stringMatching(/at most one best-ranked start \(inception\)/) })]);
  });
});

