// The comparison form of quotes and texts, and the closest passage of a quote that is not in its text.
import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/sourcing/closest-passage.js';
import { nameKey } from '../../src/sourcing/duplicates.js';
import { flatQuote } from '../../src/sourcing/normalize.js';
import { sourceText } from '../../src/sourcing/source-text.js';

describe('the compared form', () => {
  it('makes typographic quotes, apostrophes and dashes straight, white space single, drops soft hyphens, composes accents', () => {
    expect(flatQuote(' “It’s  a\nrevo\u00ADlution” —\tLe Re\u0301tif ')).toBe('"It\'s a revolution" - Le Rétif');
    expect(flatQuote('«\u00a0non\u00a0»')).toBe('" non "');
  });

  it('keeps case and letters: a different word is a different quote', () => {
    expect(flatQuote('Born in Brussels')).not.toBe(flatQuote('born in Brussels'));
  });
});

describe('closestPassage', () => {
  const text = sourceText('t.txt', 'First line.\nSerge was born in Brussels,\nBelgium, to a couple of exiles.\nHe died in Mexico City in 1947.\n');

  it('finds the window with most of the quote\'s words, with its line', () => {
    expect(closestPassage(text, 'Serge was born in Paris, Belgium')).toEqual({ text: 'Serge was born in Brussels, Belgium', line: 2, matched: 5, of: 6 });
    expect(closestPassage(text, 'he died in mexico city in 1948')).toMatchObject({ text: 'He died in Mexico City in 1947', line: 4, matched: 6, of: 7 });
  });

  it('counts a repeated word only as often as the quote has it', () => {
    // Uncapped, "in in in" would score 3 for the quote's one "in".
    const t = sourceText('t.txt', 'in in in in, and then after that, the town');
    expect(closestPassage(t, 'in the town')).toMatchObject({ text: 'that, the town', matched: 2 });
    expect(closestPassage(t, 'in in the')).toMatchObject({ text: 'in in in', matched: 2 });
  });

  it('has no passage when no word is shared, and copes with a quote longer than the text', () => {
    expect(closestPassage(text, 'zzz qqq')).toBeUndefined();
    const short = sourceText('s.txt', 'two words');
    expect(closestPassage(short, 'these are two words and more')).toEqual({ text: 'two words', line: 1, matched: 2, of: 6 });
  });

  it('agrees with a brute-force search over every window', () => {
    // Random texts over a small alphabet of words: the best score must equal the exhaustive one.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = ['a', 'b', 'c', 'd', 'e'];
    for (let run = 0; run < 200; run++) {
      const body = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => words[Math.floor(rnd() * 5)]!);
      const quote = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => words[Math.floor(rnd() * 5)]!);
      const size = Math.min(quote.length, body.length);
      let best = 0;
      for (let s = 0; s + size <= body.length; s++) {
        const window = body.slice(s, s + size);
        const score = [...new Set(quote)].reduce((n, w) => n + Math.min(quote.filter((q) => q === w).length, window.filter((x) => x === w).length), 0);
        best = Math.max(best, score);
      }
      const found = closestPassage(sourceText('r.txt', body.join(' ')), quote.join(' '));
      expect(found?.matched ?? 0, `${body.join(' ')} / ${quote.join(' ')}`).toBe(best);
      if (found) expect(found.text.split(' ')).toHaveLength(size);
    }
  });
});

describe('nameKey', () => {
  it('sets case, accents, punctuation and word order aside', () => {
    expect(nameKey('Serge, Victor')).toBe(nameKey('victor SERGE'));
    expect(nameKey('André Breton')).toBe(nameKey('Breton, Andre'));
    expect(nameKey('Victor Serge')).not.toBe(nameKey('Victor Sergeev'));
  });
});
