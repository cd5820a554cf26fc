// **administrative** — `locatedIn` names the administrative unit a place or organisation lies in (P131,
// "located in the administrative territorial entity"). A place of a kind that is never one — a river, a
// building — would make a false P131: the data says `location` (P276) for it instead.
import type { Entity } from './entity.js';
import type { Resolver } from './resolve.js';
import { NON_ADMINISTRATIVE_PLACE_TYPES } from '../vocab/concepts.js';

export interface LocatedInProblem {
  path: (string | number)[];
  message: string;
}

/** The `locatedIn` values of a place or organisation that point at a place of a non-administrative type. */
export function locatedInProblems(entity: Entity, resolve: Resolver): LocatedInProblem[] {
  if (entity.kind !== 'place' && entity.kind !== 'organization') return [];
  return entity.locatedIn.flatMap((statement, i) => {
    if (statement.snak.type !== 'value') return [];
    const found = resolve(statement.snak.value);
    const type = found?.type === 'entity' ? found.entity.type : undefined;
    if (found?.type !== 'entity' || !type || !NON_ADMINISTRATIVE_PLACE_TYPES.has(type)) return [];
    return [{
      path: ['locatedIn', i, 'value'],
      message: `"${statement.snak.value}" is a ${type}, not an administrative unit (a city, district or country): write it under location: instead, which says "located at" (P276)`,
    }];
  });
}
