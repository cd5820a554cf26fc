// **closest-passage** — where in a source a quote that is not in it comes nearest: the window of as
// many words as the quote that holds most of the quote's words (counted with repeats, case and accents
// aside). A best window can always start at a word of the quote, so only the places of those words
// are visited (two pointers over them, from an index of the text built at the first miss).
import { WORD, wordKey } from './normalize.js';
import { lineAt, type SourceText } from './source-text.js';

export interface Passage {
  /** The passage as the text has it, white space made single spaces. */
  text: string;
  line: number;
  /** How many of the quote's words the passage holds, of how many. */
  matched: number;
  of: number;
}

/** Passages longer than this are cut (with …): the quote's length decides the window anyway. */
const MAX_SHOWN = 240;

const indexes = new WeakMap<SourceText, Int32Array[]>();

/** Where each word of the text stands, by word number. */
function placesOf(text: SourceText): Int32Array[] {
  let index = indexes.get(text);
  if (index) return index;
  const lists: number[][] = Array.from({ length: text.vocabulary.size }, () => []);
  text.words.forEach((id, at) => lists[id]!.push(at));
  indexes.set(text, (index = lists.map((l) => Int32Array.from(l))));
  return index;
}

export function closestPassage(text: SourceText, quote: string): Passage | undefined {
  const ids = [...quote.normalize('NFC').matchAll(WORD)].map((m) => text.vocabulary.get(wordKey(m[0])) ?? -1);
  const need = new Int32Array(text.vocabulary.size); // how often the quote has each word of the text
  const distinct: number[] = [];
  for (const id of ids) if (id >= 0 && need[id]!++ === 0) distinct.push(id);
  if (!distinct.length) return undefined;
  const index = placesOf(text);
  const places = new Int32Array(distinct.reduce((n, id) => n + index[id]!.length, 0));
  distinct.reduce((at, id) => (places.set(index[id]!, at), at + index[id]!.length), 0);
  places.sort();
  const size = Math.min(ids.length, text.words.length);
  const have = new Int32Array(text.vocabulary.size);
  let score = 0;
  let best = 0;
  let bestStart = 0;
  let end = 0; // places[start..end) lie in the window that starts at places[start]
  for (let start = 0; start < places.length; start++) {
    for (; end < places.length && places[end]! < places[start]! + size; end++) {
      const id = text.words[places[end]!]!;
      if (have[id]!++ < need[id]!) score++;
    }
    if (score > best) [best, bestStart] = [score, Math.min(places[start]!, text.words.length - size)];
    const id = text.words[places[start]!]!;
    if (--have[id]! < need[id]!) score--;
  }
  const from = text.starts[bestStart]!;
  const shown = text.shown.slice(from, text.ends[bestStart + size - 1]!).replace(/\s+/g, ' ');
  return { text: shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown, line: lineAt(text, from), matched: best, of: ids.length };
}
