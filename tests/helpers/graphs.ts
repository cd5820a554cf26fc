// Test helper: the graph of a data directory in each profile, or why the directory does not load (for skipIf).
import type { Quad } from '@rdfjs/types';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/build.js';
import type { Profile } from '../../src/graph/context.js';
import { safeLoadDataset } from '../../src/load/load-dataset.js';

export interface ProfileQuads { profile: Profile; quads: Quad[] }

export type DirGraphs =
  | { name: string; ok: true; graphs: ProfileQuads[] }
  | { name: string; ok: false; reason: string };

/** A directory relative to the repository root, as an absolute path. */
export const repoPath = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** Loads `relative` (from the repository root) and builds its graph in each profile. Never throws on bad data. */
export async function graphsOf(relative: string, profiles: Profile[] = ['truthy', 'full']): Promise<DirGraphs> {
  const loaded = await safeLoadDataset(repoPath(relative));
  if (!loaded.ok) {
    const first = loaded.issues[0];
    return { name: relative, ok: false, reason: `${relative} does not load yet (${loaded.issues.length} issues${first ? `; first: ${formatIssue(first)}` : ''})` };
  }
  return { name: relative, ok: true, graphs: profiles.map((profile) => ({ profile, quads: buildGraph(loaded.dataset, { profile }) })) };
}

/** The project dataset, written alongside the code: while it does not load, its cases are skipped (with the reason), not failed. */
const STILL_WRITTEN = 'data';

/** Declares `check` for each profile graph of each set, in a describe per set. A test fixture that does not load fails. */
export function describeGraphs(sets: DirGraphs[], check: (graph: ProfileQuads, set: string) => void) {
  for (const set of sets) {
    describe(set.name, () => {
      if (set.ok) for (const graph of set.graphs) check(graph, set.name);
      else if (set.name === STILL_WRITTEN) it.skip(`skipped: ${set.reason}`, () => {});
      else it('loads', () => expect.fail(set.reason));
    });
  }
}
