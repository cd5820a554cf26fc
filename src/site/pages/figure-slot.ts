// **figure-slot** — where a person's figures go (timeline, relations graph, map): drawn at build time
// by src/site/figures/ (branch site-figures). Until those functions are merged, the slot is empty.
import type { Claim } from '../../graph/claim.js';
import type { AnyEntity } from '../../model/entity.js';
import type { Html } from '../html.js';
import type { PageContext } from './page-context.js';

export function personFigures(_page: PageContext, _person: AnyEntity, _claims: Claim[]): Html | '' {
  return '';
}
