// **staging** — the atomic replace: triples go to a fresh staging graph beside the target, and one
// SPARQL `MOVE` request puts them in place, so a failure leaves the old graph and readers of the target
// never see the upload. Staging graphs are recorded in a small ledger graph (<graph>-staging-ledger)
// before they are created, so a later run finds what a killed one left behind without scanning the store.
import { randomBytes } from 'node:crypto';
import { iri } from '../vocab/namespaces.js';
import { PublishError, RetryableError } from './errors.js';
import { delay, type RetryPolicy } from './retry.js';
import type { StoreClient } from './store-client.js';

const STAGING_OF = iri('ll', 'stagingGraphOf');

export interface Staging {
  graph: string;
  staging: string;
  ledger: string;
}

export function newStaging(graph: string): Staging {
  return { graph, staging: `${graph}-staging-${randomBytes(6).toString('hex')}`, ledger: `${graph}-staging-ledger` };
}

const entry = ({ graph, staging, ledger }: Staging) => `GRAPH <${ledger}> { <${staging}> <${STAGING_OF}> <${graph}> }`;

/** Staging graphs of this target that earlier runs recorded and never removed (a killed process or store). */
export async function leftovers(client: StoreClient, { graph, ledger }: Staging): Promise<Staging[]> {
  const rows = await client.select(`SELECT ?s WHERE { GRAPH <${ledger}> { ?s <${STAGING_OF}> <${graph}> } }`, 'reading the staging ledger');
  return rows.flatMap((row) => (row.s ? [{ graph, ledger, staging: row.s.value }] : []));
}

/** Drops a staging graph and its ledger entry, in one request. */
export const removeStaging = (client: StoreClient, s: Staging, options: { retry?: boolean } = {}) =>
  client.update(`DROP SILENT GRAPH <${s.staging}> ;\nDELETE DATA { ${entry(s)} }`, `dropping <${s.staging}>`, options);

/** Records a staging graph in the ledger: the first write of a publish, so it also checks update rights. */
export const recordStaging = (client: StoreClient, s: Staging) => client.update(`INSERT DATA { ${entry(s)} }`, 'the first update (recording the staging graph)');

/** For clean-up after a failure, which must not hide that failure. */
export async function removeQuietly(client: StoreClient, s: Staging): Promise<boolean> {
  return removeStaging(client, s, { retry: false }).then(() => true, () => false);
}

/**
 * Moves the verified staging graph onto the target. `MOVE` is not retried blindly: a MOVE whose answer
 * was lost may have run, and a second one from a now-missing source would empty the target (Virtuoso
 * does that without an error). After a failure the counts tell what happened.
 */
export async function swap(client: StoreClient, s: Staging, expected: number, policy: RetryPolicy): Promise<void> {
  const move = expected ? `MOVE GRAPH <${s.staging}> TO GRAPH <${s.graph}>` : `DROP SILENT GRAPH <${s.graph}>`;
  const request = `${move} ;\nDELETE DATA { ${entry(s)} }`;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.update(request, `moving the staging graph onto <${s.graph}>`, { retry: false });
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      if (attempt >= policy.attempts) throw interrupted(s, expected, error.cause);
      await delay(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
      const counts = await Promise.all([client.count(s.staging), client.count(s.graph)]).catch(() => undefined);
      if (!counts) throw interrupted(s, expected, error.cause);
      const [inStaging, inTarget] = counts;
      if (inStaging === 0 && inTarget === expected) return;
      if (inStaging !== expected) {
        throw new PublishError(
          `the store failed during the swap and now holds ${inTarget} triples in <${s.graph}> and ${inStaging} in the staging graph <${s.staging}>; publish again`,
          'connection_lost', { staging: s.staging, inStaging, inTarget });
      }
    }
  }
}

/** The store went away during the MOVE and cannot say what it did. The MOVE is one update request, which
 *  SPARQL 1.1 asks stores to run atomically (Virtuoso does: an unfinished one is rolled back on restart). */
function interrupted(s: Staging, expected: number, cause: PublishError): PublishError {
  return new PublishError(
    `${cause.message}. The swap is one transaction: once the store is back, <${s.graph}> holds either its previous ` +
    `triples or all ${expected} new ones, not a mixture. Publish again to finish the replace`,
    'connection_lost', { staging: s.staging, during: 'swap' });
}
