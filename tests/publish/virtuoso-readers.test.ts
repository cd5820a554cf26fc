// Readers during a replace: publish swaps version A of a graph (80 000 triples) for version B (110 000)
// and back, three times, while readers query the graph through /sparql without pause. Every answer must
// hold exactly A's triples or exactly B's, and reads must overlap every swap, or the test proves nothing.
// The server runs at repeatable read, as the README asks of Virtuoso. To watch the test catch Virtuoso's
// own default (about one read in a hundred during a MOVE sees a mixture of A and B):
//   VIRTUOSO_ISOLATION="read committed" npx vitest run tests/publish/virtuoso-readers.test.ts
// At repeatable read a COUNT(*) that waited for a lock can count some rows twice (README), so readers
// alternate: distinct triples, which must match exactly, and plain COUNT(*), reported and checked for
// mixtures only.
// At repeatable read a swap waits for running reads and they for it; now and then the two wait on each
// other for half a minute or more (README), hence the long timeout: the test is about what readers
// see, not about how long a swap takes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Credentials } from '../../src/publish/credentials.js';
import { publish, type PublishOptions } from '../../src/publish/publish.js';
import { versioned } from './synthetic.js';
import { describeWithVirtuoso, startVirtuoso, type Isolation, type Virtuoso } from '../helpers/virtuoso.js';

const GRAPH = 'https://example.org/graph/readers';
const A = versioned(80_000, 'a');
const B = versioned(110_000, 'b');
const READERS = 2;
const isolation = (process.env.VIRTUOSO_ISOLATION ?? 'repeatable read') as Isolation;

/** What a reader saw: triples, and triples on A's and on B's marker predicate. */
const stateQuery = (distinct: boolean) => {
  const pattern = `GRAPH <${GRAPH}> { ?s ?p ?o }`;
  return `SELECT (COUNT(*) AS ?n) (SUM(IF(?p = <${A.marker}>, 1, 0)) AS ?a) (SUM(IF(?p = <${B.marker}>, 1, 0)) AS ?b)
  WHERE { ${distinct ? `{ SELECT DISTINCT ?s ?p ?o WHERE { ${pattern} } }` : pattern} }`;
};
const STATE_A = `${A.quads.length}/${A.quads.length / 10}/0`;
const STATE_B = `${B.quads.length}/0/${B.quads.length / 10}`;

interface Read { start: number; end: number; distinct: boolean; state: string }
interface Window { start: number; end: number }

describeWithVirtuoso(`readers of a graph while publish replaces it (Virtuoso at ${isolation})`, () => {
  let vt: Virtuoso;
  beforeAll(async () => { vt = await startVirtuoso({ isolation }); }, 90_000);
  afterAll(async () => vt?.stop());
  const options = (extra: Partial<PublishOptions>): PublishOptions => ({
    endpoint: vt.sparqlAuth, graph: GRAPH, credentials: new Credentials(vt.writer.user, vt.writer.password), batchSize: 100_000, ...extra,
  });

  const readState = async (distinct: boolean) => {
    try {
      const [row] = await vt.select(stateQuery(distinct));
      return `${row?.n?.value}/${row?.a?.value ?? 0}/${row?.b?.value ?? 0}`;
    } catch (error) {
      return `error: ${(error as Error).message.slice(0, 200)}`;
    }
  };

  it('see the old version or the new one, whole, before, during and after each swap', async () => {
    await publish(A.quads, options({}));
    const reads: Read[] = [];
    const swaps: Window[] = [];
    let publishing = true;
    const reader = async (_: unknown, index: number) => {
      for (let distinct = index % 2 === 0; publishing; distinct = !distinct) {
        const start = Date.now();
        const state = await readState(distinct);
        reads.push({ start, end: Date.now(), distinct, state });
      }
    };
    const readers = Array.from({ length: READERS }, reader);
    try {
      for (const next of [B, A, B]) {
        const swap: Window = { start: 0, end: 0 };
        await publish(next.quads, options({
          onProgress: (e) => {
            if (e.phase === 'verified') swap.start = Date.now();
            if (e.phase === 'swapped') swap.end = Date.now();
          },
        }));
        swaps.push(swap);
      }
    } finally {
      publishing = false;
      await Promise.all(readers);
    }

    const during = (r: Read) => swaps.some((w) => r.start < w.end && r.end > w.start);
    const [exact, plain] = [reads.filter((r) => r.distinct), reads.filter((r) => !r.distinct)];
    const wrong = exact.filter((r) => r.state !== STATE_A && r.state !== STATE_B);
    const overCounted = plain.filter((r) => r.state !== STATE_A && r.state !== STATE_B);
    const mixed = plain.filter((r) => /\/[1-9]\d*\/[1-9]/.test(r.state) || r.state.startsWith('error'));
    const overlapping = swaps.map((w) => exact.filter((r) => r.start < w.end && r.end > w.start).length);
    console.info(`${isolation}: ${swaps.length} swaps (${swaps.map((w) => w.end - w.start).join(', ')} ms); ` +
      `${exact.length} reads of distinct triples, ${overlapping.join(' + ')} overlapping a swap, ${wrong.length} neither A (${STATE_A}) nor B (${STATE_B})` +
      `${wrong.length ? ` (${wrong.filter(during).length} during a swap): ${wrong.slice(0, 5).map((r) => r.state).join('; ')}` : ''}; ` +
      `${plain.length} plain COUNT(*) reads, ${overCounted.length} off (${overCounted.filter(during).length} during a swap)` +
      `${overCounted.length ? `: ${overCounted.slice(0, 5).map((r) => r.state).join('; ')}` : ''}`);
    expect(wrong.map((r) => r.state)).toEqual([]);
    expect(mixed.map((r) => r.state)).toEqual([]);
    for (const n of overlapping) expect(n).toBeGreaterThan(0);
    expect(await vt.count(GRAPH)).toBe(B.quads.length);
  }, 600_000);
});
