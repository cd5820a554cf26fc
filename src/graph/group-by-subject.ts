// **group-by-subject** — stable grouping of quads by subject, so writers can nest them.
import type { Quad } from '@rdfjs/types';

/** Quads of one subject together, subjects in order of first appearance, quads in input order. */
export function groupBySubject(quads: Iterable<Quad>): Quad[] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  return groups.size === 1 ? [...groups.values()][0]! : [...groups.values()].flat();
}
