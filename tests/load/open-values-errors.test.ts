// Bad open values — a property nobody declared, a value of the wrong type for its datatype, a fact
// typed twice, a broken property declaration — are rejected with file, entity, field, line and what
// was expected, in the loader and in JSON Lines input alike.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, type InputIssue } from '../../src/errors.js';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { parseLine } from '../../src/load/read-jsonl.js';
import { propertyTable } from '../../src/model/property-table.js';
import { tempData } from '../helpers/temp-data.js';

const FIXTURE = path.resolve('tests/fixtures/open-values');

async function issuesFor(files: Record<string, string>): Promise<InputIssue[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-open-'));
  await cp(FIXTURE, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const result = await safeLoadDataset(dir);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

const REF = 'references: [{ source: register, quote: "q" }]';
const person = (claims: string) => `kind: person\nid: eve\nlabels: { en: Eve }\n${claims}`;
const claim = (key: string, value: string) => person(`claims:\n  ${key}:\n    - value: ${value}\n      ${REF}\n`);

describe('a value of the wrong type for its datatype', () => {
  it.each([
    ['external-id', 'P214', '123456789', /P214 \(VIAF ID\) is an external-id property: expected an identifier .*got 123456789/],
    ['quantity', 'P1104', 'five', /P1104 \(number of pages\) is a quantity property: expected a number .*"five" is not a decimal number/],
    ['quantity bounds', 'P1104', '{ amount: 5, lowerBound: 4 }', /give both lowerBound and upperBound, or neither/],
    ['quantity outside its bounds', 'P1104', '{ amount: 9, lowerBound: 4, upperBound: 6 }', /the bounds must hold the amount/],
    ['quantity too large for a number', 'P1104', '1e21', /give the amount as a string/],
    ['globe-coordinate', 'workshopAt', '{ latitude: 200, longitude: 2 }', /workshopAt \(workshop location\) is a globe-coordinate property: .*a latitude from -90 to 90 degrees \(at latitude\)/],
    ['globe-coordinate without longitude', 'workshopAt', '{ latitude: 20 }', /workshopAt .*longitude/],
    ['commonsMedia with File:', 'portrait', '"File:Eve.jpg"', /the file name without "File:" in front/],
    ['commonsMedia without extension', 'portrait', 'Eve portrait', /ends with its extension/],
    ['url', 'letter', 'not a url', /letter \(letter\) is a url property: expected a URL/],
    ['time', 'licensed', '1890-13-45', /licensed \(licensed on\) is a time property/],
    ['monolingualtext', 'remark', 'just text', /remark \(remark\) is a monolingualtext property: expected \{ text, lang \}/],
    ['string', 'workshopSign', '{ text: x }', /workshopSign \(workshop sign\) is a string property: expected a text/],
  ])('%s', async (_kind, key, value, message) => {
    const [issue] = await issuesFor({ 'eve.yaml': claim(key, value) });
    expect(issue).toMatchObject({ code: 'schema', entity: 'eve', path: ['claims', key, 0, 'value'], file: expect.stringMatching(/eve\.yaml$/) });
    expect(issue!.message).toMatch(message);
    expect(issue!.line).toBe(6);
    expect(formatIssue(issue!)).toMatch(/eve\.yaml:6/);
  });

  it('an item that is no entity, concept or Wikidata id', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': claim('trainedBy', 'nobody') });
    expect(issue).toMatchObject({ code: 'unknown_reference', entity: 'eve', path: ['claims', 'trainedBy', 0, 'value'] });
  });

  it("a quantity's unit and a coordinate's globe must exist too", async () => {
    const issues = await issuesFor({ 'eve.yaml': person(`claims:\n  P1104:\n    - value: { amount: 3, unit: no-such-unit }\n      ${REF}\n  workshopAt:\n    - value: { latitude: 1, longitude: 2, globe: no-such-globe }\n      ${REF}\n`) });
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['claims.P1104.0.value.unit', 'claims.workshopAt.0.value.globe']);
  });
});

describe('properties nobody declared', () => {
  it('an unknown property id under claims', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': claim('P99999999', '"x"') });
    expect(issue).toMatchObject({ entity: 'eve', path: ['claims', 'P99999999'], line: expect.any(Number) });
    expect(issue!.message).toMatch(/"P99999999" is not a known property: use a Wikidata property id linked-lives knows .* or declare it in the manifest's properties: table/);
  });

  it('suggests the property a label names', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': claim('"VIAF ID"', '"123"') });
    expect(issue!.message).toMatch(/Did you mean P214 \(VIAF ID\)\?/);
  });

  it('an unknown qualifier or reference key, with the near field it probably meant', async () => {
    const issues = await issuesFor({ 'eve.yaml': person(`claims:\n  workshopSign:\n    - value: X\n      qualifiers: { startTme: 1890 }\n      references: [{ source: register, quote: q, P9999999: 1 }]\n`) });
    expect(issues.map((i) => [i.path.join('.'), i.message.match(/Did you mean ([^?]+)\?/)?.[1]])).toEqual([
      ['claims.workshopSign.0.qualifiers.startTme', 'the field startTime'],
      ['claims.workshopSign.0.references.0.P9999999', undefined],
    ]);
  });

  it('a qualifier by property id of the wrong type', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': person(`claims:\n  workshopSign:\n    - value: X\n      qualifiers: { P813: yesterday }\n      ${REF}\n`) });
    expect(issue).toMatchObject({ path: ['claims', 'workshopSign', 0, 'qualifiers', 'P813'] });
    expect(issue!.message).toMatch(/P813 \(retrieved\) is a time property/);
  });
});

describe('no fact typed twice', () => {
  it('a property under claims and as a named field of the same entity', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': person(`pseudonyms:\n  - value: E\n    ${REF}\nclaims:\n  P742:\n    - value: E2\n      ${REF}\n`) });
    expect(issue!.message).toBe('P742 (pseudonym) is given twice: under claims and as the field pseudonyms; keep one of them, so that no fact is typed twice');
  });

  it('an identifier under claims and under identifiers', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': person(`identifiers:\n  viaf:\n    - value: "123"\nclaims:\n  P214:\n    - value: "123"\n`) });
    expect(issue!.message).toMatch(/P214 \(VIAF ID\) is given twice: under claims and as the field identifiers\.viaf/);
  });

  it('an identifier written as a number, which YAML would read as one', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': person(`identifiers:\n  gnd:\n    - value: 1012345678\n`) });
    expect(issue).toMatchObject({ path: ['identifiers', 'gnd', 0, 'value'] });
    expect(issue!.message).toMatch(/an identifier is text: write it in quotes, "1012345678"/);
  });

  it('an authority linked-lives does not know', async () => {
    const [issue] = await issuesFor({ 'eve.yaml': person(`identifiers:\n  vaif:\n    - value: "123"\n`) });
    expect(issue).toMatchObject({ entity: 'eve', path: ['identifiers', 'vaif'] });
    expect(issue!.message).toMatch(/"vaif" is not an authority linked-lives knows: one of viaf, isni, gnd/);
  });
});

describe('the properties table of the manifest', () => {
  const manifestWith = async (extra: string) => {
    const text = (await import('node:fs')).readFileSync(path.join(FIXTURE, 'dataset.yaml'), 'utf8').replace('properties:\n', `properties:\n${extra}`);
    return issuesFor({ 'dataset.yaml': text });
  };

  it('a built-in property declared again', async () => {
    const [issue] = await manifestWith('  P214:\n    datatype: string\n    labels: { en: viaf }\n');
    expect(issue).toMatchObject({ code: 'manifest', path: ['properties', 'P214'] });
    expect(issue!.message).toBe('P214 (VIAF ID) is built in, with its datatype: remove it from properties:');
  });

  it.each([
    ['an unknown datatype', '  height:\n    datatype: number\n    labels: { en: h }\n', /a Wikibase datatype: wikibase-item, string/],
    ['a formatter URI on a string property', '  code:\n    datatype: string\n    labels: { en: c }\n    formatterUri: https://x.org/$1\n', /formatterUri is for external-id properties only/],
    ['a formatter URI without $1', '  code:\n    datatype: external-id\n    labels: { en: c }\n    formatterUri: https://x.org/\n', /a URI with \$1 where the identifier goes/],
    ['a format that does not compile', '  code:\n    datatype: external-id\n    labels: { en: c }\n    format: "[a-"\n', /a regular expression .* that compiles/],
    ['a key that is neither a P id nor a name', '  Print-Run:\n    datatype: quantity\n    labels: { en: p }\n', /"Print-Run" is not a Wikidata property id such as P1545, or a name/],
    ['a name a reference field has', '  note:\n    datatype: string\n    labels: { en: n }\n', /"note" is the name of a reference field already: choose another name/],
    ['a name a qualifier has', '  role:\n    datatype: string\n    labels: { en: r }\n', /"role" is the name of a qualifier already/],
  ])('%s', async (_what, extra, message) => {
    const [issue] = await manifestWith(extra);
    expect(issue!.file).toMatch(/dataset\.yaml$/);
    expect(issue!.message).toMatch(message);
  });
});

describe('JSON Lines input', () => {
  it('types open values with the manifest\'s properties, and reports a bad one with its line', () => {
    const table = propertyTable({ properties: { printRun: { datatype: 'quantity', labels: { en: 'print run' }, descriptions: {} } } });
    const good = parseLine('in.jsonl', 3, JSON.stringify({ kind: 'person', id: 'eve', labels: { en: 'Eve' }, claims: { printRun: [{ value: '007' }] } }), table);
    expect('entity' in good && good.entity.claims.printRun![0]!.snak).toEqual({ type: 'value', value: { amount: '+7' } });
    const bad = parseLine('in.jsonl', 4, JSON.stringify({ kind: 'person', id: 'eve', labels: { en: 'Eve' }, claims: { printRun: [{ value: 'many' }] } }), table);
    expect(bad).toMatchObject({ issue: { file: 'in.jsonl', line: 4, entity: 'eve', path: ['claims', 'printRun', 0, 'value'] } });
    const unknown = parseLine('in.jsonl', 5, JSON.stringify({ kind: 'person', id: 'eve', labels: { en: 'Eve' }, claims: { printRun: [{ value: 1 }] } }));
    expect('issue' in unknown && unknown.issue.message).toMatch(/"printRun" is not a known property/);
  });
});

it('the mini fixture still loads (no claims, no identifiers)', async () => {
  expect((await safeLoadDataset(await tempData())).ok).toBe(true);
});
