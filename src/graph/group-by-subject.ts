// **group-by-subject** — stable grouping of quads by subject, so writers can nest them.
import type { Quad } from '@rdfjs/types';

/**
 * Quads of one subject together, subjects in order of first appearance, quads in input order.
 * Repeated quads are dropped: two statements with the same value (a spelling variant recorded as a
 * second claim) give one wdt: triple, and a dump file should not list a triple twice.
 */
export function groupBySubject(quads: Iterable<Quad>): Quad[] {
  const groups = new Map<string, Map<string, Quad>>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    const id = `${q.predicate.value} ${termKey(q.object)} ${termKey(q.graph)}`;
    if (!group.has(id)) group.set(id, q);
  }
  return [...groups.values()].flatMap((group) => [...group.values()]);
}

function termKey(t: Quad['object'] | Quad['graph']): string {
  return t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`;
}
