// The streaming paths give the same graph as the in-memory paths: from entities in memory and from
// a JSON Lines file, on the mini fixture and on the Serge dataset; and bad lines are located.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { buildGraph } from '../../src/graph/build.js';
import { streamGraphQuads } from '../../src/graph/stream.js';
import { createStreamContext } from '../../src/graph/context.js';
import { PreferredClaims } from '../../src/graph/preferred.js';
import { indexInput } from '../../src/first-pass.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { indexEntities, readEntities, type LineTally } from '../../src/load/read-jsonl.js';
import { factsOf } from '../../src/model/resolve.js';
import { propertyTable } from '../../src/model/property-table.js';
import { InputError } from '../../src/errors.js';
import { Writer } from 'n3';
import { CONTESTED_RESIDENCE, MINI, STREAM_EDGES, tempData } from '../helpers/temp-data.js';

/** Sorted N-Triples lines, duplicates kept: our graphs have no blank nodes, so equal lists are equal
 *  graphs written once each (and much faster to compare than canonical forms). */
const lines = (quads: Quad[]) => new Writer({ format: 'N-Triples' }).quadsToString(quads).split('\n').filter(Boolean).sort();

async function collect(quads: AsyncIterable<Quad>): Promise<Quad[]> {
  const out: Quad[] = [];
  for await (const q of quads) out.push(q);
  return out;
}

async function jsonl(lines: string[]): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'linked-lives-jsonl-')), 'entities.jsonl');
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

/** The data files of a directory as raw documents (the input schema, not the parsed model). */
async function rawEntities(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('dataset.')).sort();
  const docs = await Promise.all(files.map(async (f) => parse(await readFile(path.join(dir, f), 'utf8')) as { kind: string }));
  return docs.filter((d) => d.kind !== 'concept').map((d) => JSON.stringify(d));
}

const CONTESTED = () => tempData(CONTESTED_RESIDENCE);

describe.each([['mini', () => MINI], ['Serge dataset', () => 'data'], ['open-values fixture (every value type)', () => 'tests/fixtures/open-values'],
  ['mini with a residence preferred across events', CONTESTED],
  ['mini with one no-value fact from two events', () => tempData(STREAM_EDGES)]])('streaming export of the %s', (_name, where) => {
  for (const profile of ['truthy', 'full'] as const) {
    it(`equals the in-memory graph (${profile})`, async () => {
      const dir = await where();
      const dataset = await loadDataset(dir);
      const expected = lines(buildGraph(dataset, { profile }));
      const index = new Map(dataset.entities.map((e) => [e.id, factsOf(e)]));
      for (const s of dataset.manifest.sources) index.set(s.id, factsOf(s));
      const preferred = new PreferredClaims();
      for (const e of dataset.entities) preferred.note(createStreamContext(dataset.manifest, index), e);
      // The same modification times as the in-memory build takes from the dataset's files.
      const modified = { of: (id: string) => dataset.modified!.get(id), dump: dataset.modifiedAt! };
      const fromMemory = await collect(streamGraphQuads(dataset.manifest, dataset.entities, index, { profile, preferred, modified }));
      expect(lines(fromMemory)).toEqual(expected);

      // The same entities as JSON Lines, read in two passes.
      const file = await jsonl(await rawEntities(dir));
      const pass1 = await indexInput(dataset.manifest, file);
      const entities = readEntities(file, 'stop', undefined, undefined, propertyTable(dataset.manifest));
      const fromFile = await collect(streamGraphQuads(dataset.manifest, entities, pass1.facts, { profile, preferred: pass1.preferred, modified }));
      expect(lines(fromFile)).toEqual(expected);
    });
  }
});

describe('JSON Lines input', () => {
  const good = '{"kind":"person","id":"anna","labels":{"en":"Anna"}}';
  it('stops at the first bad line, naming file and line', async () => {
    const file = await jsonl([good, '{"kind":"person","id":"bob"', good.replace('anna', 'carl')]);
    const error = await collect(readEntities(file) as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toMatchObject({ code: 'syntax', line: 2, file });
  });
  it('skips and counts bad lines on request', async () => {
    const file = await jsonl([good, '{"kind":"person","id":"bob","labels":{"en":"B"},"birthday":1}', '', 'nonsense', good.replace('anna', 'carl')]);
    const tally: LineTally = { lines: 0, currentLine: 0, entities: 0, skipped: [] };
    const ids: string[] = [];
    for await (const e of readEntities(file, 'skip', tally)) ids.push(e.id);
    expect(ids).toEqual(['anna', 'carl']);
    expect(tally.skipped.map((i) => [i.line, i.code, i.entity])).toEqual([[2, 'schema', 'bob'], [4, 'syntax', undefined]]);
    expect(tally).toMatchObject({ lines: 4, entities: 2 });
  });
  it('finds preferred claims in the first pass, also where the rank is spelled with escapes', async () => {
    const dir = await CONTESTED();
    const { manifest } = await loadDataset(dir);
    const P551 = 'http://www.wikidata.org/prop/P551';
    const lines = await rawEntities(dir);
    const plain = await indexInput(manifest, await jsonl(lines));
    const escapedLines = lines.map((l) => l.replaceAll('"preferred"', '"pr\\u0065ferred"'));
    expect(lines.join('\n')).toContain('"preferred"');
    expect(escapedLines.join('\n')).not.toContain('preferred');
    const escaped = await indexInput(manifest, await jsonl(escapedLines));
    for (const { preferred } of [plain, escaped]) {
      expect(preferred.has('ivan', P551)).toBe(true);
      expect(preferred.has('ivan-in-village', P551)).toBe(false);
    }
    expect((await indexInput(manifest, await jsonl(await rawEntities(MINI)))).preferred.has('ivan', P551)).toBe(false);
  });

  it('reports a duplicate id in the first pass with its line', async () => {
    const file = await jsonl([good, good]);
    await expect(indexEntities(file)).rejects.toMatchObject({ issues: [{ code: 'duplicate_id', line: 2, entity: 'anna' }] });
    const skipped = await indexEntities(file, 'skip');
    expect(skipped.issues).toHaveLength(1);
  });
});
