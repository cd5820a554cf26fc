// Serializers: exact N-Triples for tricky literals, JSON-LD ⇄ Turtle graph equality, stream = string,
// the shipped context file, and byte-identical output across runs.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { serializers, FORMATS } from '../../src/serialize/index.js';
import { parseJsonLd, toJsonLd } from '../../src/serialize/jsonld.js';
import { JSONLD_CONTEXT } from '../../src/serialize/jsonld-context.js';
import { toNQuads, toNTriples } from '../../src/serialize/ntriples.js';
import { toTurtle } from '../../src/serialize/turtle.js';
import { canonical, parseTurtle } from '../helpers/rdf.js';
import { MINI } from '../helpers/temp-data.js';

const { namedNode, literal, quad } = DataFactory;
const S = namedNode('http://example.org/s');
const P = namedNode('http://schema.org/name');

describe('N-Triples', () => {
  it('escapes quotes, backslashes and line breaks, and keeps Unicode', () => {
    const q = quad(S, P, literal('say "hi"\\\nВиктор\r', 'ru'));
    expect(toNTriples([q])).toBe('<http://example.org/s> <http://schema.org/name> "say \\"hi\\"\\\\\\nВиктор\\r"@ru .\n');
  });
  it('omits xsd:string and writes other datatypes', () => {
    expect(toNTriples([quad(S, P, literal('x'))])).toBe('<http://example.org/s> <http://schema.org/name> "x" .\n');
    expect(toNTriples([quad(S, P, literal('5', namedNode('http://www.w3.org/2001/XMLSchema#integer')))]))
      .toBe('<http://example.org/s> <http://schema.org/name> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .\n');
  });
  it('puts every quad in the named graph asked for', () => {
    expect(toNQuads([quad(S, P, literal('x'))], { graph: 'http://example.org/g' }))
      .toBe('<http://example.org/s> <http://schema.org/name> "x" <http://example.org/g> .\n');
  });
});

describe('the dumps of the mini fixture', async () => {
  const dataset = await loadDataset(MINI);
  const quads = buildGraph(dataset, { profile: 'full' });

  it('Turtle, N-Triples and JSON-LD all hold the same graph', async () => {
    const expected = await canonical(quads);
    expect(await canonical(parseTurtle(await toTurtle(quads)))).toBe(expected);
    expect(await canonical(parseTurtle(toNTriples(quads), 'N-Triples'))).toBe(expected);
    expect(await canonical(await parseJsonLd(JSON.parse(toJsonLd(quads))))).toBe(expected);
  });

  it('declares only the prefixes it uses in Turtle', async () => {
    const truthy = await toTurtle(buildGraph(dataset, { profile: 'truthy' }));
    expect(truthy).not.toMatch(/@prefix (sh|void|dcat|spdx):/);
    expect(truthy).toMatch(/@prefix wdt:/);
    // The property entities name every predicate of a property (wikibase:statementValue psv:P569 …).
    expect(truthy).toMatch(/@prefix psv:/);
  });

  it('streams the same text as the string form, for every format', async () => {
    for (const format of FORMATS) {
      const s = serializers[format];
      expect(await text(s.toStream(quads, { graph: 'http://example.org/g' })), format).toBe(await s.toString(quads, { graph: 'http://example.org/g' }));
    }
  });

  it('gives byte-identical output for the same input', async () => {
    const again = buildGraph(await loadDataset(MINI), { profile: 'full' });
    for (const format of FORMATS) expect(await serializers[format].toString(again), format).toBe(await serializers[format].toString(quads));
  });

  it('JSON-LD never fetches a context: a remote one is refused', async () => {
    await expect(parseJsonLd({ '@context': 'https://example.org/context.jsonld', '@id': 'http://example.org/x' })).rejects.toThrow(/refusing to fetch/);
  });
});

describe('context.jsonld', () => {
  it('is the context the JSON-LD writer uses', async () => {
    const shipped = JSON.parse(await readFile('context.jsonld', 'utf8'));
    expect(shipped).toEqual({ '@context': JSONLD_CONTEXT });
  });
});

describe('duplicates', () => {
  it('writes a triple once when two statements share a value', async () => {
    const { tempData } = await import('../helpers/temp-data.js');
    const twice = `kind: person\nid: anna\nlabels: { en: Anna }\npseudonyms:\n  - value: X\n    references: [{ source: doc-a, quote: "X" }]\n  - value: X\n    qualifiers: { namedAs: "X." }\n    references: [{ source: doc-a, quote: "X." }]\n`;
    const quads = buildGraph(await loadDataset(await tempData({ 'anna.yaml': twice })), { profile: 'full' });
    const lines = toNTriples(quads).split('\n').filter((l) => l.includes('/entity/anna> <http://www.wikidata.org/prop/direct/P742>'));
    expect(lines).toHaveLength(1);
    expect(quads.filter((q) => q.subject.value.endsWith('/entity/anna') && q.predicate.value.endsWith('/prop/P742'))).toHaveLength(2);
  });
});
