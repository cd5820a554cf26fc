// **verify** — does the store hold what was sent? The triple count of a graph, and for a sample of
// entities the number of triples each has.
import { PublishError } from './errors.js';
import { numberOf, type StoreClient } from './store-client.js';

/** Throws unless `graph` holds exactly `expected` triples. */
export async function checkCount(client: StoreClient, graph: string, expected: number, what: string): Promise<void> {
  const held = await client.count(graph);
  if (held === expected) return;
  throw new PublishError(
    `${what} holds ${held} triples where ${expected} were sent` +
    (held < expected ? ': the store merged or dropped some (Virtuoso merges literals of equal value, such as "01" and "1" as integers)' : ''),
    'verification_failed', { graph, held, expected });
}

/** Throws unless each sampled subject has as many triples in `graph` as in the dump. */
export async function checkSample(client: StoreClient, graph: string, sample: [string, number][]): Promise<void> {
  if (!sample.length) return;
  const values = sample.map(([subject]) => `<${subject}>`).join(' ');
  const rows = await client.select(
    `SELECT ?s (COUNT(*) AS ?n) WHERE { VALUES ?s { ${values} } GRAPH <${graph}> { ?s ?p ?o } } GROUP BY ?s`,
    `checking ${sample.length} sampled entities`);
  const held = new Map(rows.map((row) => [row.s?.value, numberOf(row.n)]));
  const wrong = sample.filter(([subject, n]) => held.get(subject) !== n);
  if (!wrong.length) return;
  const [subject, n] = wrong[0]!;
  throw new PublishError(
    `${wrong.length} of ${sample.length} sampled entities differ in <${graph}>, e.g. <${subject}> has ${held.get(subject) ?? 0} triples where ${n} were sent`,
    'verification_failed', { graph, subjects: wrong.map(([s]) => s) });
}
