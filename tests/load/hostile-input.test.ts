// Hostile input (issue 16): IRIs that would close their <…> and add triples, texts no UTF-8 file can
// hold, bytes that are not UTF-8, alias bombs, JSON that only YAML accepts, __proto__ keys, corrupt and
// truncated gzip, oversized lines, containment cycles, self-references, shared QIDs, a concept whose
// broader concept is missing. Each is a clear issue naming file, entity and field; never a crash, a hang
// or a dump that means something else.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../src/errors.js';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { iriProblem } from '../../src/model/iri.js';
import { toJsonLd } from '../../src/serialize/jsonld.js';
import { toNTriples } from '../../src/serialize/ntriples.js';
import { toTurtle } from '../../src/serialize/turtle.js';
import { MINI, tempData } from '../helpers/temp-data.js';

const { namedNode, literal, quad } = DataFactory;
const CLI = path.resolve('dist/cli/main.js');

async function issuesFor(files: Record<string, string | Buffer | null>): Promise<InputIssue[]> {
  const dir = await tempData(Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string' || v === null)) as Record<string, string | null>);
  for (const [name, bytes] of Object.entries(files)) if (Buffer.isBuffer(bytes)) await writeFile(path.join(dir, name), bytes);
  const result = await safeLoadDataset(dir);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

const manifest = async () => readFile(path.join(MINI, 'dataset.yaml'), 'utf8');
const withManifest = async (from: string, to: string) => {
  const text = await manifest();
  expect(text).toContain(from);
  return { 'dataset.yaml': text.replace(from, to) };
};
const person = (extra: string, id = 'anna') => `kind: person\nid: ${id}\nlabels: { en: Anna }\n${extra}`;
const REF = 'references: [{ source: doc-a, quote: "q" }]';

describe('IRIs that could not be written as they are', () => {
  const BAD = [' ', '>', '"', '<', '{', '}', '|', '^', '`', '\\', '\n', '\t', '\u0000'];
  it.each(BAD.map((c) => [JSON.stringify(c), c]))('a base IRI with %s is refused, naming the field', async (_shown, c) => {
    const [issue] = await issuesFor(await withManifest('baseIri: https://example.org/mini/', `baseIri: ${JSON.stringify(`https://example.org/mi${c}ni/`)}`));
    expect(issue).toMatchObject({ file: expect.stringMatching(/dataset\.yaml$/), path: ['baseIri'] });
    expect(issue!.message).toMatch(/which an IRI cannot hold/);
  });

  it.each([
    ['relative', 'mini/', /needs a scheme/],
    ['empty', '""', /cannot be empty/],
    ['without a host', 'https:///x/', /needs a host/],
    ['of extreme length', `https://example.org/${'a'.repeat(5000)}/`, /longer than the 4096 accepted/],
    ['long but under the IRI limit', `https://example.org/${'a'.repeat(2000)}/`, /at most 1024 characters/],
  ])('a base IRI %s is refused', async (_what, value, message) => {
    const [issue] = await issuesFor(await withManifest('baseIri: https://example.org/mini/', `baseIri: ${value}`));
    expect(issue).toMatchObject({ path: ['baseIri'] });
    expect(issue!.message).toMatch(message);
  });

  it('the licence, a source URL, a reference URL and a URL value are checked too', async () => {
    const issues = await issuesFor({
      ...(await withManifest('license: https://creativecommons.org/publicdomain/zero/1.0/', 'license: "https://creativecommons.org/x> <http://evil/x"')),
      'anna.yaml': person(`claims:\n  P856:\n    - value: "https://example.org/a b"\n      references: [{ source: doc-a, quote: q, url: "https://example.org/\\"q" }]\n`),
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['license']));
    const more = await issuesFor({ 'anna.yaml': person(`claims:\n  P856:\n    - value: "https://example.org/a b"\n      ${REF}\n`) });
    expect(more[0]).toMatchObject({ entity: 'anna', path: ['claims', 'P856', 0, 'value'] });
    expect(more[0]!.message).toMatch(/contains a space/);
    const ref = await issuesFor({ 'anna.yaml': person(`pseudonyms:\n  - value: X\n    references: [{ source: doc-a, quote: q, url: "https://example.org/\\"q" }]\n`) });
    expect(ref[0]).toMatchObject({ entity: 'anna', path: ['pseudonyms', 0, 'references', 0, 'url'] });
  });

  it('a --base-iri that is not an IRI is a usage error (exit 2), not a dump', async () => {
    const run = promisify(execFile)(process.execPath, [CLI, 'validate', '--data', MINI, '--base-iri', 'https://example.org/a> <b/']);
    const error = await run.catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(/--base-iri: it contains ">", which an IRI cannot hold/);
  });

  it('a base IRI ending in # (which the docs allow) gives a valid dump', async () => {
    const { runPipeline } = await import('../../src/pipeline.js');
    const dir = await tempData(await withManifest('baseIri: https://example.org/mini/', 'baseIri: https://example.org/mini#'));
    const result = await runPipeline(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    for (const g of result.graphs) expect(g.report.results, g.profile).toEqual([]);
    expect(result.graphs[0]!.quads.some((q) => q.subject.value === 'https://example.org/mini#entity/ivan')).toBe(true);
  });

  it('the checker accepts real IRIs', () => {
    for (const ok of ['https://w3id.org/linked-lives/serge/', 'http://www.wikidata.org/entity/Q5', 'urn:uuid:1234', 'https://example.org/caf%C3%A9', 'https://例え.jp/パス#x', 'mailto:a@b.org']) {
      expect(iriProblem(ok), ok).toBeUndefined();
    }
  });
});

describe('writers refuse what cannot be written, even from code that bypassed the loader', () => {
  const ok = namedNode('https://example.org/s');
  const p = namedNode('https://example.org/p');
  const writers = { 'N-Triples': toNTriples, Turtle: (q: never[]) => toTurtle(q), 'JSON-LD': (q: never[]) => JSON.stringify(toJsonLd(q)) } as Record<string, (q: never[]) => unknown>;
  it.each(Object.keys(writers))('%s: an IRI with a space or ">", a relative IRI, a lone surrogate', async (name) => {
    const write = writers[name]!;
    for (const bad of [quad(namedNode('https://example.org/a b'), p, ok), quad(ok, p, namedNode('https://x.org/> <https://evil.org/')), quad(ok, p, namedNode('relative'))]) {
      await expect(async () => write([bad] as never[])).rejects.toThrow(/refusing to write the IRI/);
    }
    await expect(async () => write([quad(ok, p, literal('a\ud800b'))] as never[])).rejects.toThrow(/lone UTF-16 surrogate/);
  });
});

describe('texts and bytes', () => {
  it('a lone surrogate in a YAML string is refused at load, naming the field', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': 'kind: person\nid: anna\nlabels: { en: "An\\ud800na" }\n' });
    expect(issue).toMatchObject({ code: 'syntax', path: ['labels', 'en'], line: 3 });
    expect(issue!.message).toMatch(/lone UTF-16 surrogate/);
  });

  it('bytes that are not UTF-8 are refused with their line', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': Buffer.concat([Buffer.from('kind: person\nid: anna\nlabels: { en: "An'), Buffer.from([0xff, 0xfe]), Buffer.from('na" }\n')]) });
    expect(issue).toMatchObject({ code: 'syntax', file: expect.stringMatching(/anna\.yaml$/), line: 3 });
    expect(issue!.message).toMatch(/not UTF-8: byte 40 \(0xff\)/);
  });

  it('names the lead byte of a Latin-1 character, not the byte after it', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': Buffer.from('kind: person\nid: anna\nlabels: { en: "caf\xe9 a" }\n', 'latin1') });
    expect(issue!.message).toMatch(/not UTF-8: byte 41 \(0xe9\)/);
  });

  it('nesting ten thousand levels deep is refused, not a crash, in a file and in a JSON Lines line', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const [issue] = await issuesFor({ 'anna.json': `{"kind":"person","id":"anna","labels":{"en":"A"},"claims":{"P856":[{"value":${deep}}]}}` });
    expect(issue!.message).toMatch(/nested more than 64 levels deep/);
    const { parseLine } = await import('../../src/load/read-jsonl.js');
    const line = parseLine('in.jsonl', 1, `{"kind":"person","id":"anna","labels":{"en":"A"},"x":${deep}}`);
    expect('issue' in line && line.issue.message).toMatch(/nested more than 64 levels deep/);
  });

  it('a YAML alias bomb is refused, not expanded', async () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const [issue] = await issuesFor({ 'bomb.yaml': `${bomb.join('\n')}\nkind: person\nid: bomb\nlabels: { en: B }\n` });
    expect(issue).toMatchObject({ code: 'syntax', file: expect.stringMatching(/bomb\.yaml$/) });
    expect(issue!.message).toMatch(/too many YAML aliases/);
  });

  it('a .json file is JSON: a trailing comma is an error there', async () => {
    const [issue] = await issuesFor({ 'anna.json': '{"kind": "person", "id": "anna", "labels": {"en": "Anna"},}' });
    expect(issue).toMatchObject({ code: 'syntax', file: expect.stringMatching(/anna\.json$/) });
    expect(issue!.message).toMatch(/not valid JSON/);
  });

  it('a __proto__ key is refused, in YAML and in JSON', async () => {
    for (const files of <Record<string, string>[]>[{ 'anna.yaml': 'kind: person\nid: anna\nlabels: { en: Anna, __proto__: x }\n' }, { 'anna.json': '{"kind":"person","id":"anna","labels":{"en":"Anna","__proto__":"x"}}' }]) {
      const [issue] = await issuesFor(files);
      expect(issue).toMatchObject({ path: ['labels', '__proto__'] });
      expect(issue!.message).toMatch(/"__proto__" is not allowed/);
    }
  });

  it('follows no folder link round a loop or out of the data directory, and says so', async () => {
    const { mkdir, symlink } = await import('node:fs/promises');
    const dir = await tempData();
    await symlink('..', path.join(dir, 'up'));
    await symlink(dir, path.join(dir, 'self'));
    await mkdir(path.join(dir, 'sub'));
    await symlink('../sub', path.join(dir, 'sub', 'again'));
    const result = await safeLoadDataset(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.skipped!.map((s) => [path.basename(s.file), s.reason]).sort()).toEqual([
      ['again', 'a link to a folder already read (a loop): not followed'],
      ['self', 'a link to a folder already read (a loop): not followed'],
      ['up', 'a link to a folder outside the data directory: not followed'],
    ]);
  });

  it('reads *.YAML files too', async () => {
    const [issue] = await issuesFor({ 'ANNA.YAML': person(`father:\n  - value: nobody\n    ${REF}\n`) });
    expect(issue).toMatchObject({ entity: 'anna', code: 'unknown_reference' });
  });
});

describe('inconsistent data', () => {
  const place = (id: string, extra: string) => `kind: place\nid: ${id}\ntype: city\nlabels: { en: ${id} }\n${extra}`;
  it('a place part of itself', async () => {
    const [issue] = await issuesFor({ 'p.yaml': place('p', `partOf:\n  - value: p\n    ${REF}\n`) });
    expect(issue!.message).toMatch(/p points to itself here \(partOf\)|p is partOf itself/);
  });
  it('places located in each other, round in a circle', async () => {
    const issues = await issuesFor({ 'a.yaml': place('a', `locatedIn:\n  - value: b\n    ${REF}\n`), 'b.yaml': place('b', `locatedIn:\n  - value: c\n    ${REF}\n`), 'c.yaml': place('c', `locatedIn:\n  - value: a\n    ${REF}\n`) });
    expect(issues.map((i) => i.message)).toContain('locatedIn goes round in a circle: a → b → c → a; one of these is wrong');
  });
  it('events part of each other', async () => {
    const event = (id: string, other: string) => `kind: event\nid: ${id}\ntype: arrest\nlabels: { en: ${id} }\npartOf:\n  - value: ${other}\n    ${REF}\n`;
    const issues = await issuesFor({ 'e1.yaml': event('e1', 'e2'), 'e2.yaml': event('e2', 'e1') });
    expect(issues.map((i) => i.entity).sort()).toEqual(['e1', 'e2']);
  });
  it('a chain of 3000 places, one inside the next, is checked in linear time; a circle at its end is found', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`p${i}.yaml`] = place(`p${i}`, `partOf:\n  - value: p${(i + 1) % 3000}\n    ${REF}\n`);
    const started = Date.now();
    const issues = await issuesFor(files);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(issues).toHaveLength(3000); // every place of the circle
    expect(issues[0]!.message).toMatch(/^partOf goes round in a circle: /);
  }, 60_000);

  it('a person who is their own father', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`father:\n  - value: anna\n    ${REF}\n`) });
    expect(issue).toMatchObject({ entity: 'anna', path: ['father', 0, 'value'] });
    expect(issue!.message).toBe('anna points to itself here (father): a person cannot be its own father');
  });
  it('two entities with one QID', async () => {
    const issues = await issuesFor({ 'a.yaml': 'kind: person\nid: anna\nqid: Q42\nlabels: { en: A }\n', 'b.yaml': 'kind: person\nid: bert\nqid: Q42\nlabels: { en: B }\n' });
    expect(issues[0]!.message).toMatch(/Q42 is also the Wikidata id of anna/);
  });
  it('a concept whose broader concept does not exist, and one that is its own broader concept', async () => {
    const issues = await issuesFor(await withManifest('  sedition: { group: charge, label: sedition }', '  sedition: { group: charge, label: sedition, broader: no-such-thing }\n  treason: { group: charge, label: treason, broader: plot }\n  plot: { group: charge, label: plot, broader: treason }'));
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining([
      'the broader concept "no-such-thing" of "sedition" is not a concept or a Wikidata id',
      'the broader concepts of "treason" lead back to it (treason → plot → treason): a concept cannot be narrower than itself',
    ]));
  });
});

describe('dates', () => {
  it.each([
    ['an earliest bound after the date', '{ date: 1890, earliest: 1900 }', /the earliest bound is after the date it bounds/],
    ['a latest bound before the date', '{ date: 1890-05, latest: 1890-04-30 }', /the latest bound is before the date it bounds/],
    ['crossed bounds', '{ date: 1890s, earliest: 1897, latest: 1892 }', /the earliest bound is after the latest/],
    ['29 February 1900 in the Gregorian calendar', '"1900-02-29"', /day 29 does not exist in 1900-02/],
    ['year 0', '"0000"', /there is no year 0/],
  ])('%s: refused with file, entity and field', async (_what, value, message) => {
    const [issue] = await issuesFor({ 'e.yaml': `kind: event\nid: e\ntype: arrest\nlabels: { en: E }\ndate:\n  - value: ${value}\n    ${REF}\n` });
    expect(issue).toMatchObject({ file: expect.stringMatching(/e\.yaml$/), entity: 'e', path: ['date', 0, 'value'], line: 6 });
    expect(issue!.message).toMatch(message);
  });
});

describe('JSON Lines input through the CLI', () => {
  const exportInput = async (name: string, bytes: Buffer, ...extra: string[]) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-hostile-'));
    await copyFile(path.join(MINI, 'dataset.yaml'), path.join(dir, 'dataset.yaml'));
    const input = path.join(dir, name);
    await writeFile(input, bytes);
    return promisify(execFile)(process.execPath, [CLI, 'export', '--data', dir, '--input', input, '--out', path.join(dir, 'out'), ...extra], { maxBuffer: 1 << 26 })
      .then((r) => ({ code: 0, stderr: r.stderr, stdout: r.stdout }), (e: { code: number; stderr: string; stdout: string }) => e);
  };
  const line = (id: string) => JSON.stringify({ kind: 'person', id, labels: { en: id } });
  const lines = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => line(`p${i}`)).join('\n') + '\n');

  it.each([[[]], [['--on-error', 'skip']]])('a truncated gzip stream: exit 2, after which line (%j)', async (extra) => {
    const gz = gzipSync(lines(2000));
    const result = await exportInput('in.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)), ...extra);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the gzip stream is truncated after line \d+/);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it('a file named .gz that is not gzip: exit 2', async () => {
    const result = await exportInput('in.jsonl.gz', lines(3));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the gzip stream is corrupt \(or not gzip at all\) after line 0/);
  });

  it('a line of 20 MB: exit 2, naming the line', async () => {
    const big = Buffer.from(`${line('a')}\n${JSON.stringify({ kind: 'person', id: 'b', labels: { en: 'x'.repeat(20 * 2 ** 20) } })}\n`);
    const result = await exportInput('in.jsonl', big);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 2 is longer than 16 MiB/);
  });

  it('bytes that are not UTF-8: exit 2; a byte order mark at the start: read', async () => {
    const bad = await exportInput('in.jsonl', Buffer.concat([Buffer.from(`${line('a')}\n{"kind":"person","id":"b","labels":{"en":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}}\n')]));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not UTF-8: line 2/);
    const bom = await exportInput('in.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lines(2)]));
    expect(bom.code).toBe(0);
  });

  it('a lone surrogate in a line: exit 2 with the line', async () => {
    const result = await exportInput('in.jsonl', Buffer.from(`${line('a')}\n{"kind":"person","id":"b","labels":{"en":"\\ud800"}}\n`));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/in\.jsonl:2.*lone UTF-16 surrogate/);
  });
});
