// **quotes** — every quote of every reference to a source with a text must be in that text (compared
// as normalize.ts says); a miss names the claim and shows the closest passage.
import type { InputIssue } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { describeSnak } from '../model/describe-value.js';
import { allStatements } from '../model/open-values.js';
import { closestPassage, type Passage } from './closest-passage.js';
import { flatQuote } from './normalize.js';
import type { SourceText } from './source-text.js';

export type QuoteMiss = InputIssue & { passage?: Passage };

/** Quotes not found in the texts given (by source id). A quote in another language than its source's
 *  (quoteLang) is a translation and is not looked for. */
export function quoteMisses(dataset: Dataset, texts: ReadonlyMap<string, SourceText>): QuoteMiss[] {
  const language = new Map(dataset.manifest.sources.map((s) => [s.id, s.language]));
  const found = new Map<string, boolean>(); // many statements share a quote: look each up once per source
  const misses: QuoteMiss[] = [];
  for (const entity of dataset.entities) {
    for (const [at, statement] of allStatements(entity)) {
      statement.references.forEach((reference, r) => {
        const { source, quote, quoteLang } = reference;
        const text = source === undefined ? undefined : texts.get(source);
        if (!text || quote === undefined || (quoteLang !== undefined && quoteLang !== language.get(source!))) return;
        const key = `${source}\u0000${quote}`;
        let present = found.get(key);
        if (present === undefined) found.set(key, (present = text.flat.includes(flatQuote(quote))));
        if (present) return;
        const passage = closestPassage(text, quote);
        misses.push({
          code: 'quote_not_found', file: dataset.files.get(entity.id) ?? '?', entity: entity.id, path: [...at, 'references', r, 'quote'],
          message: `the quote "${quote}" (for the value ${describeSnak(statement.snak)}) is not in the text of source ${source} (${text.file}); ${nearest(passage)}`,
          ...(passage && { passage }),
        });
      });
    }
  }
  return misses;
}

function nearest(passage: Passage | undefined): string {
  if (!passage) return 'no passage of the text shares a word with it';
  return `closest passage, line ${passage.line} (${passage.matched} of ${passage.of} words): "${passage.text}"`;
}
