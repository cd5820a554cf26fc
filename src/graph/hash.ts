// **hash** — content hashes that make node IRIs stable: same content, same IRI, every run.
import { hash } from 'node:crypto';
import { BoundedMap } from './bounded-set.js';

// One-shot crypto.hash: several times faster than createHash().update().digest() on short texts.
export const sha1 = (text: string) => hash('sha1', text);
export const md5 = (text: string) => hash('md5', text);

/** A Wikidata-looking statement GUID tail (8-4-4-4-12 hex) from content. */
export function guidOf(text: string): string {
  const h = sha1(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** JSON with object keys sorted, so that equal content hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A memo of a hash function in bounded memory: references and dates recur across a dump. */
export function memoHash(hash: (text: string) => string, limit = 100_000): (key: string) => string {
  const cache = new BoundedMap<string>(limit);
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = hash(key)));
    return value;
  };
}
