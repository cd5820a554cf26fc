// **vocab** — `linked-lives vocab [WORD]`: the vocabulary reference, or the entries matching a word.
import { lookUp, vocabulary, vocabularyText } from '../../authoring/vocabulary.js';
import type { Options } from '../args.js';
import { UsageError } from '../args.js';

export async function vocabCommand(_options: Options, args: string[]): Promise<number> {
  if (args.length > 1) throw new UsageError(`vocab takes one word; got ${args.join(' ')} (quote a phrase: vocab "member of")`);
  const sections = vocabulary();
  const found = args[0] === undefined ? sections : lookUp(sections, args[0]);
  if (!found.length) {
    console.error(`linked-lives: nothing in the vocabulary matches "${args[0]}"; linked-lives vocab lists it all`);
    return 1;
  }
  console.log(vocabularyText(found));
  return 0;
}
