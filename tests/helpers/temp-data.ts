// Test helper: a throwaway data directory built from the mini fixture plus per-test files.
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MINI = path.resolve('tests/fixtures/mini');

/** Copies the mini fixture into a temp dir, then writes/overwrites `files` (null deletes). */
export async function tempData(files: Record<string, string | null> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-'));
  await cp(MINI, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (text === null) await rm(file);
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  return dir;
}

/** Ivan lived in two places by two events; one source's place is preferred. In Wikidata's truthy
 *  semantics the preferred residence hides the normal one, across events: a stream that renders one
 *  entity's block at a time must know of the preferred claim in the other event's block. */
export const CONTESTED_RESIDENCE: Record<string, string> = {
  'village.yaml': 'kind: place\nid: village\ntype: city\nlabels: { en: Village }\n',
  'residence-1.yaml': `kind: event\nid: ivan-in-town\ntype: residence\nlabels: { en: Ivan in Town }
locations:\n  - value: town\n    references: [{ source: doc-a, quote: "he lived in Town" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan lived" }]\n`,
  'residence-2.yaml': `kind: event\nid: ivan-in-village\ntype: residence\nlabels: { en: Ivan in Village }
locations:\n  - value: village\n    rank: preferred\n    rankReason: the register\n    references: [{ source: doc-a, quote: "registered in Village" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan registered" }]\n`,
};

/** Two convictions give Ivan "no penalty" twice (one `a wdno:P1596` fact, from two blocks), and a
 *  place is called "constructor" (a name plain JS objects already have). */
export const STREAM_EDGES: Record<string, string> = {
  'constructor.yaml': 'kind: place\nid: constructor\ntype: city\nlabels: { en: Constructor }\n',
  'conviction-1.yaml': `kind: event\nid: ivan-conviction-1\ntype: conviction\nlabels: { en: first conviction }
locations:\n  - value: constructor\n    references: [{ source: doc-a, quote: "tried in Constructor" }]
penalties:\n  - noValue: true\n    references: [{ source: doc-a, quote: "no penalty" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan was tried" }]\n`,
  'conviction-2.yaml': `kind: event\nid: ivan-conviction-2\ntype: conviction\nlabels: { en: second conviction }
penalties:\n  - noValue: true\n    references: [{ source: doc-a, quote: "again no penalty" }]
participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan was tried again" }]\n`,
};
