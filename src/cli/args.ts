// **args** — command-line parsing with node:util, and the usage text.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const USAGE = `linked-lives — biographical data as Wikidata-shaped linked data

Usage:
  linked-lives export   [--data DIR] [--out DIR] [--profile truthy,full] [--format ttl,jsonld,nt,nq]
                        [--base-iri IRI] [--mint-wikidata-iris] [--allow-invalid] [--shapes DIR]
  linked-lives validate [--data DIR] [--profile truthy,full] [--json] [--report FILE] [--shapes DIR]
  linked-lives stats    [--data DIR] [--json]        coverage; exit 1 if a statement cites no source
  linked-lives help

Defaults: --data data, --out dumps, both profiles, all four formats.
Exit codes: 0 done and valid; 1 the data violates the SHACL shapes (nothing written);
2 unusable input or usage; 3 written despite violations (--allow-invalid).`;

export class UsageError extends Error {}

const OPTIONS = {
  data: { type: 'string', default: 'data' },
  out: { type: 'string', default: 'dumps' },
  profile: { type: 'string', default: 'truthy,full' },
  format: { type: 'string', default: 'ttl,jsonld,nt,nq' },
  'base-iri': { type: 'string' },
  'mint-wikidata-iris': { type: 'boolean', default: false },
  'allow-invalid': { type: 'boolean', default: false },
  shapes: { type: 'string' },
  json: { type: 'boolean', default: false },
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

export function parseCommandLine(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    return { command: positionals[0] ?? 'help', rest: positionals.slice(1), values };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export type Options = ReturnType<typeof parseCommandLine>['values'];

/** "ttl,nt" → ['ttl','nt'], each checked against the allowed values. */
export function listOption<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = items.filter((i) => !allowed.includes(i as T));
  if (wrong.length || !items.length) throw new UsageError(`--${name} takes ${allowed.join(', ')} (comma-separated); got "${value}"`);
  return [...new Set(items)] as T[];
}
