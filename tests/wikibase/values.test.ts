// Wikibase time values → our date syntax (and back through our parser), and statements appended to a
// data file as text, leaving the historian's own lines as they were.
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/model/time.js';
import { timeInput, timeJson } from '../../src/wikibase/values.js';
import { appendEntry, appendStatements } from '../../src/wikibase/yaml-append.js';

const G = 'http://www.wikidata.org/entity/Q1985727';
const J = 'http://www.wikidata.org/entity/Q1985786';
const wb = (time: string, precision: number, calendarmodel = G) => ({ time, timezone: 0, before: 0, after: 0, precision, calendarmodel });

describe('Wikibase time → our dates', () => {
  it.each([
    [wb('+1890-12-30T00:00:00Z', 11), '1890-12-30'],
    [wb('+1890-12-00T00:00:00Z', 10), '1890-12'],
    [wb('+1890-00-00T00:00:00Z', 9), '1890'],
    [wb('+1920-00-00T00:00:00Z', 8), '1920s'],
    [wb('+1900-00-00T00:00:00Z', 7), '19th century'],
    [wb('+2000-00-00T00:00:00Z', 6), '2nd millennium'],
    [wb('-0044-03-15T00:00:00Z', 11, J), '-44-03-15'],
    [wb('-0100-00-00T00:00:00Z', 7, J), '1st century BCE'],
    [wb('+1890-12-18T00:00:00Z', 11, J), '1890-12-18 Julian'],
    [wb('+1500-02-29T00:00:00Z', 11, J), '1500-02-29'],
    [wb('+1500-03-10T00:00:00Z', 11, G), '1500-03-10 Gregorian'],
  ])('%o → %s, which parses back to the same time', (time, text) => {
    const converted = timeInput(time);
    expect(converted).toEqual({ value: text });
    const parsed = parseTime(text);
    expect(parsed.ok && timeJson(parsed.value)).toMatchObject({ time: time.time.replace(/^-0044/, '-0044'), precision: time.precision, calendarmodel: time.calendarmodel });
  });

  it.each([
    [wb('+1925-00-00T00:00:00Z', 8), /the decade of 1925/],
    [wb('+1850-00-00T00:00:00Z', 7), /the century stored as the year 1850/],
    [wb('+1901-02-03T04:05:00Z', 13), /a time of day/],
    [{ ...wb('+1901-02-03T00:00:00Z', 11), timezone: 60 }, /a time zone offset/],
    [wb('+1901-02-03T00:00:00Z', 11, 'http://www.wikidata.org/entity/Q12138'), /neither proleptic Gregorian nor Julian/],
    [wb('+12345-00-00T00:00:00Z', 9), /years of up to four digits/],
    [wb('+0000-00-00T00:00:00Z', 9), /the year 0/],
  ])('%o is reported, not changed: %s', (time, problem) => {
    const converted = timeInput(time);
    expect('problem' in converted && converted.problem).toMatch(problem);
  });
});

describe('appending statements to a data file', () => {
  const file = `# Ivan, from the register.
kind: person
id: ivan
labels: { en: Ivan }
father:
  - value: boris   # says the register
    references: [{ source: a, quote: "q" }]
claims:
  P1:
    - value: x

# the end
`;

  it('keeps every line of the file and adds the statement after the last of its list', () => {
    const out = appendStatements(file, ['father'], [{ value: 'kolya' }]);
    expect(out).toBe(file.replace('quote: "q" }]\n', 'quote: "q" }]\n  - value: kolya\n'));
  });

  it('adds a key under claims, a new field and a new section at the end', () => {
    expect(appendStatements(file, ['claims', 'P2'], [{ value: 'y' }])).toBe(file.replace('    - value: x\n', '    - value: x\n  P2:\n    - value: y\n'));
    expect(appendStatements(file, ['mother'], [{ value: 'vera' }])).toBe(`${file}mother:\n  - value: vera\n`);
    expect(appendStatements(file, ['identifiers', 'viaf'], [{ value: '123' }])).toBe(`${file}identifiers:\n  viaf:\n    - value: "123"\n`);
    expect(appendEntry('title: x\nproperties:\n  P5: { datatype: string }\nsources: []\n', 'properties', 'P6', { datatype: 'quantity' }))
      .toBe('title: x\nproperties:\n  P5: { datatype: string }\n  P6:\n    datatype: quantity\nsources: []\n');
  });
});

describe('the import summary', () => {
  it('says a reason once for all the entities it concerns, with the first few', async () => {
    const { ImportReport } = await import('../../src/wikibase/import-report.js');
    const report = new ImportReport();
    for (let i = 1; i <= 7; i++) report.note(`Q${i}`, 'datatype wikibase-lexeme of P5008, which linked-lives does not have', 'P5008');
    report.note('Q9', 'no label at all: labelled with its id');
    expect(report.format((id) => `${id} (usage example)`).split('\n').slice(-3)).toEqual([
      'Not carried over:',
      '  7 entities P5008 (usage example): datatype wikibase-lexeme of P5008, which linked-lives does not have (Q1, Q2, Q3, Q4, Q5 …)',
      '  Q9: no label at all: labelled with its id',
    ]);
  });
});
