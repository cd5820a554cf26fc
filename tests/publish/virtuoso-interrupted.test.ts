// A Virtuoso killed (SIGKILL) in the middle of a publish: the publish fails as "stopped answering"
// (exit 8), the previous graph is intact after a restart, and a rerun completes and removes the
// staging graph the killed run left behind. Killed during the upload, and during the MOVE itself.
// Its own server, since this one gets killed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Credentials } from '../../src/publish/credentials.js';
import { PUBLISH_EXIT_CODES, PublishError } from '../../src/publish/errors.js';
import { publish, type PublishOptions, type PublishProgress } from '../../src/publish/publish.js';
import { synthetic, versioned } from './synthetic.js';
import { describeWithVirtuoso, startVirtuoso, type Virtuoso } from '../helpers/virtuoso.js';

const GRAPH = 'https://example.org/graph/interrupted';

describeWithVirtuoso('publish to a Virtuoso that is killed mid-publish', () => {
  let vt: Virtuoso;
  beforeAll(async () => { vt = await startVirtuoso(); }, 90_000);
  afterAll(async () => vt?.stop());
  const options = (extra: Partial<PublishOptions> = {}): PublishOptions => ({
    endpoint: vt.sparqlAuth, graph: GRAPH, credentials: new Credentials(vt.writer.user, vt.writer.password),
    batchSize: 20_000, retry: { attempts: 3, baseDelayMs: 200 }, ...extra,
  });

  it('keeps the previous graph, and a rerun completes without leftovers', async () => {
    await publish(synthetic(5_000, 'before'), options());
    const next = synthetic(200_000, 'after');
    const killAfterSecondRequest = (event: PublishProgress) => {
      if (event.phase === 'uploaded' && event.request === 2) void vt.kill();
    };
    const failure = await publish(next, options({ onProgress: killAfterSecondRequest })).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(PublishError);
    expect(failure).toMatchObject({ code: 'connection_lost', message: expect.stringMatching(/stopped answering during the upload of triples 40001–60000/) });
    expect(PUBLISH_EXIT_CODES[(failure as PublishError).code]).toBe(8);
    expect((failure as Error).message).toMatch(/staging graph <.*-staging-[0-9a-f]+> could not be dropped; the next publish to this graph drops it/);

    await vt.restart();
    expect(await vt.count(GRAPH)).toBe(5_000);
    const leftovers = (await vt.graphs(`${GRAPH}-staging-`)).filter((g) => !g.endsWith('-staging-ledger'));

    const events: PublishProgress[] = [];
    const result = await publish(next, options({ onProgress: (e) => events.push(e) }));
    expect(result).toMatchObject({ triples: 200_000, previousTriples: 5_000, requests: 10 });
    expect(await vt.count(GRAPH)).toBe(200_000);
    expect(await vt.graphs(`${GRAPH}-staging-`)).toEqual([]);
    // The chunks Virtuoso committed before the kill survive the restart, so a staging graph is left.
    expect(leftovers).toHaveLength(1);
    expect(events).toContainEqual({ phase: 'cleaned', graphs: leftovers });
    console.info(`staging graphs left by the killed run and dropped by the rerun: ${leftovers.length}`);
  }, 180_000);

  it('killed during the MOVE: after a restart the graph is entirely old or entirely new, and a rerun completes', async () => {
    const graph = `${GRAPH}/swap`;
    const [old, next] = [versioned(5_000, 'old'), versioned(200_000, 'new')];
    const state = async () => {
      const [row] = await vt.select(`SELECT (COUNT(*) AS ?n) (SUM(IF(?p = <${old.marker}>, 1, 0)) AS ?old) (SUM(IF(?p = <${next.marker}>, 1, 0)) AS ?new)
        WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
      return `${row?.n?.value}/${row?.old?.value ?? 0}/${row?.new?.value ?? 0}`;
    };
    await publish(old.quads, options({ graph }));
    // The MOVE of 200 000 triples takes seconds; the kill comes half a second after the staging graph was
    // verified, when the one request left to send is the MOVE. The error names the request it cut off.
    let killed = false;
    const killDuringSwap = (event: PublishProgress) => {
      if (event.phase === 'verified') setTimeout(() => { killed = true; void vt.kill(); }, 500);
    };
    const failure = await publish(next.quads, options({ graph, batchSize: 100_000, onProgress: killDuringSwap })).then(() => undefined, (e: unknown) => e);
    expect(killed).toBe(true);
    expect(failure).toBeInstanceOf(PublishError);
    expect(failure).toMatchObject({ code: 'connection_lost', message: expect.stringMatching(new RegExp(
      `stopped answering during moving the staging graph onto <${graph}> .*The swap is one transaction: once the store is back, ` +
      `<${graph}> holds either its previous triples or all 200000 new ones, not a mixture\\. Publish again`)) });
    expect(PUBLISH_EXIT_CODES[(failure as PublishError).code]).toBe(8);

    await vt.restart();
    const after = await state();
    expect(['5000/500/0', '200000/0/20000']).toContain(after);
    console.info(`killed during the MOVE; after the restart the graph held ${after === '5000/500/0' ? 'the old version' : 'the new version'} (${after})`);
    const result = await publish(next.quads, options({ graph, batchSize: 100_000 }));
    expect(result).toMatchObject({ triples: 200_000 });
    expect(await state()).toBe('200000/0/20000');
    expect(await vt.graphs(`${graph}-staging-`)).toEqual([]);
  }, 180_000);
});
