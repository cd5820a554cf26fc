// **batch-validate** — SHACL validation of one batch of a streaming export, giving the results
// whole-graph validation gives for the batch's own nodes. Nodes the batch only points at get stub
// type triples (so sh:class on them holds), and results about stubs are dropped: each node is
// judged in the batch that holds its triples.
import type { Quad } from '@rdfjs/types';
import { KIND_CLASSES } from '../graph/mappings.js';
import { node, RDF_TYPE, triple, vocab } from '../graph/terms.js';
import { Q } from '../vocab/items.js';
import { NAMESPACES as N } from '../vocab/namespaces.js';
import { P } from '../vocab/properties.js';
import { nodeOwners } from '../validate/owners.js';
import type { ReportResult } from '../validate/report.js';
import { validateQuads, type CompiledShapes, type DescribeEntity } from '../validate/validate.js';
import type { FactsTable } from '../model/facts-table.js';

export async function validateBatch(quads: Quad[], shapes: CompiledShapes, base: string, facts: FactsTable, describe: DescribeEntity): Promise<ReportResult[]> {
  const own = new Set<string>();
  const typed = new Set<string>();
  for (const q of quads) {
    own.add(q.subject.value);
    if (q.predicate.value === RDF_TYPE) typed.add(q.subject.value);
  }
  const stubs: Quad[] = [];
  const stubbed = new Set<string>();
  const stub = (iri: string) => {
    if (typed.has(iri) || stubbed.has(iri)) return;
    stubbed.add(iri);
    stubs.push(...stubFor(iri, base, facts));
  };
  for (const q of quads) {
    if (q.object.termType === 'NamedNode') stub(q.object.value);
    stub(q.subject.value); // a person that only receives claims derived from an event in this batch
  }
  // Owners only matter for results, which are rare: found on first use.
  let owners: Map<string, string> | undefined;
  const ownerOf = { get: (node: string) => (owners ??= nodeOwners(quads)).get(node) };
  const report = await validateQuads([...quads, ...stubs], shapes, { describe, owners: ownerOf });
  return report.results.filter((r) => own.has(r.focusNode));
}

const VALUE_CLASSES = ['TimeValue', 'QuantityValue', 'GlobecoordinateValue'].map((c) => vocab(N.wikibase + c));

/** Type triples standing in for a node described in another batch. */
function stubFor(iri: string, base: string, facts: FactsTable): Quad[] {
  if (iri.startsWith(`${base}entity/`)) {
    const found = facts.get(iri.slice(base.length + 'entity/'.length));
    if (!found) return [];
    const kind = triple(iri, RDF_TYPE, vocab(N.ll + KIND_CLASSES[found.kind]));
    return found.kind === 'person' ? [kind, triple(iri, N.wdt + P.instanceOf, node(N.wd + Q.human))] : [kind];
  }
  if (iri.startsWith(`${base}reference/`)) return [triple(iri, RDF_TYPE, vocab(N.wikibase + 'Reference'))];
  // A value node is a time, quantity or coordinate value; the links to it check only its class, and its
  // own results are not reported here (it is not the batch's), so it stands in as all three.
  if (iri.startsWith(`${base}value/`)) return VALUE_CLASSES.map((c) => triple(iri, RDF_TYPE, c));
  return [];
}
