// A Virtuoso killed (SIGKILL) in the middle of a publish: the publish fails as "stopped answering"
// (exit 8), the previous graph is intact after a restart, and a rerun completes and removes the
// staging graph the killed run left behind. Its own server, since this one gets killed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Credentials } from '../../src/publish/credentials.js';
import { PUBLISH_EXIT_CODES, PublishError } from '../../src/publish/errors.js';
import { publish, type PublishOptions, type PublishProgress } from '../../src/publish/publish.js';
import { synthetic } from './synthetic.js';
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
});
