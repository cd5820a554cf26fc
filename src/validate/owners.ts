// **owners** — which entity a node of the graph belongs to: statement nodes hang off their entity
// (p:Pn), value and reference nodes off the first statement that uses them.
import type { Quad } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';

const OWNING_PREFIXES = [NAMESPACES.p, NAMESPACES.llp];
const SHARED = [NAMESPACES.psv, NAMESPACES.pqv, NAMESPACES.llpsv, NAMESPACES.llpqv, NAMESPACES.prov + 'wasDerivedFrom'];

/** Maps every statement, value and reference node IRI to the IRI of the entity it belongs to. */
export function nodeOwners(quads: Iterable<Quad>): Map<string, string> {
  const owner = new Map<string, string>();
  const shared: Quad[] = [];
  for (const q of quads) {
    const p = q.predicate.value;
    if (q.object.termType !== 'NamedNode') continue;
    if (isStatementLink(p)) owner.set(q.object.value, q.subject.value);
    else if (SHARED.some((prefix) => p.startsWith(prefix))) shared.push(q);
  }
  for (const q of shared) {
    const entity = owner.get(q.subject.value);
    if (entity && !owner.has(q.object.value)) owner.set(q.object.value, entity);
  }
  return owner;
}

function isStatementLink(p: string): boolean {
  // p: is a prefix of ps:, pq: … — a statement link is exactly p:<id>, with no further slash.
  return OWNING_PREFIXES.some((prefix) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
}
