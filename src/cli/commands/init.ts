// **init** — `linked-lives init [DIR]`: a new dataset that validates as it is, to start from.
import { writeSkeleton } from '../../authoring/skeleton.js';
import type { Options } from '../args.js';
import { UsageError } from '../args.js';

export async function initCommand(_options: Options, args: string[]): Promise<number> {
  if (args.length > 1) throw new UsageError(`init takes one folder; got ${args.join(' ')}`);
  const dir = args[0] ?? 'data';
  const written = await writeSkeleton(dir);
  console.log(`Wrote a new dataset in ${dir}/: ${written.join(', ')}.`);
  console.log(`Next: read ${dir}/README.md; check it with \`linked-lives validate --data ${dir}\`.`);
  return 0;
}
