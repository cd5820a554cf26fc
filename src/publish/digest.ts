// **digest** — HTTP authentication headers: the WWW-Authenticate parser, Basic, and Digest
// (RFC 2617 / RFC 7616, qop=auth, MD5 or SHA-256, plain or -sess). Pure, apart from the random cnonce.
import { createHash, randomBytes } from 'node:crypto';

export interface Challenge {
  /** Lower-cased scheme: "digest", "basic" … */
  scheme: string;
  /** Parameters with lower-cased names and unquoted values. */
  params: Record<string, string>;
}

// A token, optionally followed by `=` and a quoted string or a token: one scheme name or one parameter.
const PART = /([!#$%&'*+.^_`|~\w-]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*))?/g;

/** The challenges of a WWW-Authenticate header; several may share one header ("Digest …, Basic …"). */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  for (const [, name, value] of header.matchAll(PART)) {
    if (value === undefined) challenges.push({ scheme: name!.toLowerCase(), params: {} });
    else if (challenges.length) {
      challenges.at(-1)!.params[name!.toLowerCase()] = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
    }
  }
  return challenges;
}

export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

export interface DigestInput {
  challenge: Challenge;
  user: string;
  password: string;
  method: string;
  /** The request target as sent: path and query of the URL. */
  uri: string;
  /** Request count under this nonce, from 1. */
  nc: number;
  /** Fixed only by tests; random otherwise. */
  cnonce?: string;
}

const HASHES: Record<string, string> = { md5: 'md5', 'sha-256': 'sha256' };

/** The Authorization header answering a Digest challenge. */
export function digestAuthorization(input: DigestInput): string {
  const { params } = input.challenge;
  const algorithm = params.algorithm ?? 'MD5';
  const base = algorithm.toLowerCase().replace(/-sess$/, '');
  const hashName = HASHES[base];
  if (!hashName) throw new Error(`unsupported digest algorithm ${algorithm}`);
  const h = (text: string) => createHash(hashName).update(text, 'utf8').digest('hex');
  const realm = params.realm ?? '';
  const nonce = params.nonce ?? '';
  const cnonce = input.cnonce ?? randomBytes(8).toString('hex');
  const nc = input.nc.toString(16).padStart(8, '0');
  const qop = params.qop?.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  let ha1 = h(`${input.user}:${realm}:${input.password}`);
  if (algorithm.toLowerCase().endsWith('-sess')) ha1 = h(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = h(`${input.method}:${input.uri}`);
  const response = qop ? h(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : h(`${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username="${quote(input.user)}"`, `realm="${quote(realm)}"`, `nonce="${quote(nonce)}"`, `uri="${quote(input.uri)}"`,
    `algorithm=${algorithm}`, `response="${response}"`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    ...(params.opaque !== undefined ? [`opaque="${quote(params.opaque)}"`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}

const quote = (text: string) => text.replace(/(["\\])/g, '\\$1');
