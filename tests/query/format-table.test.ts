// The table printer: terms in Turtle form with known prefixes, bare numbers and booleans, aligned columns.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { compactIri, compactor, formatTable, formatTerm } from '../../src/query/format-table.js';

const { namedNode, literal, blankNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('formatTerm', () => {
  it.each([
    [namedNode('http://www.wikidata.org/prop/statement/P569'), 'ps:P569'],
    [namedNode('http://www.wikidata.org/prop/P569'), 'p:P569'],
    [namedNode('http://example.org/x'), '<http://example.org/x>'],
    [namedNode('http://www.wikidata.org/entity/Q5/odd'), '<http://www.wikidata.org/entity/Q5/odd>'],
    [literal('Brussels', 'en'), '"Brussels"@en'],
    [literal('say "hi"\n'), '"say \\"hi\\"\\n"'],
    [literal('1890-12-30T00:00:00Z', namedNode(`${XSD}dateTime`)), '"1890-12-30T00:00:00Z"^^xsd:dateTime'],
    [literal('42', namedNode(`${XSD}integer`)), '42'],
    [literal('042x', namedNode(`${XSD}integer`)), '"042x"^^xsd:integer'],
    [literal('true', namedNode(`${XSD}boolean`)), 'true'],
    [blankNode('b1'), '_:b1'],
  ])('%s → %s', (term, text) => expect(formatTerm(term)).toBe(text));

  it('uses extra prefixes, longest namespace first', () => {
    const prefixes = compactor({ ent: 'https://example.org/entity/', ex: 'https://example.org/' });
    expect(compactIri('https://example.org/entity/anna', prefixes)).toBe('ent:anna');
    expect(compactIri('https://example.org/other', prefixes)).toBe('ex:other');
  });
});

describe('formatTable', () => {
  it('aligns columns, leaves unbound cells empty and counts rows', () => {
    const text = formatTable({
      type: 'bindings', variables: ['item', 'label'],
      rows: [{ item: namedNode('http://www.wikidata.org/entity/Q5'), label: literal('human', 'en') }, { item: namedNode('http://www.wikidata.org/entity/Q42') }],
    });
    expect(text).toBe([
      'item   | label',
      '-------+-----------',
      'wd:Q5  | "human"@en',
      'wd:Q42 |',
      '(2 rows)',
      '',
    ].join('\n'));
  });

  it('prints ASK answers as true or false', () => {
    expect(formatTable({ type: 'boolean', value: false })).toBe('false\n');
  });
});
