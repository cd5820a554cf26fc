// **schema-org** — an entity's schema.org description for search engines (a Person, CreativeWork,
// Event, Place or Organization), embedded in its page as JSON-LD. Only best-ranked claims are used.
import type { Claim, Value } from '../graph/claim.js';
import type { AnyEntity } from '../model/entity.js';
import { timeLiteral } from '../graph/time-literal.js';
import { PRECISION } from '../model/time.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { SiteIndex } from './site-index.js';
import { nameOf } from './site-index.js';

const TYPES: Record<AnyEntity['kind'], string> = {
  person: 'Person', work: 'CreativeWork', event: 'Event', place: 'Place', organization: 'Organization', source: 'CreativeWork',
};

/** Which schema.org property each Wikidata property feeds, by kind. */
const FIELDS: Record<string, Record<string, string>> = {
  person: { dateOfBirth: 'birthDate', dateOfDeath: 'deathDate', placeOfBirth: 'birthPlace', placeOfDeath: 'deathPlace', occupation: 'jobTitle', memberOf: 'memberOf', memberOfPoliticalParty: 'memberOf', spouse: 'spouse', child: 'children', father: 'parent', mother: 'parent' },
  work: { author: 'author', publicationDate: 'datePublished', translator: 'translator', publisher: 'publisher', languageOfWork: 'inLanguage' },
  event: { pointInTime: 'startDate', startTime: 'startDate', endTime: 'endDate', location: 'location', participant: 'attendee' },
  place: {},
  organization: { startTime: 'foundingDate', location: 'location' },
  source: {},
};

/** `conceptLabel`: the label of a concept or Wikidata item, which schema.org gets as text (a job title). */
export function schemaOrg(entity: AnyEntity, iri: string, claims: Claim[], index: SiteIndex, conceptLabel: (iri: string) => string | undefined): Record<string, unknown> {
  const name = nameOf(entity);
  const out: Record<string, unknown> = { '@context': 'https://schema.org', '@type': TYPES[entity.kind], '@id': iri, name: name.label };
  const description = entity.descriptions.en ?? Object.values(entity.descriptions)[0];
  if (description) out.description = description;
  const aliases = Object.values(entity.aliases).flat();
  if (aliases.length) out.alternateName = [...new Set(aliases)];
  if (entity.qid) out.sameAs = NAMESPACES.wd + entity.qid;
  const fields = FIELDS[entity.kind]!;
  for (const claim of best(claims)) {
    const key = claim.property.ns === 'wd' ? fields[claim.property.name] : undefined;
    if (!key || claim.snak.type !== 'value') continue;
    const value = plain(claim.snak.value, index, conceptLabel);
    if (value === undefined) continue;
    const list = out[key];
    const values = list === undefined ? [] : Array.isArray(list) ? list : [list];
    // One membership can be several claims (two periods): schema.org needs the organisation once.
    if (values.some((v) => JSON.stringify(v) === JSON.stringify(value))) continue;
    out[key] = values.length ? [...values, value] : value;
  }
  return out;
}

/** Preferred claims of a property if any, else the normal ones; never deprecated ones. */
function best(claims: Claim[]): Claim[] {
  const preferred = new Set(claims.filter((c) => c.rank === 'preferred').map((c) => JSON.stringify(c.property)));
  return claims.filter((c) => c.rank === 'preferred' || (c.rank === 'normal' && !preferred.has(JSON.stringify(c.property))));
}

function plain(value: Value, index: SiteIndex, conceptLabel: (iri: string) => string | undefined): unknown {
  switch (value.type) {
    case 'time': return value.time.precision >= PRECISION.year && value.time.year >= 1 ? timeLiteral(value.time).slice(0, value.time.precision === PRECISION.year ? 4 : value.time.precision === PRECISION.month ? 7 : 10) : undefined;
    case 'item': {
      const name = value.ref ? index.names.get(value.ref) : undefined;
      return name ? { '@id': value.iri, name: name.label } : conceptLabel(value.iri);
    }
    case 'string': return value.text;
    case 'monolingualtext': return value.text;
    default: return undefined;
  }
}
