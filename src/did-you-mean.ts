// **did-you-mean** — the known name a mistyped one most likely meant ("occupation" → "occupations").
// Written here rather than taken from npm: it is twenty lines, it needs transpositions ("ocucpation"),
// which the small Levenshtein packages do not count as one edit, and every dependency costs start-up
// time and trust.

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`; `limit + 1` once it
 *  is certain to exceed `limit`, so that long lists of candidates stay cheap. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    if (Math.min(...row) > limit) return limit + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/** How far a word of this length may be from what it meant: one slip in a short word, more in a long one. */
const tolerance = (word: string) => (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);

/** The candidates nearest to `word` (case and - _ ignored), best first, at most `max`; none when no
 *  candidate is near enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const target = norm(word);
  const limit = tolerance(target);
  const found: { name: string; distance: number }[] = [];
  for (const name of new Set(candidates)) {
    if (name === word) continue;
    const distance = editDistance(target, norm(name), limit);
    if (distance <= limit) found.push({ name, distance });
  }
  return found.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name)).slice(0, max).map((f) => f.name);
}

/** " Did you mean "occupations"?" — or "" when nothing is near. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  if (!near.length) return '';
  return ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
}
