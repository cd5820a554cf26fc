// **query** — `linked-lives query 'SELECT …'`: SPARQL 1.1 over a data directory or a dump in the
// embedded store, printed as a table, CSV or SPARQL JSON. Exit 0, or 2 for a bad query or input.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { LinkedLivesError } from '../../errors.js';
import { loadDataset } from '../../load/load-dataset.js';
import { printSkipped, terminalSafe } from '../output.js';
import { PROFILES } from '../../pipeline.js';
import { dumpFormatOf, DUMP_FORMATS } from '../../query/dump-format.js';
import { formatTable } from '../../query/format-table.js';
import type { DumpText } from '../../query/source.js';
import { loadStore, type QueryStore } from '../../query/store.js';
import { MAX_ROWS } from '../../query/row-cap.js';
import { toTurtle } from '../../serialize/turtle.js';
import { oneOption, UsageError, type Options } from '../args.js';

const OUTPUTS = ['table', 'csv', 'json'] as const;

export async function queryCommand(options: Options, args: string[]): Promise<number> {
  const output = oneOption(options.format, OUTPUTS, 'format');
  const profile = oneOption(options.profile, PROFILES, 'profile');
  if (args.length !== 1) throw new UsageError('query takes one SPARQL query (quote it, or pass - to read it from standard input)');
  const sparql = args[0] === '-' ? await text(process.stdin) : args[0]!;
  const store = options.file ? loadStore(await readDump(options.file)) : await storeOfData(options, profile);
  const { text: shown, rows } = await render(store, sparql, output);
  process.stdout.write(process.stdout.isTTY ? terminalSafe(shown) : shown);
  if (store.lastCapped && rows >= MAX_ROWS) {
    console.error(`note: the results stop at ${MAX_ROWS} rows, the most a query without LIMIT returns (it could fill memory): add LIMIT and OFFSET to page through more`);
  }
  return 0;
}

/** The text to print, and how many rows (or triples) it holds, to tell a capped result. */
async function render(store: QueryStore, sparql: string, output: (typeof OUTPUTS)[number]): Promise<{ text: string; rows: number }> {
  if (output !== 'table') {
    const { text, form } = store.queryText(sparql, output);
    // Rows counted only when the cap may have been reached (a long text): lines are rows in CSV and N-Triples.
    const rows = !store.lastCapped || text.length < MAX_ROWS ? 0
      : output === 'json' && form === 'solutions' ? ((JSON.parse(text) as { results?: { bindings?: unknown[] } }).results?.bindings?.length ?? 0)
        : text.split('\n').length - 2;
    return { text: withNewline(text), rows };
  }
  const result = store.query(sparql);
  if (result.type === 'quads') return { text: await toTurtle(result.quads, { extraPrefixes: store.prefixes }), rows: result.quads.length };
  return { text: formatTable(result, store.prefixes), rows: result.type === 'bindings' ? result.rows.length : 0 };
}

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** A dump file (by extension: .ttl .nt .nq .trig .jsonld .rdf, optionally .gz) as text for the store. */
export async function readDump(file: string): Promise<DumpText> {
  const kind = dumpFormatOf(file);
  if (!kind) throw new UsageError(`--file ${file}: unknown extension; use one of ${Object.keys(DUMP_FORMATS).map((e) => `.${e}`).join(' ')} (or .gz of one)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
    if (kind.gzip) bytes = await promisify(gunzip)(bytes);
  } catch (error) {
    throw new LinkedLivesError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'io', { file });
  }
  // An XML entity that expands to other entities can grow a few bytes into gigabytes ("billion
  // laughs"); RDF/XML needs no entities of its own, so a file declaring one is refused.
  if (kind.format === 'rdf' && /<!ENTITY/i.test(bytes.toString('latin1'))) {
    throw new LinkedLivesError(`${file}: RDF/XML that declares XML entities (<!ENTITY …>) is refused: entity expansion can exhaust memory; expand them first, or convert the file to Turtle`, 'io', { file });
  }
  return { text: bytes, format: kind.format, name: file };
}

async function storeOfData(options: Options, profile: (typeof PROFILES)[number]) {
  const dataset = await loadDataset(options.data);
  printSkipped(dataset);
  return loadStore(dataset, { profile, mintWikidataIris: options['mint-wikidata-iris'], ...(options['base-iri'] && { baseIri: options['base-iri'] }) });
}
