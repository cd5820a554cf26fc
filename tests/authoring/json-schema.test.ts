// The JSON Schemas of the data files (src/authoring/json-schema.ts), read as an editor reads them: by a
// JSON Schema validator that knows nothing of zod (tests/helpers/json-schema-check.ts, since none is
// installed). Every data file of data/ must pass, and files the loader refuses must not.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchema, type SchemaName } from '../../src/authoring/json-schema.js';
import { jsonSchemaErrors } from '../helpers/json-schema-check.js';

const DATA = path.resolve('data');

async function dataFiles(): Promise<{ file: string; value: Record<string, unknown> }[]> {
  const names = (await readdir(DATA, { recursive: true })).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ file: name, value: parse(await readFile(path.join(DATA, name), 'utf8')) })));
}

const schemaFor = (file: string, value: Record<string, unknown>): SchemaName =>
  path.basename(file) === 'dataset.yaml' ? 'dataset' : (value.kind as SchemaName);

const errors = (name: SchemaName, value: unknown) => jsonSchemaErrors(jsonSchema(name), value);

describe('JSON Schema of the data files', () => {
  it('accepts every file of data/ (manifest, concepts and each kind of entity)', async () => {
    const files = await dataFiles();
    const kinds = new Set(files.map(({ file, value }) => schemaFor(file, value)));
    expect([...kinds].sort()).toEqual(['concept', 'dataset', 'event', 'organization', 'person', 'place', 'work']);
    const failures = files.flatMap(({ file, value }) => errors(schemaFor(file, value), value).map((e) => `${file}${e}`));
    expect(failures).toEqual([]);
  });

  const person = { kind: 'person', id: 'anna-k', labels: { en: 'Anna K' } };
  const cited = { references: [{ source: 'doc-a', quote: 'she wrote' }] };

  it('accepts a small valid person, with a built-in concept and an id of the dataset', () => {
    expect(errors('person', { ...person, occupations: [{ value: 'writer', ...cited }], father: [{ value: 'ivan-k', ...cited }] })).toEqual([]);
  });

  it.each([
    ['an unknown field', { ...person, birthDate: [{ value: '1890', ...cited }] }, '.birthDate'],
    ['labels given as a string', { ...person, labels: 'Anna K' }, '.labels'],
    ['an id with capitals', { ...person, id: 'Anna' }, '.id'],
    ['a statement that is not a list', { ...person, occupations: { value: 'writer' } }, '.occupations'],
    ['a misspelt statement key', { ...person, occupations: [{ valeu: 'writer' }] }, '.occupations[0].valeu'],
    ['a wrong rank', { ...person, occupations: [{ value: 'writer', rank: 'best' }] }, '.occupations[0].rank'],
    ['the wrong kind', { ...person, kind: 'event' }, '.kind'],
  ])('rejects %s', (_, value, where) => {
    const found = errors('person', value);
    expect(found.join('\n')).toContain(where);
  });

  it('rejects a manifest without sources and an event without a type', () => {
    expect(errors('dataset', { title: { en: 'T' }, baseIri: 'https://example.org/t/', license: 'https://example.org/l' }).join('\n')).toContain('"sources" is required');
    expect(errors('event', { kind: 'event', id: 'e', labels: { en: 'E' } }).join('\n')).toContain('"type" is required');
  });

  it('offers the built-in concept keys of each field to complete: event types, occupations, roles', () => {
    const event = jsonSchema('event');
    const choices = (schema: Record<string, any>) => schema.anyOf.flatMap((b: { $ref?: string }) => (b.$ref ? event.definitions[b.$ref.split('/').pop()!].enum : []));
    expect(choices(event.properties.type)).toContain('membership');
    expect(choices(event.properties.participants.items.properties.qualifiers.properties.role)).toContain('delegate');
    const personSchema = jsonSchema('person');
    const occupation = personSchema.properties.occupations.items.properties.value.anyOf[0].$ref.split('/').pop();
    expect(personSchema.definitions[occupation].enum).toContain('writer');
    expect(personSchema.properties.occupations.description).toMatch(/^P106 \(occupation\)/);
  });
});
