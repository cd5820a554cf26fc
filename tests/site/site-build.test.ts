// Building a site: same data, same bytes; bad input leaves no site (and an earlier one as it was);
// the streaming build (--input FILE.jsonl) gives the pages the in-memory build gives; buildSite from code.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshPath, runCli, tempDir } from '../helpers/cli.js';

const MINI = 'tests/fixtures/mini';
let first: string;

/** Every file of a site by its path inside it (links followed), with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name)));
  }
  return out;
}

beforeAll(async () => {
  first = await freshPath('site');
  const built = await runCli('site', '--data', MINI, '--out', first);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
}, 120_000);

describe('linked-lives site', () => {
  it('writes the same bytes for the same data', async () => {
    const second = await freshPath('site');
    expect((await runCli('site', '--data', MINI, '--out', second)).code).toBe(0);
    const [a, b] = await Promise.all([filesOf(first), filesOf(second)]);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThan(20);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  }, 120_000);

  it('stops on bad data with the file, entity and field, and writes no site', async () => {
    const data = await tempDir();
    await cp(MINI, data, { recursive: true });
    const person = await readFile(path.join(data, 'person.yaml'), 'utf8');
    await writeFile(path.join(data, 'person.yaml'), person.replace('value: male', 'value: nobody-we-know'));
    const out = await freshPath('site');
    const run = await runCli('site', '--data', data, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path.join(data, 'person.yaml')}:7: ivan: sexOrGender[0].value: "nobody-we-know"`);
    expect(run.stderr).toContain('Nothing was written');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('leaves the earlier site as it was when a build fails', async () => {
    const data = await tempDir();
    await cp(MINI, data, { recursive: true });
    const out = await freshPath('site');
    expect((await runCli('site', '--data', data, '--out', out)).code).toBe(0);
    const before = await filesOf(out);
    await writeFile(path.join(data, 'broken.yaml'), 'kind: person\nid: broken\nlabels: { en: Broken }\nbirthDate: yesterday\n');
    expect((await runCli('site', '--data', data, '--out', out)).code).toBe(2);
    const after = await filesOf(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(bytes.equals(after.get(name)!), name).toBe(true);
  }, 60_000);

  it('refuses an output folder that holds other files', async () => {
    const out = await tempDir();
    await writeFile(path.join(out, 'thesis.tex'), 'not a site');
    const run = await runCli('site', '--data', MINI, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`linked-lives: ${out} holds files that are not site files (thesis.tex)`);
    expect(await readFile(path.join(out, 'thesis.tex'), 'utf8')).toBe('not a site');
  }, 60_000);

  it('gives from a JSON Lines file (--input) the pages (but their figures) and RDF files the data folder gives', async () => {
    const manifest = await tempDir();
    await cp(path.join(MINI, 'dataset.yaml'), path.join(manifest, 'dataset.yaml'));
    const lines: string[] = [];
    for (const name of (await readdir(MINI)).filter((n) => n !== 'dataset.yaml').sort()) lines.push(JSON.stringify(parse(await readFile(path.join(MINI, name), 'utf8'))));
    const input = path.join(await tempDir(), 'entities.jsonl');
    await writeFile(input, lines.join('\n') + '\n');
    const out = await freshPath('site');
    const run = await runCli('site', '--data', manifest, '--input', input, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [memory, streamed] = await Promise.all([filesOf(first), filesOf(out)]);
    const pages = [...memory.keys()].filter((f) => /^(entity|concept)\//.test(f)).sort();
    expect(pages).toContain('entity/ivan.html');
    expect(pages).toContain('entity/ivan.jsonld');
    expect([...streamed.keys()].filter((f) => /^(entity|concept)\//.test(f)).sort()).toEqual(pages);
    // The one difference: a streaming build draws no figures (they read whole entities).
    const withoutFigures = (html: string) => html.replace(/\n<section class="figures" id="figures">[\s\S]*?<\/section>/, '');
    expect(memory.get('entity/ivan.html')!.toString()).toContain('<section class="figures" id="figures">');
    for (const file of pages) expect(streamed.get(file)!.toString(), file).toBe(withoutFigures(memory.get(file)!.toString()));
  }, 120_000);

  it('takes --base-url as the base IRI the site stands for', async () => {
    const out = await freshPath('site');
    expect((await runCli('site', '--data', MINI, '--out', out, '--base-url', 'https://lives.example.net/mini/')).code).toBe(0);
    expect(await readFile(path.join(out, 'entity', 'ivan.html'), 'utf8')).toContain('<code>https://lives.example.net/mini/entity/ivan</code>');
    expect(await readFile(path.join(out, 'entity', 'ivan.nt'), 'utf8')).toMatch(/^<https:\/\/lives\.example\.net\/mini\/entity\/ivan> /m);
    const bad = await runCli('site', '--data', MINI, '--out', await freshPath('site'), '--base-url', 'https://lives.example.net/mini');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base-url: the base IRI must end with / or #');
  }, 60_000);

  it('is buildSite() from code', async () => {
    const { buildSite } = await import('../../dist/index.js');
    const out = await freshPath('site');
    const result = await buildSite({ data: MINI, out });
    expect(result.out).toBe(out);
    expect(result.entitiesPerKind).toEqual({ person: 1, event: 2, place: 1, source: 1 });
    expect(existsSync(path.join(out, 'entity', 'ivan.html'))).toBe(true);
  }, 60_000);
});
