// Test helper: reads the SHACL fixtures tests/shapes/<shape>/{valid,invalid}/*.ttl and their "# expect" header lines.
import type { Quad } from '@rdfjs/types';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTurtle } from './rdf.js';
import { repoPath } from './graphs.js';

export const SHAPE_FIXTURES_DIR = repoPath('tests/shapes');

export interface ShapeFixture {
  shape: string;
  valid: boolean;
  /** shape/valid/name.ttl */
  name: string;
  quads: Quad[];
  /** Invalid fixtures: the number of results, their paths ("(node)" for none) and their constraint components (sh:…). */
  expect?: { count: number; paths: string[]; constraints: string[] };
}

/**
 * Every fixture. An invalid one must open with `# expect: N`, and may list one `# expect-path: wdt:P569`
 * and one `# expect-constraint: sh:MaxCountConstraintComponent` line per result; a valid one has no expect lines.
 * A malformed header throws: a broken manifest must not turn into a silent partial run.
 */
export function shapeFixtures(): ShapeFixture[] {
  const fixtures: ShapeFixture[] = [];
  for (const shape of readdirSync(SHAPE_FIXTURES_DIR).sort()) {
    for (const kind of ['valid', 'invalid'] as const) {
      const dir = path.join(SHAPE_FIXTURES_DIR, shape, kind);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ttl')).sort()) {
        const name = `${shape}/${kind}/${file}`;
        const text = readFileSync(path.join(dir, file), 'utf8');
        const fixture: ShapeFixture = { shape, valid: kind === 'valid', name, quads: parseTurtle(text) };
        const expect = readExpect(text, name);
        if (fixture.valid && expect) throw new Error(`${name}: a valid fixture has no "# expect" lines`);
        if (!fixture.valid && !expect) throw new Error(`${name}: an invalid fixture must open with "# expect: N"`);
        if (expect) fixture.expect = expect;
        fixtures.push(fixture);
      }
    }
  }
  return fixtures;
}

function readExpect(text: string, name: string): ShapeFixture['expect'] {
  const lines = text.split('\n');
  const first = /^# expect: (\d+)$/.exec(lines[0] ?? '');
  const valuesOf = (key: string) => lines.flatMap((l) => (l.startsWith(`# ${key}: `) ? [l.slice(key.length + 4).trim()] : []));
  if (!first) {
    if (lines.some((l) => l.startsWith('# expect'))) throw new Error(`${name}: "# expect: N" must be the first line`);
    return undefined;
  }
  const count = Number(first[1]);
  const paths = valuesOf('expect-path');
  const constraints = valuesOf('expect-constraint');
  for (const [key, list] of [['expect-path', paths], ['expect-constraint', constraints]] as const) {
    if (list.length && list.length !== count) throw new Error(`${name}: ${list.length} "# ${key}" lines for ${count} expected results`);
  }
  return { count, paths, constraints };
}
