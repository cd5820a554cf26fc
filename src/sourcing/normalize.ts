// **normalize** — the form in which quotes and source texts are compared, so that a quote typed on a
// keyboard matches a text set by a typographer: Unicode NFC; soft hyphens and zero-width characters
// dropped; typographic quotes, apostrophes and dashes made straight; any run of white space (line
// breaks, non-breaking spaces) one space. Letters, case and punctuation otherwise count.

/** Soft hyphen, zero-width space / joiners, word joiner, byte order mark: invisible in print. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** The text as it is shown: NFC, without invisible characters (line breaks kept, so lines still count). */
export function visible(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** The text as it is compared: straight quotes and dashes, one space for any white space. */
export function flat(visibleText: string): string {
  return visibleText.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-')
    .replace(/\u2026/g, '...').replace(/\s+/g, ' ');
}

/** A quote in the compared form, without the space at its ends. */
export const flatQuote = (quote: string): string => flat(visible(quote)).trim();

/** Words: runs of letters, digits and combining marks. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A word as the closest-passage search compares it: lower case, without accents. */
export function wordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
