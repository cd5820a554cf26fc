// The CLI and the library start without loading what they do not use: `--help` loads no dependency,
// `import('linked-lives')` none of the heavy ones, `validate` neither the store nor jsonld.js. Node's
// own module debug log (NODE_DEBUG=esm,module, written synchronously to stderr) names every file it
// resolves, ESM and CommonJS alike, so the packages loaded are read from it; the last case checks that
// this reading does see a package that is loaded.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli/main.js');
const HEAVY = ['oxigraph', 'jsonld', 'rdf-validate-shacl', 'n3', 'sparqljs', 'yaml'];

/** Runs node with the module debug log on; returns stdout and the packages (under node_modules) it loaded. */
async function loaded(args: string[]): Promise<{ stdout: string; packages: Set<string> }> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, NODE_DEBUG: 'esm,module', SOURCE_DATE_EPOCH: '0' },
    maxBuffer: 256 * 2 ** 20,
  });
  const packages = new Set([...stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)].map((m) => m[1]!));
  return { stdout, packages };
}

const library = (code: string) => ['--input-type=module', '-e', `const ll = await import('linked-lives');\n${code}`];

describe('fast start', () => {
  it('--help loads no dependency at all', async () => {
    const { stdout, packages } = await loaded([CLI, '--help']);
    expect(stdout).toMatch(/^linked-lives — /);
    expect([...packages]).toEqual([]);
  });

  it("import('linked-lives') loads none of the heavy dependencies", async () => {
    const { stdout, packages } = await loaded(library("console.log(typeof ll.validateDataset, typeof ll.loadStore, typeof ll.parseJsonLd)"));
    expect(stdout.trim()).toBe('function function function');
    expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
  });

  it('validate loads the SHACL engine, n3 and yaml, but not the store, jsonld.js or sparqljs', async () => {
    const { stdout, packages } = await loaded([CLI, 'validate', '--data', 'tests/fixtures/mini']);
    expect(stdout).toMatch(/full profile \(\d+ triples\): The data conforms to the shapes\./);
    expect(HEAVY.filter((p) => packages.has(p))).toEqual(['rdf-validate-shacl', 'n3', 'yaml']);
  });

  it('a library call loads what it needs when it runs (the log does see loaded packages)', async () => {
    const { stdout, packages } = await loaded(library([
      "const store = ll.loadStore({ text: '<http://example.org/a> <http://example.org/b> \"c\" .\\n', format: 'nt' });",
      "const quads = await ll.parseJsonLd({ '@id': 'http://example.org/a', 'http://example.org/b': 'c' });",
      'console.log(store.size, quads.length);',
    ].join('\n')));
    expect(stdout.trim()).toBe('1 1');
    expect(packages.has('oxigraph')).toBe(true);
    expect(packages.has('jsonld')).toBe(true);
  });
});
