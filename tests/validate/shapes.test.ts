// Checks our SHACL shapes against hand-written data graphs: tests/shapes/<shape>/valid conform, each invalid one fails exactly as its "# expect" header says.
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/load/load-shapes.js';
import { compactIri } from '../../src/validate/report.js';
import { validateQuads } from '../../src/validate/validate.js';
import { shapeFixtures } from '../helpers/shape-fixtures.js';

const fixtures = shapeFixtures();
const SHAPES = [...new Set(fixtures.map((f) => f.shape))];

let shapes: Quad[];
beforeAll(async () => {
  shapes = await loadShapes();
});

describe('shape fixtures', () => {
  it('cover every shape with valid and invalid graphs', () => {
    expect(SHAPES).toEqual(['event', 'person', 'reference', 'source', 'statement', 'time-value', 'work']);
    for (const shape of SHAPES) {
      expect(fixtures.filter((f) => f.shape === shape && f.valid).length, `${shape}/valid`).toBeGreaterThan(0);
      expect(fixtures.filter((f) => f.shape === shape && !f.valid).length, `${shape}/invalid`).toBeGreaterThan(0);
    }
  });

  for (const fixture of fixtures) {
    if (fixture.valid) {
      it(`${fixture.name} conforms`, async () => {
        const report = await validateQuads(fixture.quads, shapes);
        expect(report.results.map((r) => `${r.path ?? '(node)'}: ${r.message}`)).toEqual([]);
        expect(report.conforms).toBe(true);
      });
    } else {
      const expected = fixture.expect!;
      it(`${fixture.name} fails with ${expected.count} result${expected.count === 1 ? '' : 's'}`, async () => {
        const report = await validateQuads(fixture.quads, shapes);
        expect(report.conforms).toBe(false);
        expect(report.results).toHaveLength(expected.count);
        expect(report.results.every((r) => r.severity === 'violation')).toBe(true);
        if (expected.paths.length) expect(report.results.map((r) => r.path ?? '(node)').sort()).toEqual([...expected.paths].sort());
        if (expected.constraints.length) expect(report.results.map((r) => compactIri(r.constraint)).sort()).toEqual([...expected.constraints].sort());
      });
    }
  }
});
