// Test helper: a throwaway Virtuoso Open Source on loopback — own database directory, own ini, free
// ports (or VIRTUOSO_HTTP_PORT / VIRTUOSO_SQL_PORT), users `writer` (SPARQL_UPDATE) and `reader`
// (SPARQL_SELECT only) with random passwords — stopped by its PID (SIGTERM, then SIGKILL).
// See ../shared/triple-stores.md for why the ini looks like this, and the README ("Virtuoso needs
// DefaultIsolation = 4") for its isolation level.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSparqlJson, type Binding } from '../../src/query/results.js';

const SERVER = '/usr/bin/virtuoso-t';
const ISQL = '/usr/bin/isql-vt';
export const VIRTUOSO_INSTALL = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends virtuoso-opensource';

/** Why the Virtuoso tests cannot run here, or undefined when they can. */
export const VIRTUOSO_MISSING = existsSync(SERVER) && existsSync(ISQL)
  ? undefined
  : `Virtuoso is not installed (${SERVER}); to run these tests: sudo ${VIRTUOSO_INSTALL}`;

/** A suite that needs Virtuoso: runs when it is installed; in CI a missing Virtuoso fails, elsewhere
 *  the suite is skipped with a message that says how to install it. */
export function describeWithVirtuoso(name: string, suite: () => void): void {
  if (!VIRTUOSO_MISSING) return void describe(name, suite);
  if (process.env.CI) return void describe(name, () => it('has Virtuoso installed', () => expect.fail(`${VIRTUOSO_MISSING}. CI must install it: .ci/run does`)));
  console.warn(`skipping "${name}": ${VIRTUOSO_MISSING}`);
  describe.skip(`${name} (${VIRTUOSO_MISSING})`, suite);
}

export interface User { user: string; password: string }

export interface Virtuoso {
  dir: string;
  httpPort: number;
  sqlPort: number;
  readonly pid: number;
  /** http://127.0.0.1:port */
  url: string;
  /** The anonymous, read-only SPARQL endpoint, and the digest-protected one that takes updates. */
  sparql: string;
  sparqlAuth: string;
  writer: User;
  reader: User;
  /** SELECT through the anonymous /sparql endpoint. */
  select(query: string): Promise<Binding[]>;
  count(graph: string): Promise<number>;
  /** Named graphs whose IRI starts with `prefix`. */
  graphs(prefix: string): Promise<string[]>;
  /** SIGKILL, as a crash would: no checkpoint, recovery from the transaction log on the next start. */
  kill(): Promise<void>;
  /** Starts the server again on the same database and ports. */
  restart(): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s; removes the directory. */
  stop(): Promise<void>;
}

/** Virtuoso's isolation levels, as its ini numbers them. */
export const ISOLATION = { 'read uncommitted': 1, 'read committed': 2, 'repeatable read': 4, serializable: 8 } as const;
export type Isolation = keyof typeof ISOLATION;

export interface VirtuosoOptions {
  /** [Parameters] DefaultIsolation. Defaults to repeatable read, which the README asks of Virtuoso:
   *  at Virtuoso's own default (read committed) queries see a graph half-replaced during a MOVE. */
  isolation?: Isolation;
}

export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<Virtuoso> {
  if (VIRTUOSO_MISSING) throw new Error(VIRTUOSO_MISSING);
  const isolation = options.isolation ?? 'repeatable read';
  if (!(isolation in ISOLATION)) throw new Error(`unknown isolation "${isolation}"; one of: ${Object.keys(ISOLATION).join(', ')}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'linked-lives-virtuoso-'));
  const httpPort = Number(process.env.VIRTUOSO_HTTP_PORT) || await freePort();
  const sqlPort = Number(process.env.VIRTUOSO_SQL_PORT) || await freePort();
  writeFileSync(path.join(dir, 'virtuoso.ini'), ini(dir, httpPort, sqlPort, ISOLATION[isolation]));
  const url = `http://127.0.0.1:${httpPort}`;
  const server = { dir, httpPort, sqlPort, url, child: await launch(dir, url) };
  try {
    return setUp(server);
  } catch (error) {
    await terminate(server.child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

interface Running { dir: string; httpPort: number; sqlPort: number; url: string; child: ChildProcess }

/** Creates the users, then wraps the running server. */
function setUp(server: Running): Virtuoso {
  const { dir, httpPort, sqlPort, url } = server;
  const writer = { user: 'writer', password: randomBytes(9).toString('base64url') };
  const reader = { user: 'reader', password: randomBytes(9).toString('base64url') };
  isql(sqlPort, 'dba', [
    `DB.DBA.USER_CREATE('${writer.user}', '${writer.password}');`, `GRANT SPARQL_UPDATE TO "${writer.user}";`,
    `DB.DBA.USER_CREATE('${reader.user}', '${reader.password}');`, `GRANT SPARQL_SELECT TO "${reader.user}";`,
    // A fresh database has dba/dba; nothing needs dba after this.
    `USER_SET_PASSWORD('dba', '${randomBytes(9).toString('base64url')}');`, // not DB.DBA.USER_SET_PASSWORD: SR185
  ]);
  const select = async (query: string) => {
    const response = await fetch(`${url}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
    if (!response.ok) throw new Error(`Virtuoso answered ${response.status}: ${await response.text()}`);
    const result = parseSparqlJson(await response.text());
    if (result.type !== 'bindings') throw new Error('expected bindings');
    return result.rows;
  };
  return {
    dir, httpPort, sqlPort, url, sparql: `${url}/sparql`, sparqlAuth: `${url}/sparql-auth`, writer, reader,
    get pid() { return server.child.pid!; },
    select,
    count: async (graph) => Number((await select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`))[0]!.n!.value),
    graphs: async (prefix) => (await select(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${prefix}")) }`)).map((r) => r.g!.value),
    kill: () => terminate(server.child, 'SIGKILL'),
    restart: async () => { server.child = await launch(dir, url); },
    stop: async () => {
      await terminate(server.child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Virtuoso's defaults but for the ports, the files, ResultSetMaxRows (10000 cuts results silently) and
 *  DefaultIsolation. */
function ini(dir: string, httpPort: number, sqlPort: number, isolation: number): string {
  const vsp = '/var/lib/virtuoso-opensource-7/vsp';
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
DirsAllowed = ., ${dir}, /tmp
DefaultIsolation = ${isolation}
NumberOfBuffers = 50000
MaxDirtyBuffers = 30000
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${existsSync(vsp) ? vsp : dir}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
`;
}

const children = new Set<ChildProcess>();
process.once('exit', () => { for (const child of children) child.kill('SIGKILL'); });

/** Starts virtuoso-t in the foreground (so its PID is ours) and waits until /sparql answers. */
async function launch(dir: string, url: string): Promise<ChildProcess> {
  const log = openSync(path.join(dir, 'stdout.log'), 'a');
  const child = spawn(SERVER, ['+foreground', '+configfile', path.join(dir, 'virtuoso.ini')], { cwd: dir, stdio: ['ignore', log, log] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/sparql?query=${encodeURIComponent('ASK {}')}`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`Virtuoso did not start:\n${readFileSync(path.join(dir, 'stdout.log'), 'utf8').slice(-2000)}`);
}

async function terminate(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function isql(port: number, user: string, statements: string[]): void {
  const result = spawnSync(ISQL, [`127.0.0.1:${port}`, user, 'dba'], { input: `${statements.join('\n')}\n`, encoding: 'utf8' });
  if (result.status !== 0 || /\*\*\* Error/.test(result.stdout + result.stderr)) {
    throw new Error(`isql-vt failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** A port nothing listens on (at the time of asking). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}
