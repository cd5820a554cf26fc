// linked-lives init, new and vocab, run as a user runs them (the built CLI).
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const schemaOf = (text: string, file: string) => path.resolve(path.dirname(file), /\$schema=(\S+)/.exec(text)![1]!);

describe('linked-lives init', () => {
  it('writes a dataset that validates as it is, each statement quoting its source text', async () => {
    const dir = path.join(await tempDir(), 'mine');
    const init = await runCli('init', dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(
      ['README.md', 'dataset.yaml', 'events', 'events/birth-of-ada-exemplar.yaml', 'persons', 'persons/ada-exemplar.yaml', 'sources', 'sources/example.txt']);
    const validate = await runCli('validate', '--data', dir);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    // Every quote is in the source text, word for word (line breaks aside).
    const text = (await readFile(path.join(dir, 'sources/example.txt'), 'utf8')).replace(/\s+/g, ' ');
    for (const file of ['persons/ada-exemplar.yaml', 'events/birth-of-ada-exemplar.yaml']) {
      const yaml = await readFile(path.join(dir, file), 'utf8');
      const quotes = [...yaml.matchAll(/quote: "([^"]+)"/g)].map((m) => m[1]!);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(text).toContain(quote);
      expect(existsSync(schemaOf(yaml, path.join(dir, file))), `${file} names a schema that exists`).toBe(true);
    }
    expect(await readFile(path.join(dir, 'dataset.yaml'), 'utf8')).toMatch(/CHANGE IT/);
    const stats = await runCli('stats', '--data', dir);
    expect(stats.code, stats.stdout).toBe(0); // every statement cites a source
  });

  it('refuses a folder that is not empty, and leaves it as it was', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    const init = await runCli('init', dir);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain(`${dir} is not empty (notes.txt)`);
    expect(init.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses a file', async () => {
    const file = path.join(await tempDir(), 'notes.txt');
    await writeFile(file, 'mine');
    const init = await runCli('init', file);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain(`${file} is a file: give init a new or empty folder`);
    expect(await readFile(file, 'utf8')).toBe('mine');
  });

  it('fills an empty folder', async () => {
    const dir = await tempDir();
    expect((await runCli('init', dir)).code).toBe(0);
    expect((await runCli('validate', '--data', dir)).code).toBe(0);
  });
});

describe('linked-lives new', () => {
  const dataset = async () => {
    const dir = path.join(await tempDir(), 'data');
    expect((await runCli('init', dir)).code).toBe(0);
    return dir;
  };

  it('writes a template of every field of the kind in its folder, citing the dataset\'s source', async () => {
    const dir = await dataset();
    const made = await runCli('new', 'person', 'anna-k', '--data', dir);
    expect(made.code, made.stderr).toBe(0);
    const file = path.join(dir, 'persons/anna-k.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('## occupations → P106 (occupation): an occupation concept (writer, poet');
    expect(text).toContain('## father → P22 (father): a person');
    expect(text).toContain('source: example-source');
    expect(parse(text)).toEqual({ kind: 'person', id: 'anna-k', labels: { en: '<name>' }, descriptions: { en: '<a few words on who or what this is>' } });
    expect(existsSync(schemaOf(text, file))).toBe(true);
    // As written, with its placeholders, it loads: a user can validate before filling anything in.
    expect((await runCli('validate', '--data', dir)).code).toBe(0);
  });

  it.each([
    ['an id that exists (in another kind)', ['event', 'ada-exemplar'], 'the id "ada-exemplar" is already used in'],
    ['an id that exists as a source', ['place', 'example-source'], 'already used in'],
    ['an id that is not one', ['person', 'Anna K'], '"Anna K" cannot be an id: an id of lower-case letters, digits and single dashes'],
    ['a built-in concept key', ['person', 'writer'], '"writer" is a built-in concept key'],
    ['an unknown kind', ['letter', 'x'], '"letter" is not a kind; one of person, work, event, place, organization, source'],
  ])('refuses %s', async (_, args, message) => {
    const dir = await dataset();
    const before = (await readdir(dir, { recursive: true })).sort();
    const made = await runCli('new', ...args, '--data', dir);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain(message);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before);
  });

  it('refuses a data folder without a manifest', async () => {
    const made = await runCli('new', 'person', 'x', '--data', await tempDir());
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('has no dataset.yaml: make a dataset with `linked-lives init DIR`');
  });

  it('leaves a manifest that does not read as YAML alone, and says so', async () => {
    const dir = await dataset();
    const broken = `${await readFile(path.join(dir, 'dataset.yaml'), 'utf8')}\nsources: [\n`;
    await writeFile(path.join(dir, 'dataset.yaml'), broken);
    const made = await runCli('new', 'source', 'letters', '--data', dir);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('dataset.yaml does not read as YAML');
    expect(await readFile(path.join(dir, 'dataset.yaml'), 'utf8')).toBe(broken);
  });

  it('adds a source to the manifest\'s list as text, keeping the comments', async () => {
    const dir = await dataset();
    const before = await readFile(path.join(dir, 'dataset.yaml'), 'utf8');
    const made = await runCli('new', 'source', 'parish-register', '--data', dir);
    expect(made.code, made.stderr).toBe(0);
    const after = await readFile(path.join(dir, 'dataset.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain('  - id: parish-register\n');
    expect(parse(after).sources.map((s: { id: string }) => s.id)).toEqual(['example-source', 'parish-register']);
    // The new source names its text file, which the historian has yet to add: validate asks for it.
    const missing = await runCli('validate', '--data', dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('parish-register');
    expect(missing.stderr).toContain('sources/parish-register.txt');
    await writeFile(path.join(dir, 'sources/parish-register.txt'), 'Baptisms of the parish, 1850–1900.');
    expect((await runCli('validate', '--data', dir)).code).toBe(0);
  });
});

describe('linked-lives vocab', () => {
  it('tells where the organisation goes in a membership event, and what it becomes', async () => {
    const { code, stdout } = await runCli('vocab', 'membership');
    expect(code).toBe(0);
    expect(stdout).toContain('P102 (member of political party) ← participants: a political party');
    expect(stdout).toContain('P463 (member of) ← participants: another organisation');
  });

  it('finds fields by property id and concept keys by label; says when nothing matches', async () => {
    expect((await runCli('vocab', 'P569')).stdout).toContain('birth');
    expect((await runCli('vocab', 'concentration')).stdout).toContain('concentration-camp');
    const none = await runCli('vocab', 'zzzz');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing in the vocabulary matches "zzzz"');
  });
});
