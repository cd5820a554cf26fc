// `export --input FILE.jsonl`: the same graph as the in-memory export, shards, gzip, a VoID
// description whose checksums match the files, and bad lines reported by number.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Store, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseTurtle } from '../helpers/rdf.js';
import { CONTESTED_RESIDENCE, MINI, STREAM_EDGES, tempData } from '../helpers/temp-data.js';

const CLI = path.resolve('dist/cli/main.js');
const run = async (...args: string[]) => {
  try {
    const r = await promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    return { code: 0, ...r };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
};
const lines = (quads: Quad[]) => new Writer({ format: 'N-Triples' }).quadsToString(quads).split('\n').filter(Boolean).sort();
const tmp = (name: string) => mkdtemp(path.join(tmpdir(), `linked-lives-${name}-`));

/** A fixture (the mini one by default) split into a manifest-only data dir and a JSON Lines file of its entities. */
async function miniAsJsonl(extraLines: string[] = [], fixture = MINI): Promise<{ data: string; input: string }> {
  const data = await tmp('manifest');
  await writeFile(path.join(data, 'dataset.yaml'), await readFile(path.join(fixture, 'dataset.yaml')));
  const files = (await readdir(fixture)).filter((f) => f !== 'dataset.yaml').sort();
  const lines = await Promise.all(files.map(async (f) => JSON.stringify(parse(await readFile(path.join(fixture, f), 'utf8')))));
  const input = path.join(await tmp('input'), 'entities.jsonl');
  await writeFile(input, [...lines, ...extraLines].join('\n') + '\n');
  return { data, input };
}

describe('linked-lives export --input', () => {
  it.each([['the mini fixture', () => MINI, 5], ['a residence preferred across events', () => tempData(CONTESTED_RESIDENCE), 8],
    ['one no-value fact from two events, and an entity called "constructor"', () => tempData(STREAM_EDGES), 8]])('writes the same graph as the in-memory export, in every format: %s', async (_name, fixture, entities) => {
    const dir = await fixture();
    const { data, input } = await miniAsJsonl([], dir);
    const [streamed, inMemory] = [await tmp('out'), await tmp('out')];
    const s = await run('export', '--data', data, '--input', input, '--out', streamed);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(new RegExp(`Exported ${entities} entities`));
    expect((await run('export', '--data', dir, '--out', inMemory)).code).toBe(0);
    for (const profile of ['truthy', 'full']) {
      // Sorted lines, duplicates kept: a fact written twice by two blocks shows.
      const expected = lines(parseTurtle(await readFile(path.join(inMemory, `${profile}.nt`), 'utf8'), 'N-Triples'));
      expect(lines(parseTurtle(await readFile(path.join(streamed, `${profile}.nt`), 'utf8'), 'N-Triples'))).toEqual(expected);
      expect(lines(parseTurtle(await readFile(path.join(streamed, `${profile}.ttl`), 'utf8')))).toEqual(expected);
    }
  });

  it('splits into gzipped shards and describes them with correct sizes and checksums', async () => {
    const { data, input } = await miniAsJsonl();
    const out = await tmp('out');
    expect((await run('export', '--data', data, '--input', input, '--out', out, '--profile', 'full', '--format', 'nt', '--shard-size', '100', '--gzip')).code).toBe(0);
    const shards = (await readdir(out)).filter((f) => f.endsWith('.nt.gz')).sort();
    expect(shards.length).toBeGreaterThanOrEqual(2); // shards split at batch boundaries
    expect(shards[0]).toBe('full-00001.nt.gz');
    const description = new Store(parseTurtle(await readFile(path.join(out, 'void.ttl'), 'utf8')));
    let triples = 0;
    for (const shard of shards) {
      const bytes = await readFile(path.join(out, shard));
      const dist = description.getSubjects('http://purl.org/dc/terms/title', null, null).find((s) => description.getObjects(s, 'http://purl.org/dc/terms/title', null)[0]!.value === shard)!;
      const checksum = description.getObjects(dist, 'http://spdx.org/rdf/terms#checksum', null)[0]!;
      expect(description.getObjects(checksum, 'http://spdx.org/rdf/terms#checksumValue', null)[0]!.value).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(Number(description.getObjects(dist, 'http://www.w3.org/ns/dcat#byteSize', null)[0]!.value)).toBe(bytes.length);
      triples += gunzipSync(bytes).toString().split('\n').filter(Boolean).length;
    }
    const inMemory = await tmp('in-memory');
    expect((await run('export', '--data', MINI, '--out', inMemory, '--profile', 'full', '--format', 'nt')).code).toBe(0);
    expect(triples).toBe((await readFile(path.join(inMemory, 'full.nt'), 'utf8')).split('\n').filter(Boolean).length);
  });

  it('stops at a bad line with its number and writes nothing', async () => {
    const { data, input } = await miniAsJsonl(['{"kind":"person","id":"x","labels":{"en":"X"},"shoeSize":44}']);
    const out = await tmp('out');
    const r = await run('export', '--data', data, '--input', input, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/entities\.jsonl:5: x: unknown field "shoeSize"/);
    expect(await readdir(out)).toEqual([]);
  });

  it('stops at a repeated id found by the first pass, while the workers start, and writes nothing', async () => {
    const { data, input } = await miniAsJsonl();
    const first = (await readFile(input, 'utf8')).split('\n')[0]!;
    await writeFile(input, `${first}\n${await readFile(input, 'utf8')}`);
    const out = await tmp('out');
    const r = await run('export', '--data', data, '--input', input, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/entities\.jsonl:2: .*is used on an earlier line/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await readdir(out)).toEqual([]);
  });

  it('names a shapes directory without shapes, before any worker starts, and writes nothing', async () => {
    const { data, input } = await miniAsJsonl();
    const out = await tmp('out');
    const r = await run('export', '--data', data, '--input', input, '--out', out, '--shapes', await tmp('no-shapes'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no SHACL shapes \(\*\.ttl\) in .*no-shapes/);
    expect(r.stderr).not.toMatch(/worker|\n\s+at /);
    expect(await readdir(out)).toEqual([]);
  });

  it('skips and lists bad lines with --on-error skip, exit 3', async () => {
    const { data, input } = await miniAsJsonl(['not json', '{"kind":"person","id":"y","labels":{"en":"Y"},"father":[{"value":"nobody","references":[]}]}']);
    const out = await tmp('out');
    const r = await run('export', '--data', data, '--input', input, '--out', out, '--on-error', 'skip');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Skipped 2 bad lines/);
    expect(r.stderr).toMatch(/entities\.jsonl:5: not valid JSON/);
    expect(r.stderr).toMatch(/entities\.jsonl:6: y: father\[0\]\.value: "nobody" is not an entity/);
    expect(r.stdout).toMatch(/Exported 5 entities/);
  });

  it('skips what depends on a skipped line: no statements for a subject that is not in the dump (issue 16)', async () => {
    const ref = '"references":[{"source":"doc-a","quote":"q"}]';
    const { data, input } = await miniAsJsonl([
      '{"kind":"person","id":"zoe","labels":{"en":"Zoe"},"shoeSize":38}',
      `{"kind":"event","id":"zoe-birth","type":"birth","labels":{"en":"Zoe's birth"},"date":[{"value":"1901",${ref}}],"participants":[{"value":"zoe",${ref}}]}`,
      `{"kind":"event","id":"zoe-party","type":"arrest","labels":{"en":"a party"},"partOf":[{"value":"zoe-birth",${ref}}]}`,
    ]);
    const out = await tmp('out');
    const r = await run('export', '--data', data, '--input', input, '--out', out, '--on-error', 'skip');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Skipped 3 bad lines/);
    expect(r.stderr).toMatch(/zoe: unknown field "shoeSize"/);
    expect(r.stderr).toMatch(/zoe-birth: skipped with "zoe", which it refers to and which is skipped/);
    expect(r.stderr).toMatch(/zoe-party: skipped with "zoe-birth"/);
    const nt = await readFile(path.join(out, 'full.nt'), 'utf8');
    expect(nt).not.toMatch(/entity\/zoe/);
  });
});
