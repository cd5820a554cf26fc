// The Apache and nginx rules against the same conneg table as `serve`: their Accept patterns pick the
// table's variant (or the one the table says they pick instead), and the .htaccess text, run by a
// small interpreter of the mod_rewrite subset it uses, sends each request of the table where serve does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCEPT_RULES, HTACCESS, NGINX_CONF, ruleVariant } from '../../src/site/server-rules.js';
import { CONNEG_TABLE, variantOf, type ConnegCase } from './conneg-table.js';

const FIXTURE = path.resolve('tests/fixtures/site');

/** What the rules answer: the table's variant, unless the row says the rules differ. */
const expectedForRules = (row: ConnegCase) => (row.rules ? row.rules.variant : variantOf(row));

describe('the rules\' Accept patterns', () => {
  it.each(CONNEG_TABLE.filter((row) => row.status !== 404))('$path, Accept "$accept"', (row) => {
    expect(ruleVariant(row.accept)).toBe(expectedForRules(row));
  });

  it('are the ones written into the nginx map, in order', () => {
    const map = [...NGINX_CONF.matchAll(/^ {4}"~\*(.*)" (\w+);$/gm)].map((m) => ({ accept: m[1], extension: m[2] }));
    expect(map).toEqual(ACCEPT_RULES);
  });
});

interface Rule { conditions: { test: string; pattern: string; flags: string }[]; pattern: string; substitution: string; flags: string }

/** The RewriteCond / RewriteRule lines of an .htaccess, grouped as Apache applies them. */
function parseRewrite(text: string): Rule[] {
  const rules: Rule[] = [];
  let conditions: Rule['conditions'] = [];
  for (const line of text.split('\n')) {
    const cond = /^RewriteCond (\S+) ("[^"]*"|\S+)(?: \[([^\]]*)\])?$/.exec(line);
    if (cond) conditions.push({ test: cond[1]!, pattern: cond[2]!.replace(/^"|"$/g, ''), flags: cond[3] ?? '' });
    const rule = /^RewriteRule (\S+) (\S+)(?: \[([^\]]*)\])?$/.exec(line);
    if (rule) {
      rules.push({ conditions, pattern: rule[1]!, substitution: rule[2]!, flags: rule[3] ?? '' });
      conditions = [];
    }
  }
  return rules;
}

/** mod_rewrite in a per-directory context, for the constructs our .htaccess uses. */
function runRewrite(rules: Rule[], root: string, requestPath: string, accept: string): { status: number; location?: string } | undefined {
  const env: Record<string, string> = {};
  const vars = (name: string) => (name === 'HTTP_ACCEPT' ? accept : name === 'REQUEST_FILENAME' ? path.join(root, requestPath) : name.startsWith('ENV:') ? (env[name.slice(4)] ?? '') : '');
  for (const rule of rules) {
    const match = new RegExp(rule.pattern).exec(requestPath);
    if (!match) continue;
    let backrefs: string[] = [];
    const expand = (s: string) => s.replace(/%\{([^}]+)\}/g, (_, n: string) => vars(n)).replace(/%(\d)/g, (_, n: string) => backrefs[Number(n)] ?? '').replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
    const passes = rule.conditions.every((c) => {
      const value = expand(c.test);
      if (c.pattern === '-f') return existsSync(value);
      if (c.pattern.startsWith('=')) return value === c.pattern.slice(1);
      const m = new RegExp(c.pattern, c.flags.includes('NC') ? 'i' : '').exec(value);
      if (m) backrefs = [...m];
      return !!m;
    });
    if (!passes) continue;
    for (const flag of rule.flags.split(',')) {
      const e = /^E=(\w+):(.*)$/.exec(flag);
      if (e) env[e[1]!] = expand(e[2]!);
    }
    const status = /R=(\d+)/.exec(rule.flags)?.[1];
    if (status) return { status: Number(status), ...(rule.substitution !== '-' && { location: expand(rule.substitution) }) };
  }
  return undefined;
}

describe('the .htaccess, run on the fixture site', () => {
  const rules = parseRewrite(HTACCESS);

  it('has the rules this interpreter reads', () => {
    expect(rules.length).toBeGreaterThan(8);
    expect(HTACCESS).toContain('AddType text/turtle .ttl');
    expect(HTACCESS).toContain('Header always merge Vary Accept env=LL_VARY');
  });

  it.each(CONNEG_TABLE)('$path, Accept "$accept" → $status $location', (row) => {
    const answer = runRewrite(rules, FIXTURE, row.path, row.accept ?? '');
    // Apache has no rule for an unknown id: the request falls through to the missing file, a 404.
    if (row.status === 404) return expect(answer).toBeUndefined();
    const variant = expectedForRules(row);
    if (!variant) return expect(answer?.status).toBe(406);
    // Apache's substitution is relative to the site root; serve's Location to the request.
    const target = path.posix.join(path.posix.dirname(`/${row.path}`), row.location!.replace(/\.\w+(#.*)?$/, (_, fragment = '') => `.${variant}${variant === 'html' ? fragment : ''}`)).slice(1);
    expect(answer).toEqual({ status: 303, location: target });
  });
});
