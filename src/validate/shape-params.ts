// **shape-params** — each shape's sh: parameters (sh:node, sh:datatype, sh:maxCount …) by its node,
// compacted, so that a finding's fix hint can say what the shape asked for.
import type { Quad } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';
import { compactIri } from './report.js';
import type { ShapeParams } from './fix-hints.js';

export function shapeParams(shapes: Iterable<Quad>): Map<string, ShapeParams> {
  const out = new Map<string, ShapeParams>();
  for (const q of shapes) {
    if (!q.predicate.value.startsWith(NAMESPACES.sh)) continue;
    const name = q.predicate.value.slice(NAMESPACES.sh.length);
    const params = out.get(q.subject.value) ?? {};
    const value = q.object.termType === 'NamedNode' ? compactIri(q.object.value) : q.object.value;
    (params[name] ??= []).push(value);
    out.set(q.subject.value, params);
  }
  return out;
}
