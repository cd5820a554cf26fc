// **args** — command-line parsing with node:util, and the usage text.
import { iriProblem, MAX_BASE_IRI_LENGTH } from '../model/iri.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const USAGE = `linked-lives — biographical data as Wikidata-shaped linked data

Usage:
  linked-lives export   [--data DIR] [--out DIR] [--profile truthy,full]
                        [--format ttl,jsonld,nt,nq,wikibase-json,quickstatements]
                        [--base-iri IRI] [--mint-wikidata-iris] [--allow-invalid] [--shapes DIR]
                        [--input FILE.jsonl[.gz] [--on-error stop|skip]] [--shard-size N] [--gzip]
                        --input streams one entity per line (manifest and concepts from --data)
  linked-lives import wikidata FILE… (--out DIR | --into DATA_DIR) [--format yaml|jsonl] [--lang en,fr]
                        [--properties P569,P19,…] [--base-iri IRI] [--on-error stop|skip]
                        Wikibase JSON (Special:EntityData, wbgetentities, dumps; plain, .gz or .bz2)
                        → a data directory; person facts become events; --into merges by QID
  linked-lives validate [--data DIR] [--profile truthy,full] [--json] [--report FILE] [--shapes DIR]
  linked-lives stats    [--data DIR] [--json]        coverage; exit 1 if a statement cites no source
  linked-lives query    'SPARQL' [--data DIR | --file DUMP] [--profile full|truthy] [--format table|csv|json]
                        SPARQL 1.1 on an embedded store; WDQS prefixes (wd: wdt: p: ps: pq: …) predeclared;
                        the query may be - to read it from standard input
  linked-lives publish  --endpoint URL --graph IRI [--data DIR | --file DUMP] [--protocol gsp|update]
                        [--batch N] [--timeout SECONDS] [--credentials FILE] [--graph-store URL] [--query-endpoint URL]
                        replaces the named graph atomically; the user and password come from
                        LINKED_LIVES_USER / LINKED_LIVES_PASSWORD or --credentials FILE (user:password)
  linked-lives init     [DIR]                     a new dataset to start from (default DIR: data)
  linked-lives new      person|work|event|place|organization|source ID [--data DIR]
                        a template of the fields the kind takes (a source goes into dataset.yaml)
  linked-lives vocab    [WORD]                    fields, properties, event types and concept keys
  linked-lives site     [--data DIR | --input FILE.jsonl] [--out site] [--base-iri IRI | --base-url IRI]
                        a static linked-data site: a page and .ttl/.nt/.jsonld per entity, index, search, dumps
  linked-lives serve    [--site DIR] [--port N] [--host H]
                        serves a built site (default site/, port 8080, host 127.0.0.1; --port 0 picks a free one):
                        entity IRIs answer 303 to the page or, by Accept, the Turtle / JSON-LD / N-Triples;
                        read-only SPARQL at /sparql over the site's dumps/full.*
  linked-lives help

Defaults: --data data, --out dumps, both profiles, the four RDF formats (ttl, jsonld, nt, nq).
Exit codes: 0 done and valid; 1 the data violates the SHACL shapes or a sourcing check (nothing written);
2 unusable input or usage; 3 written despite violations (--allow-invalid).
query: 0 answered; 2 bad query, input or usage. publish: 0 published and verified; 1 the data violates
the shapes (nothing sent; --allow-invalid sends it); 2 unusable input or usage; 4 store unreachable;
(or it redirects to another host); 5 credentials refused or missing (401); 6 the user may not update (403, Virtuoso's 500 SR186);
7 the store rejected the data; 8 the store failed mid-publish or the check failed (graph unchanged
unless the message says otherwise).`;

export class UsageError extends Error {}

const OPTIONS = {
  data: { type: 'string' },
  out: { type: 'string' },
  // profile and format: defaults depend on the command (see withDefaults).
  profile: { type: 'string' },
  format: { type: 'string' },
  'base-iri': { type: 'string' },
  'base-url': { type: 'string' },
  'mint-wikidata-iris': { type: 'boolean', default: false },
  'allow-invalid': { type: 'boolean', default: false },
  shapes: { type: 'string' },
  json: { type: 'boolean', default: false },
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  // streaming export
  input: { type: 'string' },
  'on-error': { type: 'string', default: 'stop' },
  'shard-size': { type: 'string' },
  gzip: { type: 'boolean', default: false },
  // import
  lang: { type: 'string' },
  properties: { type: 'string' },
  into: { type: 'string' },
  // query and publish
  file: { type: 'string' },
  endpoint: { type: 'string' },
  graph: { type: 'string' },
  protocol: { type: 'string', default: 'gsp' },
  batch: { type: 'string' },
  timeout: { type: 'string' },
  credentials: { type: 'string' },
  'graph-store': { type: 'string' },
  'query-endpoint': { type: 'string' },
  // serve
  site: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
} satisfies ParseArgsConfig['options'];

export function parseCommandLine(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const command = positionals[0] ?? 'help';
    return { command, rest: positionals.slice(1), values: withDefaults(command, values) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/** query and publish take one profile (full) and print a table; --data and --file exclude each other. */
function withDefaults<V extends { out?: string; data?: string; file?: string; profile?: string; format?: string; 'base-iri'?: string }>(command: string, values: V) {
  if (values.file !== undefined && values.data !== undefined) throw new UsageError('--data and --file exclude each other');
  const base = values['base-iri'] !== undefined ? baseIriProblem(values['base-iri']) : undefined;
  if (base) throw new UsageError(`--base-iri: ${base}`);
  const oneProfile = command === 'query' || command === 'publish';
  return {
    ...values,
    'out-given': values.out !== undefined,
    out: values.out ?? (command === 'import' ? '' : 'dumps'),
    data: values.data ?? 'data',
    profile: values.profile ?? (oneProfile ? 'full' : 'truthy,full'),
    format: values.format ?? (command === 'query' ? 'table' : command === 'import' ? 'yaml' : 'ttl,jsonld,nt,nq'),
  };
}

/** The manifest's rule for a base IRI, for the option that overrides it. */
export function baseIriProblem(iri: string): string | undefined {
  return iriProblem(iri) ?? (iri.length > MAX_BASE_IRI_LENGTH ? `a base IRI of at most ${MAX_BASE_IRI_LENGTH} characters` : !/[/#]$/.test(iri) ? 'the base IRI must end with / or #' : undefined);
}

export type Options = ReturnType<typeof parseCommandLine>['values'];

/** "ttl,nt" → ['ttl','nt'], each checked against the allowed values. */
export function listOption<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = items.filter((i) => !allowed.includes(i as T));
  if (wrong.length || !items.length) throw new UsageError(`--${name} takes ${allowed.join(', ')} (comma-separated); got "${value}"`);
  return [...new Set(items)] as T[];
}

/** One value of an option that takes exactly one of `allowed`. */
export function oneOption<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} takes one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}
