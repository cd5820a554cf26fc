// Authentication pieces without a server: the WWW-Authenticate parser, Digest against RFC 2617's own
// example, Basic, and credentials that never show their password.
import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Credentials, credentialsFromEnv, parseCredentials, readCredentialsFile } from '../../src/publish/credentials.js';
import { basicAuthorization, digestAuthorization, parseChallenges } from '../../src/publish/digest.js';

describe('parseChallenges', () => {
  it('reads Virtuoso\'s digest challenge', () => {
    const header = 'Digest realm="SPARQL", domain="/sparql-auth", nonce="c7dc", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"';
    expect(parseChallenges(header)).toEqual([{ scheme: 'digest', params: { realm: 'SPARQL', domain: '/sparql-auth', nonce: 'c7dc', opaque: '5ebe', stale: 'false', qop: 'auth', algorithm: 'MD5' } }]);
  });

  it('splits several challenges in one header, with quoted commas and escapes', () => {
    expect(parseChallenges('Basic realm="a, b", Digest realm="x\\"y", nonce=abc, qop="auth,auth-int"')).toEqual([
      { scheme: 'basic', params: { realm: 'a, b' } },
      { scheme: 'digest', params: { realm: 'x"y', nonce: 'abc', qop: 'auth,auth-int' } },
    ]);
  });
});

describe('digestAuthorization', () => {
  it('computes RFC 2617 §3.5\'s example response', () => {
    const header = digestAuthorization({
      challenge: { scheme: 'digest', params: { realm: 'testrealm@host.com', qop: 'auth,auth-int', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', opaque: '5ccc069c403ebaf9f0171e9517f40e41' } },
      user: 'Mufasa', password: 'Circle Of Life', method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: '0a4f113b',
    });
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('qop=auth, nc=00000001, cnonce="0a4f113b"');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
    expect(header).not.toContain('Circle Of Life');
  });

  it('supports SHA-256 (RFC 7616) and refuses unknown algorithms', () => {
    const input = { user: 'u', password: 'p', method: 'POST', uri: '/x', nc: 2, cnonce: 'c' };
    expect(digestAuthorization({ ...input, challenge: { scheme: 'digest', params: { realm: 'r', nonce: 'n', qop: 'auth', algorithm: 'SHA-256' } } }))
      .toMatch(/response="[0-9a-f]{64}"/);
    expect(() => digestAuthorization({ ...input, challenge: { scheme: 'digest', params: { nonce: 'n', algorithm: 'SHA-512-256' } } })).toThrow(/unsupported/);
  });

  it('builds Basic from user:password', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});

describe('credentials', () => {
  const secret = 's3cr3t:with:colons';

  it('keep the password out of JSON, inspection and strings', () => {
    const credentials = new Credentials('writer', secret);
    expect(credentials.reveal()).toBe(secret);
    for (const text of [JSON.stringify(credentials), inspect(credentials), String(credentials), inspect({ nested: credentials })]) {
      expect(text).toContain('writer');
      expect(text).not.toContain('s3cr3t');
    }
  });

  it('are read from a user:password file, with a warning when others can read it', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'linked-lives-cred-')), 'credentials');
    await writeFile(file, `writer:${secret}\n`);
    await chmod(file, 0o600);
    const { credentials, warning } = await readCredentialsFile(file);
    expect([credentials.user, credentials.reveal(), warning]).toEqual(['writer', secret, undefined]);
    await chmod(file, 0o644);
    expect((await readCredentialsFile(file)).warning).toMatch(/readable by other users/);
  });

  it('are read from LINKED_LIVES_USER and LINKED_LIVES_PASSWORD, both or neither', () => {
    expect(credentialsFromEnv({})).toBeUndefined();
    expect(credentialsFromEnv({ LINKED_LIVES_USER: 'w', LINKED_LIVES_PASSWORD: 'p' })?.reveal()).toBe('p');
    expect(() => credentialsFromEnv({ LINKED_LIVES_USER: 'w' })).toThrow(/both/);
  });

  it('refuse a file without "user:password", without echoing it', () => {
    expect(() => parseCredentials('just-a-password', 'the file f')).toThrow(/the file f must hold one line "user:password"/);
    expect(() => parseCredentials('just-a-password', 'the file f')).not.toThrow(/just-a-password/);
  });
});
