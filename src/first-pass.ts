// **first-pass** — what a streaming export learns before it writes anything: the facts of every
// entity (load/read-jsonl.ts) and, from the few lines that mention a preferred rank, which subjects
// hold a preferred claim of a property (graph/preferred.ts).
import { createStreamContext } from './graph/context.js';
import { PreferredClaims } from './graph/preferred.js';
import { entitiesOnLines, indexEntities, parseLine, readLines, type OnError } from './load/read-jsonl.js';
import type { InputIssue } from './errors.js';
import { checkEntity } from './model/check.js';
import { FactsTable } from './model/facts-table.js';
import type { Manifest } from './model/manifest.js';

/** The whole first pass: the manifest's sources, then every entity of the file, in a new table. With
 *  `skip`, also which lines to skip: those that do not pass, and those that refer to one of them. */
export async function indexInput(manifest: Manifest, file: string, onError: OnError = 'stop') {
  const facts = new FactsTable();
  for (const source of manifest.sources) facts.add(source.id, source.kind);
  const { preferredLines, ...index } = await indexEntities(file, onError, facts);
  if (onError === 'skip') await skipDependents(manifest, file, facts, index);
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

/**
 * Skipping a line skips what depends on it: an event whose participant was skipped would otherwise
 * give statements to a subject with no label or type. Every line is parsed and checked once more,
 * noting what each entity refers to; then the skipped ids spread to whatever refers to them, until
 * nothing changes, and leave the facts table. (Only with --on-error skip, which pays this second parse.)
 */
async function skipDependents(manifest: Manifest, file: string, facts: FactsTable, index: { issues: InputIssue[]; skipLines: Set<number> }): Promise<void> {
  const ctx = createStreamContext(manifest, facts);
  const sources = new Set(manifest.sources.map((s) => s.id));
  const bad = new Map<string, { line: number; issue: InputIssue }>();
  const refs = new Map<string, { line: number; refs: string[] }>();
  for await (const { line, text } of readLines(file)) {
    if (index.skipLines.has(line)) continue;
    const parsed = parseLine(file, line, text, ctx.properties);
    if ('issue' in parsed) {
      const id = parsed.issue.entity; // parseLine names it whenever the line is JSON with an id
      if (id) bad.set(id, { line, issue: parsed.issue });
      else { index.issues.push(parsed.issue); index.skipLines.add(line); }
      continue;
    }
    const asked: string[] = [];
    const recording = (ref: string) => (asked.push(ref), ctx.resolve(ref));
    const problems = checkEntity(parsed.entity, `${file}:${line}`, recording, sources, ctx.properties);
    if (problems.length) bad.set(parsed.entity.id, { line, issue: { ...problems[0]!, file, line } });
    else refs.set(parsed.entity.id, { line, refs: asked });
  }
  // Who refers to whom, reversed, then a queue from the skipped ids: linear in the references.
  const referrers = new Map<string, string[]>();
  for (const [id, entry] of refs) for (const ref of new Set(entry.refs)) referrers.set(ref, [...(referrers.get(ref) ?? []), id]);
  const queue = [...bad.keys()];
  while (queue.length) {
    const skipped = queue.pop()!;
    for (const id of referrers.get(skipped) ?? []) {
      const entry = refs.get(id);
      if (!entry || bad.has(id)) continue;
      bad.set(id, { line: entry.line, issue: { code: 'unknown_reference', file, line: entry.line, entity: id, path: [], message: `skipped with "${skipped}", which it refers to and which is skipped` } });
      queue.push(id);
    }
  }
  for (const [id, { line, issue }] of bad) {
    facts.forget(id);
    index.skipLines.add(line);
    index.issues.push(issue);
  }
}
