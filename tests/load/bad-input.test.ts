// Bad input gets a clear issue naming file, entity and field — and no dataset.
import { describe, expect, it } from 'vitest';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { formatIssue, type InputIssue } from '../../src/errors.js';
import { tempData } from '../helpers/temp-data.js';

async function issuesFor(files: Record<string, string | null>): Promise<InputIssue[]> {
  const result = await safeLoadDataset(await tempData(files));
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

const person = (extra: string) => `kind: person\nid: anna\nlabels: { en: Anna }\n${extra}`;
const ref = `references: [{ source: doc-a, quote: "q" }]`;

describe('bad input', () => {
  it('accepts the mini fixture', async () => {
    const result = await safeLoadDataset(await tempData());
    expect(result.ok).toBe(true);
  });

  it('reports malformed YAML with file and line', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': 'kind: person\nid: anna\nlabels: { en: Anna\nfoo: [' });
    expect(issue).toMatchObject({ code: 'syntax', file: expect.stringMatching(/anna\.yaml$/) });
    expect(issue!.line).toBeGreaterThan(0);
  });

  it('reports malformed JSON', async () => {
    const [issue] = await issuesFor({ 'anna.json': '{"kind": "person", "id": "anna",,}' });
    expect(issue).toMatchObject({ code: 'syntax', file: expect.stringMatching(/anna\.json$/) });
  });

  it('reports an unknown field with its entity and line', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person('birthday: 1890-01-01\n') });
    expect(issue).toMatchObject({ code: 'schema', entity: 'anna', line: 4 });
    // No field is near "birthday" (birthName is three letters away): the message lists the fields a person takes.
    expect(issue!.message).toMatch(/^unknown field "birthday" at the top level; the fields here are kind, id, qid, labels, .*sexOrGender/);
  });

  it('reports an unknown field inside a statement', async () => {
    const issues = await issuesFor({ 'anna.yaml': person(`pseudonyms:\n  - value: X\n    certainty: high\n    ${ref}\n`) });
    expect(issues[0]).toMatchObject({ entity: 'anna', path: ['pseudonyms', 0], line: 6 });
    expect(issues[0]!.message).toBe('unknown field "certainty"; the fields here are id, value, unknownValue, noValue, rank, rankReason, qualifiers, references');
  });

  it('reports a wrong type', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`pseudonyms:\n  - value: 12\n    ${ref}\n`) });
    expect(issue).toMatchObject({ entity: 'anna', path: ['pseudonyms', 0, 'value'] });
    expect(issue!.message).toBe('this is a number (12); expected a text, such as Le Rétif');
  });

  it('reports a missing or unknown kind', async () => {
    expect((await issuesFor({ 'x.yaml': 'id: x\nlabels: { en: X }\n' }))[0]!.message).toMatch(/no "kind"/);
    expect((await issuesFor({ 'x.yaml': 'kind: human\nid: x\nlabels: { en: X }\n' }))[0]!.message).toMatch(/kind "human" is not one of/);
  });

  it('reports a statement with both a value and noValue', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`citizenship:\n  - value: town\n    noValue: true\n    ${ref}\n`) });
    expect(issue!.message).toMatch(/exactly one of value, unknownValue/);
  });

  it('reports a reference to an entity that does not exist', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`father:\n  - value: boris\n    ${ref}\n`) });
    expect(issue).toMatchObject({ code: 'unknown_reference', entity: 'anna', path: ['father', 0, 'value'] });
    // Found after parsing, across files, and still with its line (5: "- value: boris").
    expect(formatIssue(issue!)).toMatch(/anna\.yaml:5: anna: father\[0\]\.value: "boris" is not an entity/);
  });

  it('reports a reference to the wrong kind of thing', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`father:\n  - value: town\n    ${ref}\n`) });
    expect(issue).toMatchObject({ code: 'wrong_target', message: expect.stringMatching(/"town" is a place, but this field takes person/) });
  });

  it('reports an undeclared source', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`pseudonyms:\n  - value: X\n    references: [{ source: doc-z, quote: q }]\n`) });
    expect(issue).toMatchObject({ code: 'unknown_reference', path: ['pseudonyms', 0, 'references', 0, 'source'] });
  });

  it('reports duplicate ids in two files', async () => {
    const issues = await issuesFor({ 'a.yaml': person(''), 'b.yaml': person('') });
    expect(issues[0]).toMatchObject({ code: 'duplicate_id', entity: 'anna', message: expect.stringMatching(/already used in .*a\.yaml/) });
  });

  it('reports an id that clashes with a built-in concept', async () => {
    const issues = await issuesFor({ 'w.yaml': 'kind: person\nid: writer\nlabels: { en: W }\n' });
    expect(issues[0]!.message).toMatch(/built-in concept/);
  });

  it('reports an impossible date with its field', async () => {
    const [issue] = await issuesFor({ 'e.yaml': `kind: event\nid: e\ntype: arrest\nlabels: { en: E }\ndate:\n  - value: 1890-02-30\n    ${ref}\n` });
    expect(issue).toMatchObject({ entity: 'e', path: ['date', 0, 'value'], message: expect.stringMatching(/day 30 does not exist/) });
  });

  it('reports month 13', async () => {
    const [issue] = await issuesFor({ 'e.yaml': `kind: event\nid: e\ntype: arrest\nlabels: { en: E }\ndate:\n  - value: 1890-13\n    ${ref}\n` });
    expect(issue!.message).toMatch(/month 13/);
  });

  it('reports a death before the birth', async () => {
    const death = `kind: event\nid: ivan-death\ntype: death\nlabels: { en: death }\ndate:\n  - value: 1850\n    ${ref}\nparticipants:\n  - value: ivan\n    ${ref}\n`;
    const [issue] = await issuesFor({ 'death.yaml': death });
    expect(issue).toMatchObject({ code: 'impossible_dates', entity: 'ivan-death', message: expect.stringMatching(/ivan dies before being born/) });
  });

  it('accepts a deprecated death date before the birth (a wrong source, kept and marked)', async () => {
    const death = `kind: event\nid: ivan-death\ntype: death\nlabels: { en: death }\ndate:\n  - value: 1850\n    rank: deprecated\n    ${ref}\nparticipants:\n  - value: ivan\n    ${ref}\n`;
    const result = await safeLoadDataset(await tempData({ 'death.yaml': death }));
    expect(result.ok).toBe(true);
  });

  it('reports a missing manifest', async () => {
    const [issue] = await issuesFor({ 'dataset.yaml': null });
    expect(issue).toMatchObject({ code: 'manifest', message: expect.stringMatching(/no dataset manifest/) });
  });

  it('reports a manifest with a bad base IRI', async () => {
    const issues = await issuesFor({ 'dataset.yaml': 'title: { en: T }\nbaseIri: https://example.org/x\nlicense: https://example.org/l\nsources: []\n' });
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringMatching(/must end with \/ or #/), expect.stringMatching(/list the sources/)]));
  });

  it('reports a data directory that does not exist', async () => {
    const result = await safeLoadDataset('/nonexistent/linked-lives');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'io' });
  });
});

describe('concept files', () => {
  it('declares a concept in its own file', async () => {
    const result = await safeLoadDataset(await tempData({ 'c.yaml': 'kind: concept\nid: heresy\ngroup: charge\nlabel: heresy\n' }));
    expect(result.ok && result.dataset.manifest.concepts.heresy).toEqual({ group: 'charge', label: 'heresy' });
  });
  it('refuses a concept declared twice', async () => {
    const [issue] = await issuesFor({ 'c.yaml': 'kind: concept\nid: sedition\ngroup: charge\nlabel: sedition\n' });
    expect(issue).toMatchObject({ code: 'duplicate_id', entity: 'sedition', message: expect.stringMatching(/also declared in the manifest/) });
  });
  it('refuses a concept with an unknown group', async () => {
    const [issue] = await issuesFor({ 'c.yaml': 'kind: concept\nid: heresy\ngroup: crime\nlabel: heresy\n' });
    expect(issue).toMatchObject({ code: 'schema', entity: 'heresy', path: ['group'] });
  });
});

describe('files that are not regular files', () => {
  it('skips a named pipe and a broken link named like data files, and says so, instead of waiting forever (a folder so named is read as a folder)', async () => {
    const dir = await tempData();
    const { execFileSync } = await import('node:child_process');
    const { mkdir, symlink } = await import('node:fs/promises');
    const path = await import('node:path');
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    await mkdir(path.join(dir, 'folder.yaml'));
    await symlink(path.join(dir, 'nowhere.yaml'), path.join(dir, 'broken.yaml'));
    const result = await safeLoadDataset(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.entities.map((e) => e.id).sort()).toEqual(['ivan', 'ivan-arrest', 'ivan-birth', 'town']);
    expect(result.dataset.skipped!.map((s) => [path.basename(s.file), s.reason]).sort()).toEqual([
      ['broken.yaml', expect.stringMatching(/^not a regular file: unreadable \(ENOENT/)],
      ['pipe.yaml', 'not a regular file: a named pipe'],
    ]);
  }, 10_000);

  it('names them in the command line output', async () => {
    const dir = await tempData();
    const { execFileSync, spawnSync } = await import('node:child_process');
    const path = await import('node:path');
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const r = spawnSync(process.execPath, [path.resolve('dist/cli/main.js'), 'stats', '--data', dir], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/skipped .*pipe\.yaml: not a regular file: a named pipe/);
  }, 40_000);
});
