// `linked-lives import wikidata` as a user runs it: every form Wikibase gives its JSON in, what goes
// where (named fields, events, claims), the summary, the options, and bad input without stack traces.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { freshPath, runCli, tempDir } from '../helpers/cli.js';

const FIXTURES = path.resolve('tests/fixtures/wikidata');
const person = () => readFile(path.join(FIXTURES, 'person.json'), 'utf8');
const entitiesOf = async () => Object.values(JSON.parse(await person()).entities as Record<string, unknown>);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
const hasBzip2 = spawnSync('sh', ['-c', 'command -v bzip2']).status === 0;

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, content);
  return file;
}

/** The JSON dump form: "[", one entity per line with a comma, "]". */
const dumpText = (entities: unknown[]) => `[\n${entities.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;

const yamlFile = async (dir: string, ...parts: string[]) => parse(await readFile(path.join(dir, ...parts), 'utf8'));

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

describe('import wikidata: the forms Wikibase serves', () => {
  it('reads a Special:EntityData answer (pretty-printed), and writes a data directory that exports', async () => {
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Object.keys(await tree(out)).sort()).toEqual(['dataset.yaml', 'events/ada-quillfeather-birth.yaml', 'events/ada-quillfeather-death.yaml', 'persons/ada-quillfeather.yaml']);
    const exported = await runCli('export', '--data', out, '--out', await freshPath());
    // Wikidata's statements without references are exported, with a warning that they cite no source.
    expect(exported.stderr).toMatch(/^Warning: \d+ statements cite no source/);
    expect(exported.code).toBe(0);
  });

  it('reads one entity object, a JSON dump (gzip, named anything), and one entity per line, to the same files', async () => {
    const entities = await entitiesOf();
    const forms = [
      await write('Q999999001.json', JSON.stringify(entities[0])),
      await write('latest-all.json.gz', gzipSync(dumpText(entities))),
      await write('dump.data', gzipSync(dumpText(entities))),
      await write('entities.jsonl', entities.map((e) => JSON.stringify(e)).join('\n')),
    ];
    const trees: Record<string, string>[] = [];
    for (const file of forms) {
      const out = await freshPath();
      const r = await runCli('import', 'wikidata', file, '--out', out);
      expect(r.code, r.stderr).toBe(0);
      trees.push(await tree(out));
    }
    expect(trees.every((t) => JSON.stringify(t) === JSON.stringify(trees[0]))).toBe(true);
    expect(Object.keys(trees[0]!)).toContain('persons/ada-quillfeather.yaml');
  });

  it.skipIf(!hasBzip2)('reads a bzip2 dump through the bzip2 program', async () => {
    const plain = await write('dump.json', dumpText(await entitiesOf()));
    spawnSync('bzip2', ['-k', plain]);
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', `${plain}.bz2`, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(await yamlFile(out, 'persons', 'ada-quillfeather.yaml')).toMatchObject({ qid: 'Q999999001' });
  });

  it('gives the same files on every run (ids from labels, stable)', async () => {
    const [a, b] = [await freshPath(), await freshPath()];
    for (const out of [a, b]) expect((await runCli('import', 'wikidata', path.join(FIXTURES, 'work-and-translator.json'), '--out', out)).code).toBe(0);
    expect(await tree(b)).toEqual(await tree(a));
  });

  it('writes JSON Lines for the streaming export with --format jsonl', async () => {
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'), '--out', out, '--format', 'jsonl');
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['dataset.yaml', 'entities.jsonl']);
    const lines = (await readFile(path.join(out, 'entities.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['ada-quillfeather', 'ada-quillfeather-birth', 'ada-quillfeather-death']);
    const exported = await runCli('export', '--data', out, '--input', path.join(out, 'entities.jsonl'), '--out', await freshPath());
    expect(exported.code, exported.stderr).toBe(0);
  });
});

describe('import wikidata: where statements go', () => {
  it('person facts become events, other statements named fields or claims, with ranks, ids and references', async () => {
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const ada = await yamlFile(out, 'persons', 'ada-quillfeather.yaml');
    expect(ada).toMatchObject({ kind: 'person', id: 'ada-quillfeather', qid: 'Q999999001' });
    expect(ada.identifiers.viaf[0].value).toBeTypeOf('string');
    expect(ada.claims.P31[0].value).toBe('Q5');
    expect(ada.claims.P31[0].id).toMatch(/^[0-9A-Fa-f-]{36}$/); // the GUID's tail, kept
    const birth = await yamlFile(out, 'events', 'ada-quillfeather-birth.yaml');
    expect(birth).toMatchObject({ kind: 'event', type: 'birth', participants: [{ value: 'ada-quillfeather' }] });
    expect(birth.date.map((d: { rank?: string }) => d.rank ?? 'normal').sort()).toEqual(['normal', 'preferred']);
    expect(birth.date.some((d: { value: string }) => /Julian$/.test(d.value))).toBe(true);
    expect(birth.date.find((d: { rank?: string }) => d.rank === 'preferred').references).toHaveLength(2);
    const death = await yamlFile(out, 'events', 'ada-quillfeather-death.yaml');
    expect(death.locations[0]).toMatchObject({ unknownValue: true });
    expect(death.date[0].value).toEqual({ date: '1901-11', after: 1 }); // Wikibase's before / after, kept
    const json = await runCli('export', '--data', out, '--out', path.join(out, 'json'), '--format', 'wikibase-json');
    expect(json.code, json.stderr).toBe(0);
    const exported = (await readFile(path.join(out, 'json', 'wikibase.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const deathDate = exported.find((e) => e.id === 'ada-quillfeather-death').claims.P585[0].mainsnak.datavalue.value;
    expect(deathDate).toMatchObject({ time: '+1901-11-00T00:00:00Z', precision: 10, before: 0, after: 1 });
    // The summary says where each property went, and what was not imported.
    expect(r.stdout).toMatch(/P569 \(date of birth\): 2 to events/);
    expect(r.stdout).toMatch(/P106 \(occupation\): 3 to a named field/);
    expect(r.stdout).toMatch(/P973 \(described at URL\): 1 under claims/);
    expect(r.stdout).toMatch(/Not imported: 1 sitelinks/);
  });

  it('an entity the import also holds is referred to by its id; others stay QIDs', async () => {
    const out = await freshPath();
    expect((await runCli('import', 'wikidata', path.join(FIXTURES, 'work-and-translator.json'), '--out', out)).code).toBe(0);
    const files = Object.keys(await tree(out));
    const work = await yamlFile(out, files.find((f) => f.startsWith('works/'))!);
    const translator = files.find((f) => f.startsWith('persons/'))!.replace(/^persons\/|\.yaml$/g, '');
    expect(work.translators[0].value).toBe(translator);
    expect(work.authors[0].value).toMatch(/^Q\d+$/);
  });

  it('--lang keeps terms in those languages; --properties keeps those properties', async () => {
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'), '--out', out, '--lang', 'de', '--properties', 'P569,P106');
    expect(r.code, r.stderr).toBe(0);
    const ada = await yamlFile(out, 'persons', 'ada-quillfeather.yaml');
    expect(Object.keys(ada.labels)).toEqual(['de']);
    expect(Object.keys(ada).filter((k) => !['kind', 'id', 'qid', 'labels', 'descriptions', 'aliases'].includes(k))).toEqual(['occupations']);
    expect(r.stdout).toMatch(/P214 \(VIAF ID\): 1 not imported/);
    const bad = await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'), '--out', await freshPath(), '--properties', 'P569,date of birth');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--properties takes Wikidata property ids .*"date of birth" is not one/);
  });

  it('keeps bounds that do not hold the date as the P1319 / P1326 qualifiers they were', async () => {
    const [entity] = await entitiesOf() as { claims: Record<string, { qualifiers?: unknown; 'qualifiers-order'?: string[] }[]> }[];
    const late = { snaktype: 'value', property: 'P1319', datavalue: { type: 'time', value: { time: '+1900-00-00T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 9, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' } }, datatype: 'time' };
    entity!.claims.P569![0]!.qualifiers = { P1319: [late] };
    entity!.claims.P569![0]!['qualifiers-order'] = ['P1319'];
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', await write('one.json', JSON.stringify(entity)), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const birth = await yamlFile(out, 'events', 'ada-quillfeather-birth.yaml');
    expect(birth.date[0].qualifiers).toEqual({ P1319: ['1900'] });
  });

  it('says what it cannot import: a datatype linked-lives lacks, a time of day', async () => {
    const [entity] = await entitiesOf() as { claims: Record<string, unknown[]> }[];
    entity!.claims.P5008 = [{ mainsnak: { snaktype: 'value', property: 'P5008', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'lexeme', id: 'L7' } }, datatype: 'wikibase-lexeme' }, type: 'statement', id: 'Q999999001$L1', rank: 'normal' }];
    entity!.claims.P585 = [{ mainsnak: { snaktype: 'value', property: 'P585', datavalue: { type: 'time', value: { time: '+1901-02-03T04:05:00Z', timezone: 0, before: 0, after: 0, precision: 13, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' } }, datatype: 'time' }, type: 'statement', id: 'Q999999001$T1', rank: 'normal' }];
    const r = await runCli('import', 'wikidata', await write('one.json', JSON.stringify(entity)), '--out', await freshPath());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Q999999001 P5008: datatype wikibase-lexeme of P5008, which linked-lives does not have/);
    expect(r.stdout).toMatch(/Q999999001 P585 \(point in time\): a time of day .*linked-lives keeps dates to the day/);
  });
});

describe('import wikidata: bad input', () => {
  const bad = async (content: string | Buffer, ...options: string[]) => {
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', await write('input.json', content), '--out', out, ...options);
    noStackTrace(r.stderr);
    return { ...r, out };
  };

  it('a dump cut short: exit 2 naming the line, nothing written', async () => {
    const text = dumpText(await entitiesOf());
    const r = await bad(text.slice(0, 500));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2 is not a complete JSON entity \(cut short\?\)/);
    expect(existsSync(r.out)).toBe(false);
    expect((await readdir(path.dirname(r.out))).filter((n) => n.includes('.importing-'))).toEqual([]);
  });

  it('a JSON document that is not an entity: exit 2', async () => {
    const r = await bad(JSON.stringify({ hello: 'world' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a Wikibase entity: an entity is an object with "type" and "id"/);
  });

  it('a datatype no Wikibase has: exit 2 naming the entity; --on-error skip lists it and goes on', async () => {
    const entities = await entitiesOf() as { claims: Record<string, { mainsnak: { datatype: string } }[]> }[];
    entities[0]!.claims.P569![0]!.mainsnak.datatype = 'wikibase-timestamp';
    const farTown = {
      type: 'item', id: 'Q999999050', labels: { en: { language: 'en', value: 'Far Town' } },
      claims: {
        P31: [{ mainsnak: { snaktype: 'value', property: 'P31', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 999999051, id: 'Q999999051' } }, datatype: 'wikibase-item' }, type: 'statement', id: 'Q999999050$Y', rank: 'normal' }],
        P625: [{ mainsnak: { snaktype: 'value', property: 'P625', datavalue: { type: 'globecoordinate', value: { latitude: 1, longitude: 2, altitude: null, precision: 0.1, globe: 'http://www.wikidata.org/entity/Q2' } }, datatype: 'globe-coordinate' }, type: 'statement', id: 'Q999999050$X', rank: 'normal' }],
      },
    };
    const stop = await bad(dumpText([...entities, farTown]));
    expect(stop.code).toBe(2);
    expect(stop.stderr).toMatch(/input\.json:2.*P569 of Q999999001 has the datatype "wikibase-timestamp", which no Wikibase has/);
    expect(existsSync(stop.out)).toBe(false);
    const skip = await bad(dumpText([...entities, farTown]), '--on-error', 'skip');
    expect(skip.code, skip.stderr).toBe(0);
    expect(skip.stdout).toMatch(/Skipped \(1\):\n.*input\.json:2 Q999999001: P569 of Q999999001 has the datatype "wikibase-timestamp"/);
    expect(Object.keys(await tree(skip.out))).toContain('places/far-town.yaml');
  });

  it('an item whose kind cannot be told, usage mistakes, a folder that is not empty, a missing file: exit 2', async () => {
    const r = await bad(JSON.stringify({ type: 'item', id: 'Q999999060', labels: { en: { language: 'en', value: 'Mystery' } }, claims: {} }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not tell what kind of entity Q999999060 is/);
    expect((await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'))).stderr).toMatch(/give --out DIR .* or --into DATA_DIR/);
    expect((await runCli('import', 'wikipedia', 'x.json', '--out', await freshPath())).stderr).toMatch(/import takes what to import first: linked-lives import wikidata FILE/);
    const full = await tempDir();
    await mkdir(path.join(full, 'persons'));
    const notEmpty = await runCli('import', 'wikidata', path.join(FIXTURES, 'person.json'), '--out', full);
    expect(notEmpty.code).toBe(2);
    expect(notEmpty.stderr).toMatch(/the folder is not empty: import into a new folder, or merge into this dataset with --into/);
    const missing = await runCli('import', 'wikidata', '/nonexistent/Q1.json', '--out', await freshPath());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the input: no such file/);
    noStackTrace(missing.stderr);
  });
});

describe('import wikidata: manner of death', () => {
  it('puts a person\'s P1196 into the death event, beside the date, as the export derives it from there', async () => {
    const [entity] = (await entitiesOf()) as { claims: Record<string, unknown[]> }[];
    const manner = { mainsnak: { snaktype: 'somevalue', property: 'P1196', datatype: 'wikibase-item' }, type: 'statement', id: 'Q999999001$0E0C93C6-5D3B-4F36-9C2C-1196A0000001', rank: 'normal', references: [] };
    const file = await write('with-manner.json', JSON.stringify({ ...entity, claims: { ...entity!.claims, P1196: [manner] } }));
    const out = await freshPath();
    const r = await runCli('import', 'wikidata', file, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/P1196 \(manner of death\): 1 to events/);
    const death = await yamlFile(out, 'events', 'ada-quillfeather-death.yaml');
    expect(death.mannerOfDeath).toEqual([expect.objectContaining({ unknownValue: true })]);
    expect(death.date).toHaveLength(1);
    expect((await yamlFile(out, 'persons', 'ada-quillfeather.yaml')).claims?.P1196).toBeUndefined();
  });
});
