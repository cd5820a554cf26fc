// The streamed export of the whole Serge dataset (data/ as JSON Lines, two batches on worker threads),
// and of the open-values fixture (every value type, declared properties, identifier counts), equals
// the in-memory export triple for triple: every profile, every format, line for line after
// sorting, duplicates included (a shared node or derived fact written by two workers would show here).
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Writer } from 'n3';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJsonLd } from '../../src/serialize/jsonld.js';
import { parseTurtle } from '../helpers/rdf.js';

const CLI = path.resolve('dist/cli/main.js');
const exec = (...args: string[]) => promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '0' }, maxBuffer: 1 << 26 });
const tmp = (name: string) => mkdtemp(path.join(tmpdir(), `linked-lives-${name}-`));

/** N-Triples lines of a dump, sorted, one per triple as the file states it (duplicates kept). */
async function sortedLines(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  const format = path.extname(file);
  const quads = format === '.ttl' ? parseTurtle(text) : format === '.jsonld' ? await parseJsonLd(JSON.parse(text)) : parseTurtle(text, format === '.nq' ? 'N-Quads' : 'N-Triples');
  return new Writer({ format: 'N-Quads' }).quadsToString(quads).split('\n').filter(Boolean).sort();
}

/** Both exports of a data directory: streamed from its entities as JSON Lines, and in memory. */
async function exportBoth(dir: string): Promise<{ streamed: string; inMemory: string }> {
  // Split as a user would for --input: the manifest and concept files stay, entities become lines.
  const manifest = await tmp('manifest');
  const lines: string[] = [];
  for (const file of (await readdir(dir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const doc = parse(await readFile(path.join(dir, file), 'utf8')) as { kind?: string };
    if (file === 'dataset.yaml' || doc.kind === 'concept') await copyFile(path.join(dir, file), path.join(manifest, path.basename(file)));
    else lines.push(JSON.stringify(doc));
  }
  const input = path.join(await tmp('input'), 'entities.jsonl');
  await writeFile(input, lines.join('\n') + '\n');
  const [streamed, inMemory] = [await tmp('streamed'), await tmp('in-memory')];
  await exec('export', '--data', manifest, '--input', input, '--out', streamed);
  await exec('export', '--data', dir, '--out', inMemory);
  return { streamed, inMemory };
}

const exports: Record<string, { streamed: string; inMemory: string }> = {};
beforeAll(async () => {
  exports.data = await exportBoth('data');
  exports['tests/fixtures/open-values'] = await exportBoth('tests/fixtures/open-values');
}, 240_000);

describe.each([['data', 20_000, 5_000], ['tests/fixtures/open-values', 4_000, 3_500]])('the streamed export of %s', (dir, fullAtLeast, truthyAtLeast) => {
  for (const profile of ['truthy', 'full']) {
    for (const format of ['nt', 'nq', 'ttl', 'jsonld']) {
      it(`equals the in-memory export: ${profile}.${format}`, async () => {
        const { streamed, inMemory } = exports[dir]!;
        const expected = await sortedLines(path.join(inMemory, `${profile}.${format}`));
        const actual = await sortedLines(path.join(streamed, `${profile}.${format}`));
        expect(actual.length).toBeGreaterThan(profile === 'full' ? fullAtLeast : truthyAtLeast);
        expect(actual.length).toBe(expected.length);
        expect(actual).toEqual(expected);
      });
    }
  }
});
