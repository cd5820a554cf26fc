// **suggest-reference** — for a reference to nothing ("ivann", "writter"), the ids and concept keys
// it most likely meant: among the entities and concepts of the kinds the field takes, else among all.
import { didYouMean } from '../did-you-mean.js';
import { CONCEPTS } from '../vocab/concepts.js';
import type { Dataset } from './dataset.js';
import type { Target } from './fields.js';
import type { Suggest } from './check.js';
import type { EntityFacts } from './resolve.js';

/** `unchecked`: entities whose files have problems of their own; they exist, and may be what was meant. */
export function referenceSuggester(dataset: Dataset, unchecked: readonly EntityFacts[] = []): Suggest {
  const byTarget = new Map<Target, string[]>();
  const add = (target: Target, name: string) => {
    const list = byTarget.get(target) ?? [];
    list.push(name);
    byTarget.set(target, list);
  };
  for (const entity of [...dataset.manifest.sources, ...dataset.entities, ...unchecked]) add(entity.kind, entity.id);
  for (const [key, concept] of Object.entries(CONCEPTS)) add(`concept:${concept.group}`, key);
  for (const [key, concept] of Object.entries(dataset.manifest.concepts)) add(`concept:${concept.group}`, key);
  return (ref, targets) => {
    const fitting = targets?.flatMap((t) => byTarget.get(t) ?? []) ?? [];
    // A near name of the right kind first; a near name of another kind is still worth saying.
    return didYouMean(ref, fitting) || didYouMean(ref, [...byTarget.values()].flat());
  };
}
