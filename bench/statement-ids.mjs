// **statement-ids** — the cost of naming statements, on the hot path of every export: the stable ids
// (graph/statement-id.ts: subject, property, value and origin) against the scheme they replaced, a hash
// of the statement's whole content (qualifiers and references included), on the claims of the
// synthetic dataset. Prints µs per statement for both and their ratio (new / old; below 1 is faster).
// Usage: node bench/statement-ids.mjs [entities=20000] [dataDir=/tmp/linked-lives-bench/100000]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { safeLoadDataset } from '../dist/index.js';
import { createStreamContext } from '../dist/graph/context.js';
import { eventClaims } from '../dist/graph/derive.js';
import { guidOf } from '../dist/graph/hash.js';
import { propertyTerms } from '../dist/graph/property.js';
import { StatementIds } from '../dist/graph/statement-id.js';
import { statementClaims } from '../dist/graph/to-claims.js';
import { parseLine } from '../dist/load/read-jsonl.js';
import { indexInput } from '../dist/first-pass.js';
import { writeSynthetic } from './generate.mjs';

const count = Number(process.argv[2] ?? 20_000);
const dir = process.argv[3] ?? '/tmp/linked-lives-bench/100000';
const file = path.join(dir, 'entities.jsonl');
try { readFileSync(path.join(dir, 'dataset.yaml')); } catch { await writeSynthetic(dir, 100_000, { seed: 7 }); }
const { dataset } = await safeLoadDataset(dir);
const { facts } = await indexInput(dataset.manifest, file);
const ctx = createStreamContext(dataset.manifest, facts, { profile: 'full' });

// Every subject's claims, as the renderer meets them.
const subjects = [];
for (const text of readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, count)) {
  const { entity } = parseLine(file, 1, text);
  subjects.push([entity.id, statementClaims(ctx, entity)]);
  if (entity.kind === 'event') for (const [id, claims] of eventClaims(ctx, entity)) subjects.push([id, claims]);
}
const statements = subjects.reduce((n, [, claims]) => n + claims.length, 0);

/** The replaced scheme: a hash of the whole content, numbered among identical statements. */
function contentIds(entityId, claims) {
  const seen = new Map();
  const out = [];
  for (const claim of claims) {
    const content = JSON.stringify([propertyTerms(claim.property).id, claim.snak, claim.rank, claim.rankReason, claim.qualifiers, claim.references]);
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    out.push(guidOf(`${entityId} ${content} ${n}`));
  }
  return out;
}

function stableIds(entityId, claims) {
  const ids = new StatementIds(entityId);
  return claims.map((claim) => ids.next(propertyTerms(claim.property).id, claim));
}

/** Best of seven runs, alternating the two schemes so that background load hits both alike. */
const best = { old: Infinity, new: Infinity };
for (let run = 0; run < 7; run++) {
  for (const [name, fn] of [['old', contentIds], ['new', stableIds]]) {
    const t = performance.now();
    for (const [id, claims] of subjects) fn(id, claims);
    best[name] = Math.min(best[name], performance.now() - t);
  }
}
const us = (ms) => ((ms * 1000) / statements).toFixed(3);
console.log(`${statements} statements of ${count} entities, best of 7`);
console.log(`content hash (before): ${us(best.old)} µs/statement`);
console.log(`stable ids (now):      ${us(best.new)} µs/statement`);
console.log(`ratio now / before:    ${(best.new / best.old).toFixed(2)}`);
