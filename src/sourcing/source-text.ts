// **source-text** — a source's text made ready for quote checks once: the compared form for exact
// matches, and its words as numbers with their places for the closest-passage search.
import { flat, visible, WORD, wordKey } from './normalize.js';

export interface SourceText {
  /** Where the text was read from, as shown to the user. */
  file: string;
  /** The text as shown (NFC, invisible characters dropped). */
  shown: string;
  /** The compared form (normalize.ts): a quote matches when it is a substring of it. */
  flat: string;
  /** Each word of `shown`, as a number (same key, same number), with its start and end offsets. */
  words: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  vocabulary: Map<string, number>;
  /** Offsets at which the lines of `shown` start. */
  lineStarts: number[];
}

export function sourceText(file: string, raw: string): SourceText {
  const shown = visible(raw);
  const vocabulary = new Map<string, number>();
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of shown.matchAll(WORD)) {
    const key = wordKey(match[0]);
    let id = vocabulary.get(key);
    if (id === undefined) vocabulary.set(key, (id = vocabulary.size));
    ids.push(id);
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  const lineStarts = [0];
  for (let i = shown.indexOf('\n'); i >= 0; i = shown.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { file, shown, flat: flat(shown), words: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends), vocabulary, lineStarts };
}

/** The 1-based line of an offset of `shown`. */
export function lineAt(text: SourceText, offset: number): number {
  let low = 0;
  let high = text.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
