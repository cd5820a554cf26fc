// **new** — `linked-lives new KIND ID [--data DIR]`: a template of the fields a kind takes.
import { NEW_KINDS, writeNew, type NewKind } from '../../authoring/new-file.js';
import type { Options } from '../args.js';
import { UsageError } from '../args.js';

export async function newCommand(options: Options, args: string[]): Promise<number> {
  const [kind, id, ...more] = args;
  if (!kind || !id || more.length) throw new UsageError(`new takes a kind and an id, e.g. linked-lives new person anna-k (kinds: ${NEW_KINDS.join(', ')})`);
  if (!NEW_KINDS.includes(kind as NewKind)) throw new UsageError(`new: "${kind}" is not a kind; one of ${NEW_KINDS.join(', ')}`);
  const file = await writeNew(kind as NewKind, id, options.data);
  if (kind === 'source') console.log(`Added source "${id}" to ${file}: fill in its <…>, and put its text in ${options.data}/sources/${id}.txt (or give url:).`);
  else console.log(`Wrote ${file}: replace each <…>, uncomment the fields you have a source for, then run linked-lives validate --data ${options.data}.`);
  return 0;
}
