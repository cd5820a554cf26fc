// Model and shapes stay in step: every property a field maps to, and every property an event
// derives, has a property shape on the kind's node shape.
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { DERIVED_PROPERTIES, FOUNDING_PROPERTIES } from '../../src/graph/derive.js';
import { FIELD_MAPPINGS, KIND_CLASSES } from '../../src/graph/mappings.js';
import { propertyIris, wd } from '../../src/graph/property.js';
import { loadShapes } from '../../src/load/load-shapes.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';

const store = new Store(await loadShapes());

function shapedPaths(kindClass: string): Set<string> {
  const shapes = store.getSubjects(N.sh + 'targetClass', N.ll + kindClass, null);
  const paths = new Set<string>();
  for (const shape of shapes) {
    for (const property of store.getObjects(shape, N.sh + 'property', null)) {
      for (const path of store.getObjects(property, N.sh + 'path', null)) paths.add(path.value);
    }
  }
  return paths;
}

// Properties events add to persons (graph/derive.ts) and to any subject (significant event): the list
// derive.ts keeps of what it can produce, so a new derived property cannot miss its shape.
const FOUNDING: readonly string[] = FOUNDING_PROPERTIES;
const DERIVED = DERIVED_PROPERTIES.filter((name) => !FOUNDING.includes(name));

describe('model ↔ shapes', () => {
  for (const [kind, mapping] of Object.entries(FIELD_MAPPINGS)) {
    if (kind === 'source') continue;
    it(`every ${kind} field has a property shape`, () => {
      const paths = shapedPaths(KIND_CLASSES[kind as keyof typeof KIND_CLASSES]);
      const missing = Object.entries(mapping).filter(([, p]) => !paths.has(propertyIris(p).direct)).map(([field]) => field);
      expect(missing).toEqual([]);
    });
  }
  it('every property derived from events has a person property shape', () => {
    const paths = shapedPaths('Person');
    expect(DERIVED.filter((name) => !paths.has(propertyIris(wd(name)).direct))).toEqual([]);
  });
  it.each(['Organization', 'Work'])('every property a founding or dissolution derives has a %s property shape', (kindClass) => {
    const paths = shapedPaths(kindClass);
    expect(FOUNDING_PROPERTIES.filter((name) => !paths.has(propertyIris(wd(name)).direct))).toEqual([]);
  });
});
