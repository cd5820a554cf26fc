// Issue #12's round trip: a dataset exported as Wikibase JSON and imported again gives the same dumps,
// byte for byte, in every format and profile; and the JSON reads as Wikibase JSON with wikibase-sdk.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { simplifyEntity } from 'wikibase-sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshPath, runCli } from '../helpers/cli.js';
import { ref } from '../helpers/statements.js';
import { tempData } from '../helpers/temp-data.js';

const RDF_FILES = ['full.jsonld', 'full.nq', 'full.nt', 'full.ttl', 'truthy.jsonld', 'truthy.nq', 'truthy.nt', 'truthy.ttl'];

/** export --format wikibase-json, import it, export both: the two dump folders. */
async function roundTrip(data: string) {
  const json = await freshPath();
  expect((await runCli('export', '--data', data, '--out', json, '--format', 'wikibase-json')).code).toBe(0);
  const imported = await freshPath();
  const result = await runCli('import', 'wikidata', path.join(json, 'wikibase.jsonl'), '--out', imported);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const [before, after] = [await freshPath(), await freshPath()];
  expect((await runCli('export', '--data', data, '--out', before)).code).toBe(0);
  const again = await runCli('export', '--data', imported, '--out', after);
  expect(again.stderr).toBe('');
  const json2 = await freshPath();
  expect((await runCli('export', '--data', imported, '--out', json2, '--format', 'wikibase-json')).code).toBe(0);
  return { before, after, imported, json: path.join(json, 'wikibase.jsonl'), json2: path.join(json2, 'wikibase.jsonl'), summary: result.stdout };
}

const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);

describe('data/ through Wikibase JSON and back', () => {
  let trip: Awaited<ReturnType<typeof roundTrip>>;
  beforeAll(async () => {
    trip = await roundTrip('data');
  }, 300_000);

  it.each(RDF_FILES)('%s is byte-identical', async (name) => {
    const [a, b] = [await readFile(path.join(trip.before, name)), await readFile(path.join(trip.after, name))];
    expect(b.length).toBeGreaterThan(1000);
    expect(b.equals(a)).toBe(true);
  });

  it('gives the same Wikibase JSON again (as a set of lines: concept files may come back in another order)', async () => {
    expect((await lines(trip.json2)).sort()).toEqual((await lines(trip.json)).sort());
  });

  it('leaves the statements events give to the events, and says so', () => {
    expect(trip.summary).toMatch(/P569 \(date of birth\): \d+ given back by an event/);
    expect(trip.summary).toMatch(/Imported \d+ entities \(.*125 person/);
  });

  it('reads as Wikibase JSON with wikibase-sdk (an independent reader)', async () => {
    const serge = (await lines(trip.json)).map((l) => JSON.parse(l)).find((e) => e.id === 'victor-serge');
    const simple = simplifyEntity(serge, { keepQualifiers: true, keepReferences: true, keepIds: true, keepRanks: true }) as unknown as { claims: Record<string, { value: unknown; rank: string; id: string; references: Record<string, unknown[]>[] }[]>; labels: Record<string, string> };
    expect(simple.labels.en).toBe('Victor Serge');
    const births = simple.claims.P569!;
    expect(births.map((b) => b.value)).toContain('1890-12-30T00:00:00.000Z');
    expect(births.every((b) => b.id.startsWith('victor-serge$'))).toBe(true);
    // Every birth date cites a seed document with a quote.
    expect(births.every((b) => b.references.length && b.references.every((r) => r.P248 && r.P1683))).toBe(true);
    expect(simple.claims.P31![0]!.value).toBe('Q5');
  });
});

describe('every value type through Wikibase JSON and back', () => {
  let trip: Awaited<ReturnType<typeof roundTrip>>;
  beforeAll(async () => {
    trip = await roundTrip('tests/fixtures/open-values');
  }, 300_000);

  it.each(['full.nt', 'truthy.nt'])('%s holds the same triples (the fixture\'s flat files come back in kind folders, in another order)', async (name) => {
    const [a, b] = [await lines(path.join(trip.before, name)), await lines(path.join(trip.after, name))];
    expect(b.length).toBeGreaterThan(100);
    expect(b.sort()).toEqual(a.sort());
  });

  it('keeps a reference URL given by property id apart from one given as url:', async () => {
    const printer = await readFile(path.join(trip.imported, 'persons', 'ada-printer.yaml'), 'utf8');
    expect(printer).toMatch(/P854:\n\s+- https:\/\/example.org\/register\/p4/);
    expect((await readdir(trip.imported)).sort()).toEqual(['concepts', 'dataset.yaml', 'persons', 'places', 'works']);
  });
});

// Issue #15's model gaps: an organisation's inception, dissolution, founders and administrative unit, a
// place's location, a founding event's founder, a manner of death, a concept that is a Wikidata item
// (Q35760 "essay", shared/wikidata-rdf.md §4).
const MODEL_GAPS: Record<string, string> = {
  'union.yaml': `kind: organization\nid: union\ntype: organization\nlabels: { en: Printers' Union }
locatedIn:\n  - value: town\n    ${ref('the union of Town')}
foundedBy:\n  - value: ivan\n    ${ref('founded by Ivan')}
end:\n  - value: 1931-06\n    ${ref('dissolved in June 1931')}\n`,
  'founding.yaml': `kind: event\nid: founding-of-the-union\ntype: founding\nlabels: { en: founding of the union }
date:\n  - value: 1905-03-01\n    ${ref('on 1 March 1905 the union was founded')}
participants:\n  - value: union\n    ${ref('the union was founded')}\n  - value: ivan\n    qualifiers: { role: founder }\n    ${ref('Ivan founded it')}\n`,
  'the-river.yaml': 'kind: place\nid: the-river\ntype: river\nlabels: { en: The River }\n',
  'press.yaml': `kind: place\nid: press\ntype: building\nlabels: { en: The Press }
locatedIn:\n  - value: town\n    ${ref('the press in Town')}
location:\n  - value: the-river\n    ${ref('on the river')}\n`,
  'death.yaml': `kind: event\nid: ivan-death\ntype: death\nlabels: { en: death of Ivan }
date:\n  - value: 1940-08-21\n    ${ref('on 21 August 1940')}
participants:\n  - value: ivan\n    ${ref('Ivan was killed')}
mannerOfDeath:\n  - value: homicide\n    ${ref('he was killed')}\n`,
  'essay.yaml': 'kind: concept\nid: essay-form\ngroup: workForm\nlabel: essay\nqid: Q35760\n',
  'notes.yaml': `kind: work\nid: notes\ntype: written-work\nlabels: { en: Notes }\nforms:\n  - value: essay-form\n    ${ref('an essay')}\n`,
};

describe('the model-gap fields through Wikibase JSON and back', () => {
  let trip: Awaited<ReturnType<typeof roundTrip>>;
  beforeAll(async () => {
    trip = await roundTrip(await tempData(MODEL_GAPS));
  }, 300_000);

  it.each(['full.nt', 'truthy.nt'])('%s holds the same triples', async (name) => {
    const [a, b] = [await lines(path.join(trip.before, name)), await lines(path.join(trip.after, name))];
    for (const pid of ['P571', 'P576', 'P112', 'P131', 'P276', 'P1196']) expect(a.some((l) => l.includes(`/prop/direct/${pid}>`)), pid).toBe(true);
    expect(b.sort()).toEqual(a.sort());
  });

  it('gives the derived facts back to their events and keeps the fields and the concept\'s QID', async () => {
    expect(trip.summary).toMatch(/P571 \(inception\): 1 given back by an event/);
    // The death event's own P1196 is its field; the person's comes from the event.
    expect(trip.summary).toMatch(/P1196 \(manner of death\): 1 to a named field, 1 given back by an event/);
    expect(trip.summary).toMatch(/P112 \(founded by\): 1 to a named field, 1 given back by an event/);
    const union = await readFile(path.join(trip.imported, 'organizations', 'union.yaml'), 'utf8');
    expect(union).toMatch(/foundedBy:\n\s+- value: ivan/);
    expect(union).toMatch(/locatedIn:\n\s+- value: town/);
    const concepts = await readdir(path.join(trip.imported, 'concepts'));
    const essay = await readFile(path.join(trip.imported, 'concepts', concepts.find((f) => f.includes('essay-form'))!), 'utf8');
    expect(essay).toMatch(/qid: Q35760/);
  });
});
