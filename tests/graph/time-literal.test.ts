// Time literals exactly as Wikibase writes them (wikidata-rdf.md §1.5).
import { describe, expect, it } from 'vitest';
import { timeLiteral } from '../../src/graph/time-literal.js';
import { parseTime } from '../../src/model/time.js';

const literal = (input: string) => {
  const r = parseTime(input);
  if (!r.ok) throw new Error(r.message);
  return timeLiteral(r.value);
};

describe('timeLiteral', () => {
  it('writes day precision as is, with no leading +', () => {
    expect(literal('1890-12-30')).toBe('1890-12-30T00:00:00Z');
  });
  it('pads month and year precision with -01', () => {
    expect(literal('1917-10')).toBe('1917-10-01T00:00:00Z');
    expect(literal('1933')).toBe('1933-01-01T00:00:00Z');
    expect(literal('1920s')).toBe('1920-01-01T00:00:00Z');
  });
  it('writes a Julian day-precision date as its Gregorian equivalent', () => {
    expect(literal('1879-10-26 Julian')).toBe('1879-11-07T00:00:00Z'); // Trotsky, the Wikibase example
    expect(literal('1917-10-25 Julian')).toBe('1917-11-07T00:00:00Z');
    expect(literal('1900-02-29 Julian')).toBe('1900-03-13T00:00:00Z'); // Julian 28 Feb 1900 = Gregorian 12 Mar
    expect(literal('1582-10-04 Julian')).toBe('1582-10-14T00:00:00Z');
  });
  it('does not convert Julian dates of month or year precision', () => {
    expect(literal('1917-10 Julian')).toBe('1917-10-01T00:00:00Z');
    expect(literal('1917 Julian')).toBe('1917-01-01T00:00:00Z');
  });
  it('numbers BCE years as XSD 1.1 does at year precision or finer', () => {
    expect(literal('-200')).toBe('-0199-01-01T00:00:00Z');
    expect(literal('-1')).toBe('0000-01-01T00:00:00Z');
  });
  it('writes a century or millennium as the year Wikibase stores for it, not shifted (precision below year)', () => {
    expect(literal('19th century')).toBe('1900-01-01T00:00:00Z');
    expect(literal('2nd millennium')).toBe('2000-01-01T00:00:00Z');
    expect(literal('5th century BCE')).toBe('-0500-01-01T00:00:00Z');
  });
  it('pads years to four digits', () => {
    expect(literal('800')).toBe('0800-01-01T00:00:00Z');
  });
});
