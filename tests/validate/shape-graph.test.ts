// Whether shapes refer back to themselves decides whether rdf-validate-shacl keeps its guard against
// endless checking (validate.ts): ours do not, so every check runs; recursive shapes keep the guard.
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/load/load-shapes.js';
import { shapeCycle } from '../../src/validate/shape-recursion.js';
import { validateQuads } from '../../src/validate/validate.js';
import { parseTurtle } from '../helpers/rdf.js';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
`;
/** A person whose parent must be a person: the shape refers to itself through sh:property and sh:node. */
const RECURSIVE = parseTurtle(`${PREFIXES}
ex:Person a sh:NodeShape ; sh:targetClass ex:Person ; sh:property [ sh:path ex:parent ; sh:node ex:Person ] .
`);
/** The same through a list of alternatives. */
const RECURSIVE_OR = parseTurtle(`${PREFIXES}
ex:Person a sh:NodeShape ; sh:targetClass ex:Person ; sh:property [ sh:path ex:parent ; sh:or ( ex:Unknown ex:Person ) ] .
ex:Unknown a sh:NodeShape ; sh:hasValue ex:nobody .
`);

describe('shape recursion', () => {
  it('is absent from our shapes', async () => {
    expect(shapeCycle(await loadShapes())).toBeUndefined();
  });

  it('is found through sh:property, sh:node and sh:or lists', () => {
    for (const shapes of [RECURSIVE, RECURSIVE_OR]) {
      const cycle = shapeCycle(shapes)!;
      expect(cycle[0]).toBe(cycle.at(-1));
      expect(cycle).toContain('https://example.org/Person');
    }
  });

  it('keeps the engine guard, so a cycle in the data ends', async () => {
    const data = parseTurtle(`${PREFIXES}
ex:a a ex:Person ; ex:parent ex:b . ex:b a ex:Person ; ex:parent ex:a .`);
    const report = await validateQuads(data, RECURSIVE);
    expect(report.conforms).toBe(true); // without the guard: a → b → a … until the stack overflows
  });
});
