// **task** — one benchmark measurement in its own process, so that its peak memory is its own.
// Prints one JSON line: { task, triples, seconds, maxRssMB }.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Writer } from 'n3';
import jsonld from 'jsonld';
import SHACLValidator from 'rdf-validate-shacl';
import { Store } from 'n3';
import { safeLoadDataset, loadShapes, JSONLD_CONTEXT, buildSite } from '../dist/index.js';
import { parallelExport } from '../dist/parallel/export.js';
import { validateBatch } from '../dist/parallel/batch-validate.js';
import { CompiledShapes } from '../dist/validate/validate.js';
import { NAMESPACES } from '../dist/vocab/namespaces.js';
import { entityBatches, graphBlocks } from './graphs.mjs';

const [task, dir, out] = process.argv.slice(2);
const input = path.join(dir, 'entities.jsonl');
const { dataset } = await safeLoadDataset(dir);
const started = performance.now();
let triples = 0;
let seconds;
let pages;

const ours = (formats, validate) => parallelExport(dataset, {
  input, outDir: path.join(out, 'dumps'), profiles: ['full'], formats, prefixes: NAMESPACES, graph: 'https://example.org/synthetic/dataset',
  onError: 'stop', validate, allowInvalid: true,
}).then((r) => { triples = r.triples.full; });

/** Pre-built quads for the baselines, in chunks, generated outside the timed part. */
async function* chunks(size = 2000) {
  let chunk = [];
  for await (const block of graphBlocks(dataset, input)) {
    chunk.push(...block);
    if (chunk.length >= size) { yield chunk; chunk = []; }
  }
  if (chunk.length) yield chunk;
}

/** Times only `work` on each pre-built chunk. */
async function timed(work, source = chunks()) {
  let ms = 0;
  for await (const chunk of source) {
    const t = performance.now();
    await work(chunk);
    ms += performance.now() - t;
    triples += (chunk.quads ?? chunk).length;
  }
  seconds = ms / 1000;
}

const file = createWriteStream(path.join(out, 'baseline.out'));
const write = async (text) => { if (!file.write(text)) await once(file, 'drain'); };

switch (task) {
  case 'export-nt': await ours(['nt'], false); break;
  case 'export-ttl': await ours(['ttl'], false); break;
  case 'export-jsonld': await ours(['jsonld'], false); break;
  case 'export-validate': await ours(['nt'], true); break;
  case 'n3-nt': await timed((q) => write(new Writer({ format: 'N-Triples' }).quadsToString(q))); break;
  case 'n3-ttl': await timed((q) => new Promise((resolve) => {
    const w = new Writer({ format: 'Turtle', prefixes: NAMESPACES });
    w.addQuads(q);
    w.end((e, text) => write(text).then(resolve));
  })); break;
  case 'validate-batches': {
    // Streaming validation alone, on this one thread: what each export worker spends on it.
    const shapes = new CompiledShapes(await loadShapes());
    await timed((b) => validateBatch(b.quads, shapes, b.ctx.base, b.facts, () => undefined), entityBatches(dataset, input, 500));
    break;
  }
  case 'jsonld-js': {
    const all = [];
    for await (const c of chunks()) all.push(...c);
    const t = performance.now();
    const expanded = await jsonld.fromRDF(all);
    await write(JSON.stringify(await jsonld.compact(expanded, JSONLD_CONTEXT)));
    seconds = (performance.now() - t) / 1000;
    triples = all.length;
    break;
  }
  case 'shacl-whole': {
    const all = [];
    for await (const c of chunks()) all.push(...c);
    const shapes = new Store(await loadShapes());
    const t = performance.now();
    const report = await new SHACLValidator(shapes).validate(new Store(all));
    seconds = (performance.now() - t) / 1000;
    triples = all.length;
    if (report.results.length === undefined) throw new Error('no report');
    break;
  }
  case 'serdi-nt': case 'serdi-ttl': {
    const source = path.join(out, 'dumps', 'full.nt'); // written there by export-nt (run.mjs)
    const t = performance.now();
    execFileSync('sh', ['-c', `serdi -i ntriples -o ${task === 'serdi-nt' ? 'ntriples' : 'turtle'} ${source} > ${path.join(out, 'serdi.out')}`]);
    seconds = (performance.now() - t) / 1000;
    triples = Number(execFileSync('sh', ['-c', `wc -l < ${source}`]).toString());
    break;
  }
  case 'site': {
    // The whole site of the JSON Lines file, streamed: pages, their RDF files, index, dumps.
    const result = await buildSite({ data: dir, input, out: path.join(out, 'site') });
    pages = result.pages;
    break;
  }
  default: throw new Error(`unknown task ${task}`);
}
file.end();
seconds ??= (performance.now() - started) / 1000;
console.log(JSON.stringify({ task, triples, seconds, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...(pages !== undefined && { pages }) }));
