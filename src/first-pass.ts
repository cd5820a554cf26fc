// **first-pass** — what a streaming export learns before it writes anything: the facts of every
// entity (load/read-jsonl.ts) and, from the few lines that mention a preferred rank, which subjects
// hold a preferred claim of a property (graph/preferred.ts).
import { createStreamContext } from './graph/context.js';
import { PreferredClaims } from './graph/preferred.js';
import { entitiesOnLines, indexEntities, type OnError } from './load/read-jsonl.js';
import { checkEntity } from './model/check.js';
import { FactsTable } from './model/facts-table.js';
import type { Manifest } from './model/manifest.js';

/** The whole first pass: the manifest's sources, then every entity of the file, in a new table. */
export async function indexInput(manifest: Manifest, file: string, onError: OnError = 'stop') {
  const facts = new FactsTable();
  for (const source of manifest.sources) facts.add(source.id, source.kind);
  const { preferredLines, ...index } = await indexEntities(file, onError, facts);
  const preferred = new PreferredClaims();
  const ctx = createStreamContext(manifest, facts);
  const sources = new Set(manifest.sources.map((s) => s.id));
  for await (const { line, entity } of entitiesOnLines(file, preferredLines, ctx.properties)) {
    if (index.skipLines.has(line)) continue;
    // An entity with broken references is reported by the second pass; its claims cannot be built.
    if (!checkEntity(entity, `${file}:${line}`, ctx.resolve, sources, ctx.properties).length) preferred.note(ctx, entity);
  }
  return { ...index, preferred };
}
