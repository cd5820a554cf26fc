// The built CLI end to end on temp dirs: exports, exit codes, atomic writes, bad input without stack traces.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempData } from '../helpers/temp-data.js';

const CLI = path.resolve('dist/cli/main.js');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const outDir = () => mkdtemp(path.join(tmpdir(), 'linked-lives-out-'));
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
const ref = `references: [{ source: doc-a, quote: "q" }]`;
// Two normal-rank fathers are both best-ranked: the shapes allow one.
const twoFathers = `kind: person\nid: anna\nlabels: { en: Anna }\nfather:\n  - value: ivan\n    ${ref}\n  - value: boris\n    ${ref}\n`;
const boris = `kind: person\nid: boris\nlabels: { en: Boris }\n`;

describe('linked-lives export', () => {
  it('writes every profile and format, and says what it wrote', async () => {
    const out = await outDir();
    const r = await run('export', '--data', await tempData(), '--out', out);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['full.jsonld', 'full.nq', 'full.nt', 'full.ttl', 'truthy.jsonld', 'truthy.nq', 'truthy.nt', 'truthy.ttl', 'void.ttl']);
    expect(r.stdout).toMatch(/Exported 5 entities \(.*1 person.*\)/);
    expect(r.stdout).toMatch(/full: \d+ triples, valid/);
    expect(r.stdout).toMatch(/wrote .*full\.ttl/);
  });

  it('honours --profile and --format', async () => {
    const out = await outDir();
    const r = await run('export', '--data', await tempData(), '--out', out, '--profile', 'truthy', '--format', 'nt,jsonld');
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['truthy.jsonld', 'truthy.nt', 'void.ttl']);
  });

  it('writes byte-identical dumps on every run', async () => {
    const data = await tempData();
    const [a, b] = [await outDir(), await outDir()];
    await run('export', '--data', data, '--out', a);
    await run('export', '--data', data, '--out', b);
    for (const file of await readdir(a)) expect(await readFile(path.join(b, file), 'utf8'), file).toBe(await readFile(path.join(a, file), 'utf8'));
  });

  it('writes nothing for invalid data, exits 1 and names entity, file and property', async () => {
    const out = await outDir();
    const r = await run('export', '--data', await tempData({ 'anna.yaml': twoFathers, 'boris.yaml': boris }), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/anna\.yaml: anna \(Anna\): wdt:P22: one best-ranked father/);
    expect(r.stderr).toMatch(/Nothing was written/);
    expect(await readdir(out)).toEqual([]);
  });

  it('leaves earlier dumps intact when a run fails', async () => {
    const out = await outDir();
    expect((await run('export', '--data', await tempData(), '--out', out)).code).toBe(0);
    const before = await readFile(path.join(out, 'full.ttl'), 'utf8');
    const bad = await run('export', '--data', await tempData({ 'anna.yaml': twoFathers, 'boris.yaml': boris }), '--out', out);
    expect(bad.code).toBe(1);
    expect(await readFile(path.join(out, 'full.ttl'), 'utf8')).toBe(before);
    expect((await readdir(out)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('writes invalid data on --allow-invalid and exits 3', async () => {
    const out = await outDir();
    const r = await run('export', '--data', await tempData({ 'anna.yaml': twoFathers, 'boris.yaml': boris }), '--out', out, '--allow-invalid');
    expect(r.code).toBe(3);
    expect(await readdir(out)).toContain('full.ttl');
  });

  it.each([
    ['malformed YAML', { 'anna.yaml': 'kind: person\nid: [anna' }, /anna\.yaml:\d+: not valid YAML/],
    ['an unknown field', { 'anna.yaml': 'kind: person\nid: anna\nlabels: { en: A }\nbirthday: 1890\n' }, /anna\.yaml:4: anna: unknown field "birthday"/],
    ['a wrong type', { 'anna.yaml': 'kind: person\nid: anna\nlabels: { en: A }\npseudonyms: nope\n' }, /anna: pseudonyms: this is a text \("nope"\), but pseudonyms takes a list of statements/],
    ['a missing entity', { 'anna.yaml': `kind: person\nid: anna\nlabels: { en: A }\nmother:\n  - value: olga\n    ${ref}\n` }, /anna: mother\[0\]\.value: "olga" is not an entity/],
    ['a duplicate id', { 'a.yaml': boris, 'b.yaml': boris }, /b\.yaml: boris: id: id "boris" is already used in .*a\.yaml/],
    ['an impossible date', { 'e.yaml': `kind: event\nid: e\ntype: arrest\nlabels: { en: E }\ndate:\n  - value: 1890-02-30\n    ${ref}\n` }, /e: date\[0\]\.value: day 30 does not exist/],
    ['a death before birth', { 'd.yaml': `kind: event\nid: d\ntype: death\nlabels: { en: D }\ndate:\n  - value: 1800\n    ${ref}\nparticipants:\n  - value: ivan\n    ${ref}\n` }, /d\.yaml:5: d: date: ivan dies before being born/],
  ])('refuses %s with exit 2, a located message and no stack trace', async (_name, files, message) => {
    const out = await outDir();
    const r = await run('export', '--data', await tempData(files as Record<string, string>), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    noStackTrace(r.stderr);
    expect(await readdir(out)).toEqual([]);
  });

  it('rejects unknown options and formats as usage errors', async () => {
    const a = await run('export', '--formats', 'ttl');
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/Unknown option '--formats'/);
    const b = await run('export', '--format', 'rdfxml');
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--format takes ttl, jsonld, nt, nq/);
  });
});

describe('the linked-lives bin', () => {
  it('runs by itself, as npx and installed packages start it (executable, with a shebang)', async () => {
    const { stdout } = await promisify(execFile)(CLI, ['help']);
    expect(stdout).toMatch(/^linked-lives — /);
  });
});

describe('linked-lives validate', () => {
  it('exits 0 for conforming data', async () => {
    const r = await run('validate', '--data', await tempData());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/full profile \(\d+ triples\): The data conforms/);
  });

  it('exits 1 with the report, as text, JSON and SHACL Turtle', async () => {
    const data = await tempData({ 'anna.yaml': twoFathers, 'boris.yaml': boris });
    const report = path.join(await outDir(), 'report.ttl');
    const r = await run('validate', '--data', data, '--json', '--report', report);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { profile: string; results: { entity: { id: string; file: string }; path: string }[] }[];
    expect(json.map((g) => g.profile)).toEqual(['truthy', 'full']);
    expect(json[0]!.results[0]).toMatchObject({ entity: { id: 'anna', label: 'Anna' }, path: 'wdt:P22', severity: 'violation' });
    expect(await readFile(report, 'utf8')).toMatch(/sh:ValidationReport/);
  });

  it('exits 2 for unusable input', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-empty-'));
    await mkdir(path.join(dir, 'x'));
    await writeFile(path.join(dir, 'x', 'a.yaml'), 'kind: person\n');
    const r = await run('validate', '--data', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no dataset manifest/);
  });
});
