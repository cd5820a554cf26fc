// The package as a TypeScript user gets it: packed with `npm pack`, installed with npm into a project of
// their own, and type-checked with the compiler's defaults (strict, module nodenext, no skipLibCheck).
//
// Offline: the consumer's node_modules is first filled with copies of what npm would install (the
// package's dependencies and theirs, read from package-lock.json, plus the consumer's own typescript and
// @types/node), so that `npm install --offline <tarball>` finds everything present. Copies, not symlinks:
// a symlink resolves to our own node_modules, where our devDependencies (@types/…) would hide a
// declaration a user does not have.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

const run = promisify(execFile);
const TIMEOUT = 600_000;

interface LockEntry { version: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> }

/** The top-level node_modules folders npm would install for these packages (nested ones come along). */
async function installClosure(names: string[]): Promise<string[]> {
  const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    // Node's lookup: the package's own node_modules first, then each enclosing one up to the top.
    let key: string | undefined;
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (lock.packages[candidate]) { key = candidate; break; }
      if (!base) break;
    }
    if (!key || seen.has(key)) return;
    seen.add(key);
    const entry = lock.packages[key]!;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) visit(dep, key);
  };
  for (const name of names) visit(name, '');
  return [...seen].filter((key) => key.split('node_modules/').length === 2);
}

const own = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> };
const versionOf = async (name: string) => (JSON.parse(await readFile(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

// A person and her birth written as the YAML files look, typed with the package's input types, then
// loaded and built through the public API. The @ts-expect-error lines fail the check if the types
// stopped catching mistakes (a misspelt field, a date that is not text or a year).
const CONSUMER = `import { writeFile, mkdir } from 'node:fs/promises';
import { loadDataset, buildGraph, type EventInput, type ManifestInput, type PersonInput, type StatementInput, type TimeValueInput } from 'linked-lives';
import { P } from 'linked-lives/vocab';

const manifest: ManifestInput = {
  title: { en: 'A consumer test' },
  baseIri: 'https://example.org/consumer/',
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
  sources: [{ id: 'register', labels: { en: 'Parish register' }, title: { text: 'Parish register', lang: 'en' }, file: 'register.txt', language: 'en' }],
};
const anna: PersonInput = {
  kind: 'person',
  id: 'anna',
  labels: { en: 'Anna Printer' },
  occupations: [{ value: 'writer', references: [{ source: 'register', quote: 'Anna, writer' }] }],
  citizenship: [{ noValue: true, references: [{ source: 'register', quote: 'stateless' }] }],
};
const birthDate: StatementInput<TimeValueInput> = { value: '1890-12-30', rank: 'preferred', references: [{ source: 'register', quote: 'born 30 December 1890' }] };
const birth: EventInput = {
  kind: 'event',
  id: 'birth-of-anna',
  type: 'birth',
  labels: { en: 'Birth of Anna Printer' },
  date: [birthDate, { value: 1890, references: [{ source: 'register', quote: 'born in 1890' }] }],
  participants: [{ value: 'anna', references: [{ source: 'register', quote: 'Anna was born' }] }],
};
// @ts-expect-error a field persons do not have
const misspelt: PersonInput = { kind: 'person', id: 'x', labels: { en: 'X' }, ocupations: [] };
// @ts-expect-error a date is text or a year, not a Date
const wrongDate: StatementInput<TimeValueInput> = { value: new Date(), references: [] };
void misspelt; void wrongDate;

const dir = process.argv[2]!;
await mkdir(dir, { recursive: true });
await writeFile(\`\${dir}/dataset.json\`, JSON.stringify(manifest));
await writeFile(\`\${dir}/anna.json\`, JSON.stringify(anna));
await writeFile(\`\${dir}/birth.json\`, JSON.stringify(birth));
const dataset = await loadDataset(dir);
const quads = buildGraph(dataset, { profile: 'truthy' });
const born = quads.filter((q) => q.predicate.value.endsWith(\`/prop/direct/\${P.dateOfBirth}\`));
console.log(born.map((q) => \`\${q.subject.value} \${q.object.value}\`).join('\\n'));
`;

describe('the packed package in a TypeScript project', () => {
  let project: string;
  let install: { stdout: string; stderr: string };

  beforeAll(async () => {
    project = await tempDir('linked-lives-consumer-');
    // --ignore-scripts: dist is built already (npm test builds first); prepack would rebuild it under the other tests.
    const packed = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', project]);
    const tarball = path.join(project, packed.stdout.trim().split('\n').pop()!);
    const app = path.join(project, 'app');
    await mkdir(path.join(app, 'node_modules'), { recursive: true });
    const devDependencies = { typescript: await versionOf('typescript'), '@types/node': await versionOf('@types/node') };
    await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', devDependencies }));
    for (const folder of await installClosure([...Object.keys(own.dependencies), ...Object.keys(devDependencies)])) {
      await cp(folder, path.join(app, folder), { recursive: true, verbatimSymlinks: true });
    }
    install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app });
    await writeFile(path.join(app, 'consumer.ts'), CONSUMER);
  }, TIMEOUT);

  it('installs from the tarball without npm warning about install scripts', () => {
    expect(install.stderr).not.toMatch(/install-scripts|prepare/);
  });

  it('type-checks a consumer that writes data in input form, with default compiler options and no skipLibCheck', async () => {
    const app = path.join(project, 'app');
    const tsc = path.join(app, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '--strict', '--module', 'nodenext', '--outDir', 'out', 'consumer.ts'], { cwd: app })
      .catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
    expect(result.stdout).toBe('');
    expect('failed' in result).toBe(false);
    // The literals are data the loader accepts, not just types: the compiled consumer loads and builds them.
    const { stdout } = await run(process.execPath, [path.join('out', 'consumer.js'), path.join(project, 'data')], { cwd: app });
    expect(stdout.trim()).toBe('https://example.org/consumer/entity/anna 1890-12-30T00:00:00Z');
  }, TIMEOUT);

  it("require('linked-lives') fails saying the package is ESM-only and how to import it", async () => {
    const app = path.join(project, 'app');
    for (const specifier of ['linked-lives', 'linked-lives/vocab']) {
      const error = await run(process.execPath, ['-e', `require('${specifier}')`], { cwd: app }).then(() => undefined, (e: { stderr: string }) => e);
      expect(error?.stderr).toMatch(/linked-lives is an ES module only and cannot be loaded with require\(\)/);
      expect(error?.stderr).toContain("import { loadDataset, buildGraph } from 'linked-lives'");
      expect(error?.stderr).toContain("await import('linked-lives')");
    }
  });
});
