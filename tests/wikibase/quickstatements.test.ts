// QuickStatements v1 export: the syntax of every value type, CREATE / LAST, QID items, references,
// the report of what v1 cannot carry, and a parser written here from QuickStatements' own v1 grammar
// (magnusmanske/quickstatements, public_html/quickstatements.php, importDataFromV1 and parseValueV1:
// see docs/quickstatements.md) that every line of our output must pass, on a small dataset and on data/.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/load-dataset.js';
import type { Dataset } from '../../src/model/dataset.js';
import { createContext } from '../../src/graph/context.js';
import { deriveClaims } from '../../src/graph/derive.js';
import { propertyIris } from '../../src/graph/property.js';
import { statementClaims } from '../../src/graph/to-claims.js';
import { P } from '../../src/vocab/properties.js';
import { formatCarryReport, qsTime, quickStatements, symmetricError, type CarryProblem } from '../../src/wikibase/quickstatements.js';

// ---------------------------------------------------------------------------------------------------
// A v1 parser of our own, from the grammar of QuickStatements' importDataFromV1 / parseValueV1.

type V1Value =
  | { type: 'somevalue' | 'novalue' }
  | { type: 'item'; id: string }
  | { type: 'string'; text: string }
  | { type: 'monolingualtext'; lang: string; text: string }
  | { type: 'time'; time: string; precision: number; calendar: 'gregorian' | 'julian' }
  | { type: 'coordinate'; latitude: number; longitude: number }
  | { type: 'quantity'; amount: string; error?: string; unit?: string };

type V1Command =
  | { kind: 'create' }
  | { kind: 'term'; entity: string; term: 'L' | 'D' | 'A'; lang: string; text: string }
  | { kind: 'statement'; entity: string; property: string; newStatement: boolean; value: V1Value; qualifiers: [string, V1Value][]; references: [string, V1Value][][] };

function parseValue(v: string): V1Value {
  if (v !== v.trim()) throw new Error(`padded value ${JSON.stringify(v)}`);
  if (v === 'somevalue' || v === 'novalue') return { type: v };
  if (/^Q\d+$/.test(v)) return { type: 'item', id: v };
  let m = /^"(.*)"$/.exec(v);
  if (m) return { type: 'string', text: m[1]! };
  m = /^([a-z_-]+):"(.*)"$/.exec(v);
  if (m) return { type: 'monolingualtext', lang: m[1]!, text: m[2]! };
  m = /^([+-])(\d+)-(\d\d)-(\d\d)T00:00:00Z\/(\d+)(\/J)?$/.exec(v);
  if (m) return { type: 'time', time: v.replace(/\/\d+(\/J)?$/, ''), precision: Number(m[5]), calendar: m[6] ? 'julian' : 'gregorian' };
  m = /^@([+-]?[0-9.]+)\/([+-]?[0-9.]+)$/.exec(v);
  if (m) return { type: 'coordinate', latitude: Number(m[1]), longitude: Number(m[2]) };
  m = /^([+-]?\d+(?:\.\d+)?)(?:~(\d+(?:\.\d+)?))?(?:U(\d+))?$/.exec(v);
  if (m) return { type: 'quantity', amount: m[1]!, ...(m[2] !== undefined && { error: m[2] }), ...(m[3] !== undefined && { unit: `Q${m[3]}` }) };
  throw new Error(`not a v1 value: ${JSON.stringify(v)}`);
}

function parseLine(line: string): V1Command {
  if (line === 'CREATE') return { kind: 'create' };
  const cols = line.split('\t');
  const entity = cols[0]!;
  if (!/^(Q\d+|LAST)$/.test(entity)) throw new Error(`bad entity in ${JSON.stringify(line)}`);
  const term = /^([LDA])([a-z_-]+)$/.exec(cols[1] ?? '');
  if (term) {
    if (cols.length !== 3) throw new Error(`a term command has three columns: ${JSON.stringify(line)}`);
    const value = parseValue(cols[2]!);
    if (value.type !== 'string') throw new Error(`a term is a quoted string: ${JSON.stringify(line)}`);
    return { kind: 'term', entity, term: term[1] as 'L' | 'D' | 'A', lang: term[2]!, text: value.text };
  }
  const property = /^(!?)(P\d+)$/.exec(cols[1] ?? '');
  if (!property || cols.length < 3 || (cols.length - 3) % 2) throw new Error(`not a statement: ${JSON.stringify(line)}`);
  const command: Extract<V1Command, { kind: 'statement' }> = {
    kind: 'statement', entity, property: property[2]!, newStatement: property[1] === '!', value: parseValue(cols[2]!), qualifiers: [], references: [],
  };
  let lastWasSource = false;
  for (let i = 3; i < cols.length; i += 2) {
    const key = /^(P|S|!S)(\d+)$/.exec(cols[i]!);
    if (!key) throw new Error(`bad qualifier or source key ${cols[i]} in ${JSON.stringify(line)}`);
    const value = parseValue(cols[i + 1]!);
    if (key[1] === 'P') {
      if (command.references.length) throw new Error(`a qualifier after the sources: ${JSON.stringify(line)}`);
      command.qualifiers.push([`P${key[2]}`, value]);
      lastWasSource = false;
    } else {
      if (key[1] === '!S' || !lastWasSource) command.references.push([]);
      command.references.at(-1)!.push([`P${key[2]}`, value]);
      lastWasSource = true;
    }
  }
  return command;
}

function parseAll(text: string): V1Command[] {
  expect(text.endsWith('\n') || text === '').toBe(true);
  return text.split('\n').slice(0, -1).map(parseLine);
}

// ---------------------------------------------------------------------------------------------------
// A small dataset with every value type, written through Wikidata's properties.

const FILES: Record<string, string> = {
  'dataset.yaml': `title: { en: QuickStatements fixture }
baseIri: https://example.org/qs/
license: https://creativecommons.org/publicdomain/zero/1.0/
sources:
  - id: register
    labels: { en: Trade register }
    qid: Q7000001
    title: { text: Trade register, lang: en }
    file: register.txt
    language: en
  - id: memoirs
    labels: { en: A memoir }
    title: { text: "Memoirs of a Printer", lang: en }
    authors: [ada, bob]
    authorNames: [C. Scribe]
    date: 1951-05
    url: https://example.org/memoir
    file: memoir.txt
    language: fr
properties:
  P2130: { datatype: quantity, labels: { en: cost } }
  printRun: { datatype: quantity, labels: { en: print run } }
concepts:
  guild-unit: { group: other, label: guild measure }
  apprentice-house: { group: placeType, label: apprentice house }
`,
  'ada.yaml': `kind: person
id: ada
qid: Q7000002
labels: { en: Ada Printer, fr: Ada l'Imprimeuse }
descriptions: { en: a printer }
aliases: { en: [Ada P., Ada P.] }
occupations:
  - value: writer
    rank: preferred
    rankReason: her own word
    references:
      - { source: register, quote: "writer", P813: 2024-05-01, P854: "https://example.org/register/p4" }
      - { source: memoirs, quote: "écrivaine", at: "chapter 2", note: "a late source", namedAs: "écrivaine", url: "https://example.org/memoir#c2" }
  - value: poet
    rank: deprecated
    rankReason: a misreading
    references: [{ source: register, quote: "poet?" }]
pseudonyms:
  - value: Le Rétif
    qualifiers: { startTime: 19th century, endTime: 1909-03 }
    references: [{ source: register, quote: "Le Rétif" }]
  - value: Le Rétif
    qualifiers: { startTime: 1920 }
    references: [{ source: register, quote: "Le Rétif again" }]
nativeName:
  - value: { text: Ада, lang: ru }
    references: [{ source: register, quote: "Ада" }]
  - value: { text: Ada, lang: es-419 }
    references: [{ source: register, quote: "Ada" }]
patronymic:
  - value: { text: Ivanovna, lang: en }
    references: [{ source: register, quote: "Ivanovna" }]
citizenship:
  - value: Q142
    qualifiers: { location: workshop }
    references: [{ source: register, quote: "French" }]
  - value: press
    references: [{ source: register, quote: "of the Press" }]
father:
  - unknownValue: true
    references: [{ source: register, quote: "father unknown" }]
mother:
  - value: bob
    references: [{ source: register, quote: "mother" }]
spouses:
  - noValue: true
    references: [{ source: register, quote: "never married" }]
image:
  - value: "Ada Printer (1901).jpg"
    references: [{ source: register, quote: "photograph" }]
identifiers:
  viaf: [{ value: "123456789", references: [{ source: register, quote: "VIAF 123456789" }] }]
claims:
  P856: [{ value: https://example.org/ada, references: [{ source: register, quote: "her page" }] }]
  P1104:
    - value: { amount: 3000, lowerBound: 2900, upperBound: 3100 }
      references: [{ source: register, quote: "3000 pages" }]
    - value: { amount: "12.5", lowerBound: 12, upperBound: 14 }
      references: [{ source: register, quote: "about 12.5 pages" }]
    - value: { amount: 7, unit: guild-unit }
      references: [{ source: register, quote: "seven measures" }]
  P2047: [{ value: { amount: 5, unit: Q577 }, references: [{ source: register, quote: "five years" }] }]
  P2130: [{ value: "-0.25", references: [{ source: register, quote: "minus a quarter" }] }]
  printRun: [{ value: 100, references: [{ source: register, quote: "100 copies" }] }]
  P585:
    - value: { date: 1890, earliest: 1889, latest: 1891 }
      qualifiers: { sourcing: circa }
      references: [{ source: register, quote: "around 1890" }]
    - value: -44
      references: [{ source: register, quote: "44 BCE" }]
    - value: 2nd millennium
      references: [{ source: register, quote: "the second millennium" }]
`,
  'bob.yaml': `kind: person
id: bob
labels: { en: Bob Binder }
descriptions: { en: "a binder\\tand printer" }
aliases: { fr: [Robert] }
sexOrGender: [{ value: male, references: [{ source: memoirs, quote: "un homme" }, { source: register, quote: "a man" }] }]
father: [{ unknownValue: true, references: [{ source: register, quote: "unknown father" }] }]
`,
  'press.yaml': `kind: place
id: press
type: apprentice-house
labels: { en: The Press }
coordinates:
  - value: { latitude: 48.8566, longitude: 2.3522, precision: 0.000001 }
    references: [{ source: register, quote: "48.8566 N" }]
  - value: { latitude: 0.0000001, longitude: -45.5, precision: 0.01 }
    references: [{ source: register, quote: "near the equator" }]
`,
  'workshop.yaml': `kind: place
id: workshop
qid: Q7000003
type: city
labels: { en: The Workshop }
coordinates:
  - value: { latitude: 12.25, longitude: -45.5, globe: Q405 }
    references: [{ source: register, quote: "on the Moon" }]
`,
  'book.yaml': `kind: work
id: the-book
type: book
labels: { en: The Book }
notes: [{ value: posthumous, references: [{ source: register, quote: "published after her death" }] }]
authors: [{ value: ada, references: [{ source: register, quote: "by Ada" }] }]
publicationDate: [{ value: 1900, references: [{ source: register, quote: "1900" }] }]
`,
  'birth.yaml': `kind: event
id: ada-birth
type: birth
labels: { en: birth of Ada }
date:
  - value: 1870-02-12 Julian
    references: [{ source: register, quote: "born 12 February 1870 O.S." }]
locations:
  - value: workshop
    references: [{ source: register, quote: "born at the Workshop" }]
participants:
  - value: ada
    references: [{ source: register, quote: "Ada was born" }]
`,
  'conviction-1.yaml': `kind: event
id: ada-conviction-1
type: conviction
labels: { en: first conviction }
penalties: [{ noValue: true, references: [{ source: register, quote: "no penalty" }] }]
participants: [{ value: ada, references: [{ source: register, quote: "Ada was tried" }] }]
`,
  'conviction-2.yaml': `kind: event
id: ada-conviction-2
type: conviction
labels: { en: second conviction }
penalties: [{ noValue: true, references: [{ source: register, quote: "again no penalty" }] }]
participants: [{ value: ada, references: [{ source: register, quote: "Ada was tried again" }] }]
`,
  'strike.yaml': `kind: event
id: strike
qid: Q7000004
type: protest
labels: { en: The printers' strike }
date: [{ value: 1905, references: [{ source: register, quote: "the strike of 1905" }] }]
participants: [{ value: ada, references: [{ source: register, quote: "Ada struck" }] }]
`,
  'meeting.yaml': `kind: event
id: ada-meeting
type: meeting
labels: { en: a meeting }
participants: [{ value: ada, references: [{ source: register, quote: "Ada met them" }] }]
`,
};

async function fixture(files: Record<string, string> = FILES): Promise<Dataset> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linked-lives-qs-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return loadDataset(dir);
}

let dataset: Dataset;
let text: string;
let report: CarryProblem[];
let lines: string[];
beforeAll(async () => {
  dataset = await fixture();
  ({ text, report } = quickStatements(dataset));
  lines = text.split('\n').slice(0, -1);
});

const reported = (entity: string, property: string | undefined, match: RegExp) =>
  report.filter((p) => p.entity.id === entity && p.property?.id === property && match.test(p.reason));

describe('QuickStatements v1 export', () => {
  it('writes every line in v1 syntax', () => {
    expect(lines.length).toBeGreaterThan(20);
    expect(() => parseAll(text)).not.toThrow();
  });

  it('gives every value type its v1 syntax', () => {
    const ada = lines.filter((l) => l.startsWith('Q7000002\t'));
    const value = (property: string) => ada.filter((l) => l.split('\t')[1]!.replace('!', '') === property).map((l) => l.split('\t')[2]);
    expect(value('P106')).toEqual(['Q36180', 'Q36180']); // a built-in concept with a verified QID (one command per reference)
    expect(value('P27')).toEqual(['Q142']); // a Wikidata item named in the data
    expect(value('P742')).toEqual(['"Le Rétif"', '"Le Rétif"']); // string (two statements, see !P below)
    expect(value('P1559')).toEqual(['ru:"Ада"']); // monolingual text
    expect(value('P18')).toEqual(['"Ada Printer (1901).jpg"']); // Commons file
    expect(value('P214')).toEqual(['"123456789"']); // external identifier
    expect(value('P856')).toEqual(['"https://example.org/ada"']); // URL
    expect(value('P1104')).toEqual(['+3000~100', '+12.5']); // quantity with symmetric bounds; asymmetric ones dropped (reported)
    expect(value('P2047')).toEqual(['+5U577']); // quantity with a unit
    expect(value('P2130')).toEqual(['-0.25']); // a Wikidata property the manifest declares
    expect(value('P585')).toEqual(['+1890-00-00T00:00:00Z/9', '-0044-00-00T00:00:00Z/9/J', '+2000-00-00T00:00:00Z/6']);
    expect(value('P22')).toEqual(['somevalue']);
    expect(value('P26')).toEqual(['novalue']);
    expect(value('P569')).toEqual(Array(2).fill('+1870-02-12T00:00:00Z/11/J')); // derived from the birth event, Julian; two references
    expect(value('P19')).toEqual(Array(2).fill('Q7000003')); // a local entity with a QID
    expect(value('P793')).toEqual(Array(2).fill('Q7000004')); // an event with a QID (the participation's and the date's references)
    expect(value('P25')).toEqual([]); // a local entity without one (reported)
    const press = lines.filter((l) => l.startsWith('LAST\tP625\t')).map((l) => l.split('\t')[2]);
    expect(press).toEqual(['@48.8566/2.3522', '@0.0000001/-45.5']);
  });

  it('writes time with precision and calendar, as QuickStatements parses it', () => {
    const t = (date: string, precision: number, calendar: 'gregorian' | 'julian' = 'gregorian') => {
      const [year, month = 0, day = 0] = date.split('|').map(Number);
      return qsTime({ year: year!, month, day, precision: precision as never, calendar });
    };
    expect(t('1890|12|30', 11)).toBe('+1890-12-30T00:00:00Z/11');
    expect(t('1919|1', 10)).toBe('+1919-01-00T00:00:00Z/10');
    expect(t('1920', 8)).toBe('+1920-00-00T00:00:00Z/8');
    expect(t('1900', 7)).toBe('+1900-00-00T00:00:00Z/7');
    expect(t('1879|10|26', 11, 'julian')).toBe('+1879-10-26T00:00:00Z/11/J');
    expect(t('-753', 9, 'julian')).toBe('-0753-00-00T00:00:00Z/9/J');
    expect(parseValue(t('1879|10|26', 11, 'julian'))).toEqual({ type: 'time', time: '+1879-10-26T00:00:00Z', precision: 11, calendar: 'julian' });
  });

  it('reports the before / after of a date, which v1 cannot write', async () => {
    const { tempData } = await import('../helpers/temp-data.js');
    const birth = `kind: event\nid: ivan-birth\ntype: birth\nlabels: { en: birth of Ivan }\nparticipants: [{ value: ivan }]\ndate:\n  - value: { date: 1879, after: 1 }\n    references: [{ source: doc-a, quote: "born 1879 or 1880" }]\n`;
    const result = quickStatements(await loadDataset(await tempData({ 'birth.yaml': birth })));
    expect(result.text).toMatch(/P569\t\+1879-00-00T00:00:00Z\/9\t/);
    expect(result.report.some((p) => p.entity.id === 'ivan' && /without its uncertainty \(before 0, after 1\)/.test(p.reason))).toBe(true);
  });

  it('adds the earliest / latest bounds of a date as qualifiers, as the RDF does', () => {
    const line = lines.find((l) => l.startsWith('Q7000002\tP585\t+1890'))!;
    const parsed = parseLine(line) as Extract<V1Command, { kind: 'statement' }>;
    expect(parsed.qualifiers).toEqual([
      ['P1319', { type: 'time', time: '+1889-00-00T00:00:00Z', precision: 9, calendar: 'gregorian' }],
      ['P1326', { type: 'time', time: '+1891-00-00T00:00:00Z', precision: 9, calendar: 'gregorian' }],
    ]);
    expect(reported('ada', 'sourcing', /qualifier not sent: "sourcing circumstances" is a linked-lives extension property/)).toHaveLength(1);
  });

  it('computes the distance of symmetric bounds exactly', () => {
    expect(symmetricError('+3000', '+2900', '+3100')).toBe('100');
    expect(symmetricError('+12.5', '+12.4', '+12.6')).toBe('0.1');
    expect(symmetricError('+1.50', '+1', '+2')).toBe('0.5');
    expect(symmetricError('-5', '-6', '-4')).toBe('1');
    expect(symmetricError('+5', '+5', '+5')).toBe('0');
    expect(symmetricError('+12.5', '+12', '+14')).toBeUndefined();
  });

  it('creates entities without a QID (CREATE, then LAST) and gives them their terms', () => {
    const creates = lines.flatMap((l, i) => (l === 'CREATE' ? [lines[i + 1]] : []));
    expect(creates).toEqual(['LAST\tLen\t"Bob Binder"', 'LAST\tLen\t"The Book"', 'LAST\tLen\t"The Press"']);
    const start = lines.indexOf('CREATE');
    const bob = lines.slice(start, lines.indexOf('CREATE', start + 1));
    expect(bob).toEqual([
      'CREATE',
      'LAST\tLen\t"Bob Binder"',
      'LAST\tAfr\t"Robert"',
      'LAST\tP31\tQ5',
      // Two references on a new item: one command, the second reference opened by !S. The memoir has no
      // QID: its title, authors (Ada by her QID, Bob, who has none, and C. Scribe by name), date and URL.
      ['LAST', 'P21', 'Q6581097', 'S1476', 'en:"Memoirs of a Printer"', 'S50', 'Q7000002', 'S2093', '"Bob Binder"', 'S2093', '"C. Scribe"',
        'S577', '+1951-05-00T00:00:00Z/10', 'S854', '"https://example.org/memoir"', 'S1683', 'fr:"un homme"', '!S248', 'Q7000001', 'S1683', 'en:"a man"'].join('\t'),
    ]);
    // Bob's description has a tab: not sent, reported. His unknown father cannot go on a new item.
    expect(reported('bob', 'Den', /^not sent: the text has a tab or a line break/)).toHaveLength(1);
    expect(reported('bob', 'P22', /fails to create an item with an unknown-value statement/)).toHaveLength(1);
  });

  it('gives entities with a QID statements, aliases, and no label or description (reported) unless asked', () => {
    expect(lines).toContain('Q7000002\tAen\t"Ada P."');
    expect(lines.filter((l) => l === 'Q7000002\tAen\t"Ada P."')).toHaveLength(1);
    expect(lines.some((l) => /^Q7000002\t[LD]/.test(l))).toBe(false);
    expect(reported('ada', 'Len', /replaces the label it has in en/)).toHaveLength(1);
    expect(reported('ada', 'Lfr', /replaces the label it has in fr/)).toHaveLength(1);
    expect(reported('ada', 'Den', /replaces the description/)).toHaveLength(1);
    const all = quickStatements(dataset, { replaceTerms: true }).text.split('\n');
    expect(all).toContain('Q7000002\tLen\t"Ada Printer"');
    expect(all).toContain('Q7000002\tLfr\t"Ada l\'Imprimeuse"');
    expect(all).toContain('Q7000002\tDen\t"a printer"');
  });

  it('transforms references: a source with a QID is S248, one without is cited by title, authors, date and URL', () => {
    const writer = lines.filter((l) => l.startsWith('Q7000002\tP106\t'));
    // An existing item: one command per reference (QuickStatements merges S columns of one command into one reference).
    expect(writer).toEqual([
      'Q7000002\tP106\tQ36180\tS248\tQ7000001\tS1683\ten:"writer"\tS813\t+2024-05-01T00:00:00Z/11\tS854\t"https://example.org/register/p4"',
      'Q7000002\tP106\tQ36180\tS1476\ten:"Memoirs of a Printer"\tS50\tQ7000002\tS2093\t"Bob Binder"\tS2093\t"C. Scribe"\tS577\t+1951-05-00T00:00:00Z/10\tS854\t"https://example.org/memoir"\tS854\t"https://example.org/memoir#c2"\tS1683\tfr:"écrivaine"\tS1932\t"écrivaine"',
    ]);
    expect(reported('ada', 'locator', /reference part not sent/)).toHaveLength(1);
    expect(reported('ada', 'referenceNote', /reference part not sent/)).toHaveLength(1);
    expect(reported('memoirs', undefined, /^not created: a source without a QID/)).toHaveLength(1);
    expect(reported('memoirs', 'sourceFile', /local file/)).toHaveLength(1);
    expect(reported('register', undefined, /not created/)).toHaveLength(0);
  });

  it('writes a second statement of the same property and value as a new one (!P), and a statement derived twice once', () => {
    const pseudonyms = lines.filter((l) => /^Q7000002\t!?P742\t/.test(l)).map((l) => l.split('\t').slice(1, 5).join(' '));
    expect(pseudonyms).toEqual(['P742 "Le Rétif" P580 +1900-00-00T00:00:00Z/7', '!P742 "Le Rétif" P580 +1920-00-00T00:00:00Z/9']);
    expect(lines.find((l) => l.startsWith('Q7000002\tP742\t'))).toContain('\tP582\t+1909-03-00T00:00:00Z/10\t');
    // "No penalty" from two convictions: one statement, with the references of both.
    const penalty = lines.filter((l) => /^Q7000002\t!?P1596\t/.test(l));
    expect(penalty.map((l) => l.split('\t').slice(0, 3).join(' '))).toEqual(Array(4).fill('Q7000002 P1596 novalue'));
    expect(penalty.map((l) => l.split('\t').at(-1))).toEqual(['en:"no penalty"', 'en:"Ada was tried"', 'en:"again no penalty"', 'en:"Ada was tried again"']);
  });

  it('reports ranks, extension and dataset properties, values without a QID and what v1 cannot write', () => {
    expect(reported('ada', 'P106', /^preferred rank not carried/)).toHaveLength(1);
    expect(reported('ada', 'rankReason', /linked-lives extension property/)[0]).toMatchObject({ value: '"her own word"', statement: { property: { id: 'P106' }, value: 'writer (Q36180)' } });
    expect(reported('ada', 'P106', /^deprecated statement not sent \(reason for the rank: a misreading\)/)[0]).toMatchObject({ value: 'poet (Q49757)' });
    expect(lines.some((l) => l.startsWith('Q7000002\tP106\tQ49757'))).toBe(false);
    expect(reported('ada', 'patronymic', /statement not sent: "patronymic" is a linked-lives extension property/)).toHaveLength(1);
    expect(reported('the-book', 'publicationNote', /extension property/)).toHaveLength(1);
    expect(reported('ada', 'printRun', /property of the dataset's own/)).toHaveLength(1);
    expect(reported('ada', 'P25', /the value is bob, which has no QID: this batch creates it/)[0]).toMatchObject({ property: { label: 'mother' }, value: 'bob (Bob Binder)' });
    expect(reported('ada', 'P27', /the value is press, which has no QID/)).toHaveLength(1);
    expect(reported('ada', 'P276', /qualifier not sent/)).toHaveLength(0); // workshop has a QID: carried
    expect(lines.find((l) => l.startsWith('Q7000002\tP27\tQ142'))).toContain('\tP276\tQ7000003\t');
    expect(reported('ada', 'P1559', /language codes of letters and dashes, not "es-419"/)).toHaveLength(1);
    expect(reported('ada', 'P1104', /bounds \[\+12, \+14\] not carried/)).toHaveLength(1);
    expect(reported('ada', 'P1104', /the unit guild-unit has no QID/)).toHaveLength(1);
    expect(reported('press', 'P31', /apprentice-house is a concept with no verified Wikidata QID/)).toHaveLength(1);
    expect(reported('press', 'P625', /precision 0.01° not carried/)).toHaveLength(1);
    expect(reported('press', 'P625', /precision/)).toHaveLength(1); // 0.000001 is v1's own: nothing lost
    expect(reported('workshop', 'P625', /globe Q405/)).toHaveLength(1);
    expect(reported('ada-birth', undefined, /^not created: events are given as the statements derived on their participants$/)).toHaveLength(1);
    expect(reported('ada', 'P793', /the event ada-meeting, which has no QID and is not created/)).toHaveLength(1);
  });

  it('gives an event with a QID its statements', () => {
    expect(lines).toContain('Q7000004\tP585\t+1905-00-00T00:00:00Z/9\tS248\tQ7000001\tS1683\ten:"the strike of 1905"');
    expect(reported('strike', undefined, /not created/)).toHaveLength(0);
    expect(reported('strike', 'P31', /protest is a concept with no verified Wikidata QID/)).toHaveLength(1);
  });

  it('formats the report one line per problem', () => {
    const out = formatCarryReport(report);
    expect(out.split('\n')[0]).toBe(`${report.length} things QuickStatements does not carry:`);
    expect(out).toContain('ada (Ada Printer): P106 (occupation) writer (Q36180): preferred rank not carried');
    expect(out).toContain('ada (Ada Printer): locator (locator) "chapter 2" in P106 (occupation) writer (Q36180): reference part not sent');
    expect(out).toContain('ada-birth (birth of Ada): not created: events are given as the statements derived on their participants\n');
    expect(formatCarryReport([])).toBe('QuickStatements carries everything in the data.\n');
  });

  it('writes the same bytes for the same data', async () => {
    const again = quickStatements(await fixture());
    expect(again.text).toBe(text);
    expect(JSON.stringify(again.report)).toBe(JSON.stringify(report));
  });
});

// ---------------------------------------------------------------------------------------------------
// Nothing lost: every statement of our claims is sent or reported, on the fixture and on data/.

/** Each claim (typed and derived, as the RDF export builds them) is either written as a command of its
 *  entity with its property, or reported for that entity and property; entities without a QID that are
 *  not created (events) are reported as a whole. */
function expectNothingLost(data: Dataset, out: { text: string; report: CarryProblem[] }) {
  const commands = parseAll(out.text);
  const ctx = createContext(data);
  const derived = deriveClaims(ctx, data.entities);
  const sent = new Map<string, Set<string>>(); // entity → properties written
  let current = '';
  const created = data.entities.filter((e) => !e.qid && e.kind !== 'event');
  let next = 0;
  for (const c of commands) {
    if (c.kind === 'create') current = created[next++]!.id;
    else if (c.kind === 'statement') {
      const id = c.entity === 'LAST' ? current : data.entities.find((e) => e.qid === c.entity)!.id;
      if (!sent.has(id)) sent.set(id, new Set());
      sent.get(id)!.add(c.property);
    }
  }
  expect(next).toBe(created.length);
  const reportedStatements = new Set(out.report.filter((p) => p.property && !p.statement).map((p) => `${p.entity.id} ${p.property!.id}`));
  const reportedEntities = new Set(out.report.filter((p) => !p.property).map((p) => p.entity.id));
  let checked = 0;
  for (const entity of data.entities) {
    if (!entity.qid && entity.kind === 'event') {
      expect(reportedEntities.has(entity.id), entity.id).toBe(true);
      continue;
    }
    for (const claim of [...statementClaims(ctx, entity), ...(derived.get(entity.id) ?? [])]) {
      const id = propertyIris(claim.property).id;
      const ok = sent.get(entity.id)?.has(id) || reportedStatements.has(`${entity.id} ${id}`);
      expect(ok, `${entity.id} ${id}`).toBe(true);
      checked++;
    }
  }
  // Every source without a QID is reported (it is cited, not created).
  for (const source of data.manifest.sources) expect(reportedEntities.has(source.id), source.id).toBe(!source.qid);
  return checked;
}

describe('nothing lost, every line parses', () => {
  it('on the fixture', () => {
    expect(expectNothingLost(dataset, { text, report })).toBeGreaterThan(30);
  });

  it('on data/ (the Victor Serge dataset)', async () => {
    const serge = await loadDataset('data');
    const out = quickStatements(serge);
    expect(expectNothingLost(serge, out)).toBeGreaterThan(1000);
    const commands = parseAll(out.text);
    // Trotsky (Q33391) has a QID: his Julian birth date goes to his item, one command per reference.
    expect(out.text).toContain(`Q33391\t${P.dateOfBirth}\t+1879-10-26T00:00:00Z/11/J\t`);
    expect(commands.filter((c) => c.kind === 'create')).toHaveLength(serge.entities.filter((e) => !e.qid && e.kind !== 'event').length);
    expect(quickStatements(serge).text).toBe(out.text);
  });
});
