// Publish pieces without a store: how answers are classified (Virtuoso's 500 SR186 is a refusal, not a
// crash), endpoint checks, the triples sent (distinct, chunked, sampled).
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { checkGraphIri, graphStoreFor, resolveEndpoints } from '../../src/publish/endpoints.js';
import { classifyResponse, serverMessage } from '../../src/publish/errors.js';
import { insertData, shortFirst, TRIPLES_PER_INSERT } from '../../src/publish/store-client.js';
import { chunk, prepareTriples, sampleSubjects } from '../../src/publish/triples.js';

const { namedNode, literal, quad, blankNode } = DataFactory;

describe('classifyResponse', () => {
  const sr186 = 'Virtuoso 42000 Error SR186:SECURITY: No permission to execute procedure DB.DBA.SPARUL_DROP with user ID 110, group ID 110\n\nSPARQL query:\nDROP SILENT GRAPH <g>';
  const sp029 = '<html><body><h1>HTTP/1.1 500 Request Failed</h1><h3>Error 37000</h3>\n<xmp>[Vectorized Turtle loader] SP029: TURTLE RDF loader, line 2: syntax error</xmp></body></html>';

  it.each([
    [500, sr186, 'forbidden', false, /may not update this store.*SR186.*GRANT SPARQL_UPDATE/],
    [403, 'SQ110 Permission denied', 'forbidden', false, /may not update/],
    [500, sp029, 'rejected', false, /rejected the upload \(HTTP 500\): \[Vectorized Turtle loader\] SP029: TURTLE RDF loader, line 2: syntax error$/],
    [400, 'Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error', 'rejected', false, /rejected/],
    [413, '', 'rejected', false, /HTTP 413/],
    [503, 'busy', 'server_error', true, /failed on the upload \(HTTP 503\): busy/],
    [500, 'Virtuoso 40001 Error SR172: Transaction deadlocked', 'server_error', true, /HTTP 500/],
    [429, '', 'server_error', true, /HTTP 429/],
  ])('HTTP %i → %s', (status, body, code, retryable, message) => {
    const result = classifyResponse(status, body, 'the upload');
    expect([result.error.code, result.retryable]).toEqual([code, retryable]);
    expect(result.error.message).toMatch(message);
  });

  it('drops the query Virtuoso echoes back, which may be megabytes of data', () => {
    expect(serverMessage(`Virtuoso 37000 Error SP030: bad\n\nSPARQL query:\nINSERT DATA { ${'x'.repeat(10_000)} }`)).toBe('Virtuoso 37000 Error SP030: bad');
  });
});

describe('endpoints', () => {
  it('derives Virtuoso\'s Graph Store endpoint, and uses other endpoints as they are', () => {
    expect(graphStoreFor('http://127.0.0.1:8890/sparql-auth')).toBe('http://127.0.0.1:8890/sparql-graph-crud-auth');
    expect(graphStoreFor('http://127.0.0.1:8890/sparql')).toBe('http://127.0.0.1:8890/sparql-graph-crud');
    expect(graphStoreFor('http://localhost:3030/ds')).toBe('http://localhost:3030/ds');
    expect(resolveEndpoints({ endpoint: 'http://h/sparql-auth', protocol: 'update' })).toEqual({ update: 'http://h/sparql-auth', query: 'http://h/sparql-auth' });
  });

  it('refuses credentials in URLs and relative graph IRIs', () => {
    expect(() => resolveEndpoints({ endpoint: 'http://writer:secret@h/sparql-auth', protocol: 'gsp' })).toThrow(/must not carry credentials/);
    expect(() => resolveEndpoints({ endpoint: 'ftp://h/x', protocol: 'gsp' })).toThrow(/http or https/);
    expect(() => checkGraphIri('graph')).toThrow(/not an absolute IRI/);
    expect(() => checkGraphIri('http://example.org/g>')).toThrow(/not an absolute IRI/);
    expect(checkGraphIri('urn:x-graph:serge')).toBe('urn:x-graph:serge');
  });
});

describe('triples to send', () => {
  const s = namedNode('http://example.org/s');
  const p = namedNode('http://example.org/p');

  it('are distinct triples, graph names dropped, language tags lower-cased', () => {
    const g = namedNode('http://example.org/g');
    const triples = prepareTriples([quad(s, p, literal('x', 'en-GB')), quad(s, p, literal('x', 'en-gb'), g), quad(s, p, literal('y'))]);
    expect(triples.lines).toEqual(['<http://example.org/s> <http://example.org/p> "x"@en-gb .\n', '<http://example.org/s> <http://example.org/p> "y" .\n']);
    expect(triples.perSubject.get(s.value)).toBe(2);
  });

  it('are cut into requests by count and by size', () => {
    const triples = prepareTriples(Array.from({ length: 10 }, (_, i) => quad(s, p, literal(String(i)))));
    expect(chunk(triples, 4).map((c) => [c.start, c.lines.length])).toEqual([[0, 4], [4, 4], [8, 2]]);
    expect(chunk(triples, 100, 120).map((c) => c.lines.length)).toEqual([2, 2, 2, 2, 2]);
  });

  it('refuse to split blank nodes across requests', () => {
    const triples = prepareTriples([quad(s, p, blankNode('b')), quad(blankNode('b'), p, literal('x'))]);
    expect(chunk(triples, 2)).toHaveLength(1);
    expect(() => chunk(triples, 1)).toThrow(/blank nodes/);
  });

  it('sample subjects evenly', () => {
    const quads = Array.from({ length: 100 }, (_, i) => quad(namedNode(`http://example.org/e${String(i).padStart(3, '0')}`), p, literal('x')));
    const sample = sampleSubjects(prepareTriples(quads), 5);
    expect(sample.map(([subject]) => subject.slice(-4))).toEqual(['e000', 'e020', 'e040', 'e060', 'e080']);
  });

  it('put short triples first in a Graph Store request (Virtuoso sniffs the start of the body)', () => {
    const long = `<http://e/s> <http://e/p> "${'x'.repeat(5_000)}" .\n`;
    expect(shortFirst(['a\n', long, 'b\n', long, 'c\n'])).toEqual(['a\n', 'b\n', 'c\n', long, long]);
    const plain = ['a\n', 'b\n'];
    expect(shortFirst(plain)).toBe(plain);
  });

  it('go into INSERT DATA operations small enough for Virtuoso\'s parser', () => {
    const lines = Array.from({ length: TRIPLES_PER_INSERT * 2 + 1 }, (_, i) => `<http://e/s> <http://e/p> "${i}" .\n`);
    const update = insertData('http://e/g', lines);
    expect(update.match(/INSERT DATA \{ GRAPH <http:\/\/e\/g> \{/g)).toHaveLength(3);
    expect(update.split(' ;\n')).toHaveLength(3);
  });
});
