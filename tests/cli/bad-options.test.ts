// Options that point nowhere or say nothing sensible get exit 2 and a sentence, never exit 70 (issue 16).
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI } from '../helpers/temp-data.js';

const CLI = path.resolve('dist/cli/main.js');
const run = (...args: string[]) => promisify(execFile)(process.execPath, [CLI, ...args]).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

let manifestOnly: string;
let input: string;
beforeAll(async () => {
  manifestOnly = await mkdtemp(path.join(tmpdir(), 'linked-lives-options-'));
  await copyFile(path.join(MINI, 'dataset.yaml'), path.join(manifestOnly, 'dataset.yaml'));
  input = path.join(manifestOnly, 'in.jsonl');
  await writeFile(input, '{"kind":"person","id":"zz","labels":{"en":"Z"}}\n');
});

describe('bad options', () => {
  it.each([
    ['a missing --input', () => ['export', '--data', manifestOnly, '--input', '/nonexistent.jsonl', '--out', `${manifestOnly}/o`], /\/nonexistent\.jsonl: cannot read the input: no such file/],
    ['a folder as --input', () => ['export', '--data', manifestOnly, '--input', tmpdir(), '--out', `${manifestOnly}/o`], /cannot read the input: it is a folder, not a file/],
    ['--shard-size 0', () => ['export', '--data', manifestOnly, '--input', input, '--shard-size', '0', '--out', `${manifestOnly}/o`], /--shard-size takes a positive whole number of triples, not "0"/],
    ['--shard-size abc', () => ['export', '--data', manifestOnly, '--input', input, '--shard-size', 'abc', '--out', `${manifestOnly}/o`], /not "abc"/],
    ['--shard-size 1.5', () => ['export', '--data', manifestOnly, '--input', input, '--shard-size', '1.5', '--out', `${manifestOnly}/o`], /not "1\.5"/],
    ['a --report in a folder that does not exist', () => ['validate', '--data', MINI, '--report', '/nonexistent/dir/r.ttl'], /cannot write the report to \/nonexistent\/dir\/r\.ttl: its folder does not exist/],
    ['a --shapes folder that does not exist', () => ['validate', '--data', MINI, '--shapes', '/nonexistent'], /cannot read the shapes directory \/nonexistent: no such folder/],
    ['a file as --shapes', () => ['validate', '--data', MINI, '--shapes', input], /it is a file, not a folder/],
    ['a publish --timeout of 0', () => ['publish', '--endpoint', 'http://127.0.0.1:9/sparql', '--graph', 'urn:g', '--data', MINI, '--timeout', '0'], /--timeout takes the seconds to wait/],
  ])('%s: exit 2 and a sentence', async (_what, args, message) => {
    const r = await run(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('never echoes a password written into a malformed endpoint', async () => {
    const r = await run('publish', '--endpoint', 'http://alice:PASSWORD@', '--graph', 'urn:g', '--data', MINI);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"http:\/\/<hidden>@" is not a URL/);
    expect(r.stderr).not.toMatch(/PASSWORD/);
  });

  it('shows control characters of file names as text, not as terminal commands', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-ansi-'));
    await copyFile(path.join(MINI, 'dataset.yaml'), path.join(dir, 'dataset.yaml'));
    await writeFile(path.join(dir, 'anna\u001b[2K\u001b[1A.yaml'), 'kind: person\nid: anna\nlabels: { en: A }\nbirthday: 1\n');
    const r = await run('validate', '--data', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('anna\\x1b[2K\\x1b[1A.yaml');
    expect(r.stderr).not.toContain('\u001b');
  });

  it('refuses RDF/XML that declares entities (a billion-laughs file) before parsing it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-xml-'));
    const lol = ['<!DOCTYPE rdf:RDF [', '<!ENTITY a "lollollollol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`), ']>'];
    await writeFile(path.join(dir, 'lol.rdf'), `<?xml version="1.0"?>\n${lol.join('\n')}\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="urn:x"><rdf:value>&j;</rdf:value></rdf:Description></rdf:RDF>\n`);
    const r = await run('query', '--file', path.join(dir, 'lol.rdf'), 'SELECT * WHERE { ?s ?p ?o }');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/declares XML entities .* is refused/);
  });
});
