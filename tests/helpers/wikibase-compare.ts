// Test helper: do two N-Triples documents hold the same Wikibase statement graph? One is what
// Wikibase's RDF builders write (wd:, wds:, wdv:, wdref:, blank nodes for unknown values), the other
// what we export (statement, value and reference nodes under our base IRI, skolem IRIs for unknown
// values). Before comparing, both are brought to one shape:
//   (a) every value node (wdv:, <base>value/), reference node (wdref:, <base>reference/) and unknown
//       value (/.well-known/genid/ on any host) becomes a blank node: their names are hashes that
//       neither side can reproduce, so only the structure around them counts;
//   (b) our statement IRIs <base>statement/<local id>-<GUID tail> become wds:<QID>-<GUID tail>, given
//       the QID of each local id, and other IRI prefixes are rewritten as the caller lists them.
// Then the graphs must be isomorphic: URDNA2015 canonical forms here (jsonld.js), and rdflib's
// rdflib.compare as an independent check (`rdflibCompare`). On a difference, `formatComparison` lists
// the triples only one side has, with each blank node named by where it hangs (`[wds:Q1-… psv:P569]`),
// so that a changed literal shows as one line on each side.
import type { Quad, Term } from '@rdfjs/types';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFactory, Parser, Writer } from 'n3';
import { canonical } from './rdf.js';

const { blankNode, namedNode, quad } = DataFactory;

export const WD = 'http://www.wikidata.org/entity/';
export const WDS = 'http://www.wikidata.org/entity/statement/';
const WDV = 'http://www.wikidata.org/value/';
const WDREF = 'http://www.wikidata.org/reference/';
const PROP = 'http://www.wikidata.org/prop/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SKOLEM = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/\.well-known\/genid\//i;

export interface WikibaseShapeOptions {
  /** Our base IRI (the export's `--base-iri`): `<base>statement/`, `<base>value/`, `<base>reference/` are ours. */
  base?: string;
  /** Our local entity id → its QID: `<base>statement/<id>-<tail>` becomes `wds:<QID>-<tail>`. */
  localIds?: Record<string, string>;
  /** Further IRI prefixes to rewrite, `[ours, Wikidata's]` (e.g. an entity namespace); the longest match wins. */
  namespaces?: Array<[string, string]>;
}

export interface CompareOptions extends WikibaseShapeOptions {
  /** Compare only the statement graph of these entities (wd:Q… IRIs or QIDs), on both sides: see `statementSubgraph`. */
  entities?: string[];
}

export function parseNTriples(text: string): Quad[] {
  return new Parser({ format: 'N-Triples' }).parse(text);
}

export function toNTriples(quads: Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(quads);
}

/** The quads with (a) value, reference and unknown-value nodes as blank nodes and (b) our statement IRIs and
 *  the listed namespaces as Wikidata's. Blank nodes of the input stay blank nodes. */
export function toWikibaseShape(quads: Quad[], options: WikibaseShapeOptions = {}): Quad[] {
  const { base } = options;
  const localIds = Object.entries(options.localIds ?? {}).sort(([a], [b]) => b.length - a.length);
  const namespaces = [...(options.namespaces ?? [])].sort(([a], [b]) => b.length - a.length);
  const blanks = new Map<string, string>();
  const blank = (key: string) => {
    let id = blanks.get(key);
    if (!id) blanks.set(key, (id = `n${blanks.size}`));
    return blankNode(id);
  };
  const hashed = (iri: string) => iri.startsWith(WDV) || iri.startsWith(WDREF) || SKOLEM.test(iri)
    || (base !== undefined && (iri.startsWith(`${base}value/`) || iri.startsWith(`${base}reference/`)));
  const map = <T extends Term>(term: T): T => {
    if (term.termType === 'BlankNode') return blank(`_:${term.value}`) as unknown as T;
    if (term.termType !== 'NamedNode') return term;
    const iri = term.value;
    if (hashed(iri)) return blank(iri) as unknown as T;
    if (base !== undefined && iri.startsWith(`${base}statement/`)) {
      const rest = iri.slice(base.length + 'statement/'.length);
      const found = localIds.find(([id]) => rest.startsWith(`${id}-`));
      if (found) return namedNode(`${WDS}${found[1]}-${rest.slice(found[0].length + 1)}`) as unknown as T;
    }
    const ns = namespaces.find(([ours]) => iri.startsWith(ours));
    return (ns ? namedNode(ns[1] + iri.slice(ns[0].length)) : term) as T;
  };
  return quads.map((q) => quad(map(q.subject), map(q.predicate), map(q.object)));
}

const isEntityPredicate = (q: Quad) => {
  const p = q.predicate.value;
  if (p === RDF_TYPE) return q.object.value.startsWith(`${PROP}novalue/`);
  return p.startsWith(`${PROP}direct/`) || p.startsWith(`${PROP}direct-normalized/`) || /^http:\/\/www\.wikidata\.org\/prop\/P\d+$/.test(p);
};

/**
 * The statement graph of `entities` (wd:Q… IRIs or bare QIDs) in a graph already in Wikibase's shape:
 * their wdt:, wdtn:, p: triples and `a wdno:…`, then everything said about the statement nodes those
 * reach (wds: IRIs, or any IRI under `statementPrefix`, our statement IRIs the map did not cover) and,
 * transitively, about the blank nodes (values, references, unknown values) reached from there. Terms,
 * sitelinks, document nodes, property entities and label stubs are left out.
 */
export function statementSubgraph(quads: Quad[], entities: string[], statementPrefix?: string): Quad[] {
  const roots = new Set(entities.map((e) => (/^Q\d+$/.test(e) ? WD + e : e)));
  const bySubject = new Map<string, Quad[]>();
  const key = (t: Term) => `${t.termType === 'BlankNode' ? '_:' : ''}${t.value}`;
  for (const q of quads) {
    const k = key(q.subject);
    const list = bySubject.get(k);
    if (list) list.push(q);
    else bySubject.set(k, [q]);
  }
  const out: Quad[] = [];
  const done = new Set<string>();
  const follows = (t: Term) => t.termType === 'BlankNode'
    || (t.termType === 'NamedNode' && (t.value.startsWith(WDS) || (statementPrefix !== undefined && t.value.startsWith(statementPrefix))));
  const visit = (t: Term) => {
    const k = key(t);
    if (done.has(k)) return;
    done.add(k);
    for (const q of bySubject.get(k) ?? []) {
      out.push(q);
      if (follows(q.object)) visit(q.object);
    }
  };
  for (const root of roots) {
    for (const q of bySubject.get(root) ?? []) {
      if (!isEntityPredicate(q)) continue;
      out.push(q);
      if (follows(q.object)) visit(q.object);
    }
  }
  return out;
}

export interface Comparison {
  isomorphic: boolean;
  expected: Quad[];
  actual: Quad[];
  /** Triples (blank nodes named by position) only in the expected / actual graph. */
  onlyExpected: string[];
  onlyActual: string[];
}

/** Compares Wikibase's N-Triples (`expected`) with ours (`actual`) in Wikibase's shape; see the file's head. */
export async function compareWikibase(expectedNt: string, actualNt: string, options: CompareOptions = {}): Promise<Comparison> {
  const shape = (text: string, opts: WikibaseShapeOptions) => {
    const quads = toWikibaseShape(parseNTriples(text), opts);
    return options.entities ? statementSubgraph(quads, options.entities, opts.base && `${opts.base}statement/`) : quads;
  };
  const expected = dedupe(shape(expectedNt, {}));
  const actual = dedupe(shape(actualNt, options));
  const isomorphic = (await canonical(expected)) === (await canonical(actual));
  const e = new Set(display(expected));
  const a = new Set(display(actual));
  return {
    isomorphic, expected, actual,
    onlyExpected: [...e].filter((line) => !a.has(line)).sort(),
    onlyActual: [...a].filter((line) => !e.has(line)).sort(),
  };
}

/** A sentence and the differing triples, for a failing expectation. */
export function formatComparison(c: Comparison, names = { expected: 'Wikibase (expected)', actual: 'ours (actual)' }): string {
  if (c.isomorphic) return `isomorphic (${c.expected.length} triples)`;
  const lines = [`not isomorphic: ${names.expected} has ${c.expected.length} triples, ${names.actual} ${c.actual.length}`];
  if (!c.onlyExpected.length && !c.onlyActual.length) {
    lines.push('the same triples when blank nodes are named by where they hang, but a different blank-node structure '
      + `(${blankCount(c.expected)} blank nodes against ${blankCount(c.actual)}): a value or reference node shared on one side is split on the other`);
  }
  if (c.onlyExpected.length) lines.push(`only in ${names.expected} (${c.onlyExpected.length}):`, ...c.onlyExpected.map((l) => `  - ${l}`));
  if (c.onlyActual.length) lines.push(`only in ${names.actual} (${c.onlyActual.length}):`, ...c.onlyActual.map((l) => `  + ${l}`));
  return lines.join('\n');
}

function dedupe(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const k = [q.subject, q.predicate, q.object].map(termText).join(' ');
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const blankCount = (quads: Quad[]) => new Set(quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode').map((t) => t.value)).size;

// --- display: short names, blank nodes named by the triples that point at them ---

const PREFIXES: Array<[string, string]> = ([
  ['wd:', WD], ['wds:', WDS], ['wdv:', WDV], ['wdref:', WDREF],
  ['wdt:', `${PROP}direct/`], ['wdtn:', `${PROP}direct-normalized/`], ['wdno:', `${PROP}novalue/`],
  ['p:', PROP], ['ps:', `${PROP}statement/`], ['psv:', `${PROP}statement/value/`], ['psn:', `${PROP}statement/value-normalized/`],
  ['pq:', `${PROP}qualifier/`], ['pqv:', `${PROP}qualifier/value/`], ['pqn:', `${PROP}qualifier/value-normalized/`],
  ['pr:', `${PROP}reference/`], ['prv:', `${PROP}reference/value/`], ['prn:', `${PROP}reference/value-normalized/`],
  ['wikibase:', 'http://wikiba.se/ontology#'], ['prov:', 'http://www.w3.org/ns/prov#'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'], ['geo:', 'http://www.opengis.net/ont/geosparql#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
] as Array<[string, string]>).sort(([, a], [, b]) => b.length - a.length);

function short(iri: string): string {
  if (iri === RDF_TYPE) return 'a';
  const found = PREFIXES.find(([, ns]) => iri.startsWith(ns) && /^[\w.-]*$/.test(iri.slice(ns.length)));
  return found ? found[0] + iri.slice(found[1].length) : `<${iri}>`;
}

function termText(t: Term): string {
  if (t.termType === 'NamedNode') return short(t.value);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'Literal') {
    const text = JSON.stringify(t.value);
    if (t.language) return `${text}@${t.language}`;
    return t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? text : `${text}^^${short(t.datatype.value)}`;
  }
  return t.value;
}

/** Each triple as a line, blank nodes named by the (subject, predicate) pairs pointing at them; blank nodes
 *  that would share a name get their own triples added to it, then a number. */
function display(quads: Quad[]): string[] {
  const incoming = new Map<string, Quad[]>();
  const outgoing = new Map<string, Quad[]>();
  for (const q of quads) {
    if (q.object.termType === 'BlankNode') push(incoming, q.object.value, q);
    if (q.subject.termType === 'BlankNode') push(outgoing, q.subject.value, q);
  }
  const position = new Map<string, string>();
  const visiting = new Set<string>();
  const positionOf = (b: string): string => {
    const known = position.get(b);
    if (known !== undefined) return known;
    if (visiting.has(b)) return '…';
    visiting.add(b);
    const ins = (incoming.get(b) ?? []).map((q) => `${q.subject.termType === 'BlankNode' ? positionOf(q.subject.value) : termText(q.subject)} ${termText(q.predicate)}`);
    visiting.delete(b);
    const label = `[${[...new Set(ins)].sort().join(' | ')}]`;
    position.set(b, label);
    return label;
  };
  const blanks = [...new Set(quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode').map((t) => t.value))];
  const groups = new Map<string, string[]>();
  for (const b of blanks) push(groups, positionOf(b), b);
  const names = new Map<string, string>();
  for (const [label, members] of groups) {
    if (members.length === 1) { names.set(members[0]!, label); continue; }
    const content = (b: string) => (outgoing.get(b) ?? []).map((q) => `${termText(q.predicate)} ${q.object.termType === 'BlankNode' ? '[…]' : termText(q.object)}`).sort().join('; ');
    const byContent = new Map<string, string[]>();
    for (const b of members) push(byContent, `${label.slice(0, -1)} ; ${content(b)}]`, b);
    for (const [withContent, same] of byContent) {
      same.sort().forEach((b, i) => names.set(b, same.length === 1 ? withContent : `${withContent}#${i + 1}`));
    }
  }
  const name = (t: Term) => (t.termType === 'BlankNode' ? names.get(t.value)! : termText(t));
  return quads.map((q) => `${name(q.subject)} ${name(q.predicate)} ${name(q.object)} .`);
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// --- rdflib, the independent check ---

export const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./wikibase_compare.py', import.meta.url));

export const rdflibInstalled = (() => {
  const r = spawnSync(PYTHON, ['-c', 'import rdflib'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
})();

export interface RdflibResult {
  isomorphic: boolean;
  expected: number;
  actual: number;
  onlyExpected: string[];
  onlyActual: string[];
}

/** rdflib.compare.isomorphic and graph_diff on the two graphs of a `compareWikibase` result (already in
 *  Wikibase's shape), read by rdflib's own N-Triples parser. */
export function rdflibCompare(c: Pick<Comparison, 'expected' | 'actual'>): RdflibResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'wikibase-compare-'));
  try {
    const e = path.join(dir, 'expected.nt');
    const a = path.join(dir, 'actual.nt');
    writeFileSync(e, toNTriples(c.expected));
    writeFileSync(a, toNTriples(c.actual));
    const r = spawnSync(PYTHON, [SCRIPT, e, a], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error || r.status !== 0) throw new Error(`${PYTHON} ${SCRIPT} failed: ${r.error?.message ?? r.stderr}`);
    return JSON.parse(r.stdout) as RdflibResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatRdflib(r: RdflibResult): string {
  if (r.isomorphic) return `rdflib: isomorphic (${r.expected} triples)`;
  return [`rdflib: not isomorphic (expected ${r.expected} triples, actual ${r.actual}); graph_diff, blank nodes canonically relabelled:`,
    ...r.onlyExpected.map((l) => `  - ${l}`), ...r.onlyActual.map((l) => `  + ${l}`)].join('\n');
}
