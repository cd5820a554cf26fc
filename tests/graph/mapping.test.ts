// Input → expected RDF, compared as graphs: the truthy shape of a person whose facts come from events.
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { blankHashedNodes, canonical, parseTurtle } from '../helpers/rdf.js';
import { MINI } from '../helpers/temp-data.js';

const BASE = 'https://example.org/mini/';
const PREFIXES = `
@prefix e: <${BASE}entity/> . @prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> . @prefix wdno: <http://www.wikidata.org/prop/novalue/> .
@prefix wikibase: <http://wikiba.se/ontology#> . @prefix ll: <https://w3id.org/linked-lives/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix llc: <https://w3id.org/linked-lives/concept/> . @prefix llt: <https://w3id.org/linked-lives/prop/direct/> .`;

// The entity's modification time follows its file's history: checked on its own below.
const REVISION = new Set(['http://schema.org/version', 'http://schema.org/dateModified']);
const about = (quads: Quad[], iri: string) => quads.filter((q) => q.subject.value === iri && !REVISION.has(q.predicate.value));

describe('mapping', () => {
  it('writes a person in the truthy profile: best-rank values only, facts derived from events', async () => {
    const quads = buildGraph(await loadDataset(MINI), { profile: 'truthy' });
    const expected = parseTurtle(`${PREFIXES}
      e:ivan a wikibase:Item, ll:Person ;
        rdfs:label "Ivan Petrov"@en, "Иван Петров"@ru ; skos:prefLabel "Ivan Petrov"@en, "Иван Петров"@ru ;
        schema:name "Ivan Petrov"@en, "Иван Петров"@ru ; schema:description "a test person"@en ; skos:altLabel "Vanya"@en ;
        wdt:P31 wd:Q5 ; wdt:P21 wd:Q6581097 ; wdt:P742 "Le Rétif" ;
        a wdno:P27 ;                                               # no citizenship
        wdt:P22 _:unknownFather ;                                  # unknown value
        wdt:P569 "1879-11-07T00:00:00Z"^^xsd:dateTime ;            # preferred Julian 1879-10-26; the normal 1880 claim is not truthy
        wdt:P19 e:town ;                                           # from the birth event
        wdt:P793 e:ivan-arrest ;                                   # an arrest has no dedicated property
        wikibase:statements 9 ; wikibase:sitelinks 0 ; wikibase:identifiers 0 .  # page props, as WDQS has them
    `);
    const actual = blankHashedNodes(about(quads, `${BASE}entity/ivan`), BASE);
    expect(await canonical(actual)).toBe(await canonical(expected));
  });

  it('writes an event item with its class, time, place and participants', async () => {
    const quads = buildGraph(await loadDataset(MINI), { profile: 'truthy' });
    const expected = parseTurtle(`${PREFIXES}
      e:ivan-arrest a wikibase:Item, ll:Event ;
        rdfs:label "arrest of Ivan"@en ; skos:prefLabel "arrest of Ivan"@en ; schema:name "arrest of Ivan"@en ;
        wdt:P31 llc:arrest ; wdt:P585 "1933-03-01T00:00:00Z"^^xsd:dateTime ; wdt:P276 e:town ; wdt:P710 e:ivan ;
        wikibase:statements 4 ; wikibase:sitelinks 0 ; wikibase:identifiers 0 .
      llc:arrest a skos:Concept ; rdfs:label "arrest"@en ; skos:prefLabel "arrest"@en ; schema:name "arrest"@en ;
        wdt:P279 wd:Q1190554 .
    `);
    const actual = [...about(quads, `${BASE}entity/ivan-arrest`), ...about(quads, 'https://w3id.org/linked-lives/concept/arrest')];
    expect(await canonical(actual)).toBe(await canonical(expected));
  });

  it('writes a place with its names over time', async () => {
    const quads = buildGraph(await loadDataset(MINI), { profile: 'truthy' });
    const names = about(quads, `${BASE}entity/town`).filter((q) => q.predicate.value.endsWith('P1448'));
    expect(names.map((q) => q.object.value)).toEqual(['Townsville']);
  });
});
