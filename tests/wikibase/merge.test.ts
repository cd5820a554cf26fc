// `import wikidata --into DATA_DIR`: Wikidata's statements beside our own, matched by QID, identical
// ones not added twice, each added one citing the Wikidata item, nothing of ours changed.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { tempData } from '../helpers/temp-data.js';

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';
const item = (id: string) => ({ type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id } });
const time = (t: string, precision: number, calendar = GREGORIAN) => ({ type: 'time', value: { time: t, timezone: 0, before: 0, after: 0, precision, calendarmodel: calendar } });
const statement = (qid: string, n: number, property: string, datavalue: unknown, datatype: string) =>
  ({ mainsnak: { snaktype: 'value', property, datavalue, datatype }, type: 'statement', id: `${qid}$0000000${n}-0000-0000-0000-000000000000`, rank: 'normal' });

/** Ivan as Wikidata might have him: his birth date as we have it, an occupation and a birthplace we lack. */
const IVAN = {
  type: 'item', id: 'Q999999201', labels: { en: { language: 'en', value: 'Ivan Petrov' } },
  claims: {
    P31: [statement('Q999999201', 1, 'P31', item('Q5'), 'wikibase-item')],
    P569: [statement('Q999999201', 2, 'P569', time('+1879-10-26T00:00:00Z', 11, JULIAN), 'time')],
    P106: [statement('Q999999201', 3, 'P106', item('Q36180'), 'wikibase-item')],
    P19: [statement('Q999999201', 4, 'P19', item('Q999999202'), 'wikibase-item')],
  },
};
/** A place the dataset does not have. */
const VILLAGE = {
  type: 'item', id: 'Q999999202', labels: { en: { language: 'en', value: 'Old Village' } },
  claims: { P625: [{ ...statement('Q999999202', 5, 'P625', { type: 'globecoordinate', value: { latitude: 55.1, longitude: 37.2, altitude: null, precision: 0.1, globe: 'http://www.wikidata.org/entity/Q2' } }, 'globe-coordinate') }],
    P31: [statement('Q999999202', 6, 'P31', item('Q999999203'), 'wikibase-item')] },
};

async function setUp() {
  const person = (await readFile('tests/fixtures/mini/person.yaml', 'utf8')).replace('id: ivan\n', 'id: ivan\nqid: Q999999201 # matched by this QID\n');
  const data = await tempData({ 'person.yaml': `# Ivan, as the parish register gives him.\n${person}` });
  const input = path.join(await tempDir(), 'wikidata.json');
  await writeFile(input, JSON.stringify({ entities: { Q999999201: IVAN, Q999999202: VILLAGE } }));
  return { data, input };
}

describe('import wikidata --into an existing dataset', () => {
  it('adds what the dataset lacks beside its own statements, marked as from Wikidata, and keeps the files as they were', async () => {
    const { data, input } = await setUp();
    const before = { person: await readFile(path.join(data, 'person.yaml'), 'utf8'), birth: await readFile(path.join(data, 'birth.yaml'), 'utf8') };
    const r = await runCli('import', 'wikidata', input, '--into', data);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Into .*: 2 statements added to 2 entities of the dataset, 1 new entity, 2 statements already there/);
    expect(r.stdout).toMatch(/P569 \(date of birth\): 1 to events, 1 already there/);

    const person = await readFile(path.join(data, 'person.yaml'), 'utf8');
    expect(person.startsWith(before.person)).toBe(true); // appended to, nothing of ours changed
    expect(person).toMatch(/# Ivan, as the parish register gives him\./);
    const ivan = parse(person);
    expect(ivan.occupations).toEqual([{ id: '00000003-0000-0000-0000-000000000000', value: 'writer', references: [{ P854: ['https://www.wikidata.org/wiki/Q999999201'] }] }]);

    // The birthplace joins our own birth event of Ivan; the birth date we already had is not added.
    const birth = parse(await readFile(path.join(data, 'birth.yaml'), 'utf8'));
    expect(birth.date).toHaveLength(parse(before.birth).date.length);
    expect(birth.locations.at(-1)).toMatchObject({ value: 'old-village', references: [{ P854: ['https://www.wikidata.org/wiki/Q999999201'] }] });
    expect(parse(await readFile(path.join(data, 'places', 'old-village.yaml'), 'utf8'))).toMatchObject({ kind: 'place', qid: 'Q999999202' });

    // Two places of birth of one rank now: validation tells the historian to rank them.
    const exported = await runCli('export', '--data', data, '--out', path.join(await tempDir(), 'out'));
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/person\.yaml: ivan \(Ivan Petrov\): wdt:P19: one best-ranked place of birth/);
  });

  it('a second import of the same JSON adds nothing', async () => {
    const { data, input } = await setUp();
    expect((await runCli('import', 'wikidata', input, '--into', data)).code).toBe(0);
    const person = await readFile(path.join(data, 'person.yaml'), 'utf8');
    const again = await runCli('import', 'wikidata', input, '--into', data);
    // The village is now the dataset's: matched by its QID, its statements are already there.
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/: 0 statements added to 0 entities of the dataset, 0 new entities/);
    expect(await readFile(path.join(data, 'person.yaml'), 'utf8')).toBe(person);
  });

  it('leaves the dataset untouched when the merged data would not load', async () => {
    const { data } = await setUp();
    const bad = { ...IVAN, claims: { ...IVAN.claims, P22: [statement('Q999999201', 7, 'P22', item('Q999999202'), 'wikibase-item')] } }; // a place as father
    const input = path.join(await tempDir(), 'bad.json');
    await writeFile(input, JSON.stringify({ entities: { Q999999201: bad, Q999999202: VILLAGE } }));
    const person = await readFile(path.join(data, 'person.yaml'), 'utf8');
    const r = await runCli('import', 'wikidata', input, '--into', data);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/person\.yaml(:\d+)?: ivan: father\[1\]\.value: "old-village" is a place, but this field takes person \(after merging the imported statements: nothing was changed\)/);
    expect(r.stderr).not.toMatch(/merging-\d+/);
    expect(await readFile(path.join(data, 'person.yaml'), 'utf8')).toBe(person);
  });
});
