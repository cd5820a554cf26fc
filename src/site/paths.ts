// **paths** — where an IRI lives in the site. The site's root stands for the dataset's base IRI, so
// `<base>entity/<id>` is the page `entity/<id>.html` (and `.ttl`, `.nt`, `.jsonld` beside it) and
// `<base>concept/<key>` is `concept/<key>.html`. Links inside the site are relative to the page.
import { NAMESPACES } from '../vocab/namespaces.js';

/** The file stems of the site: `entity/victor-serge`, `concept/bonnot-gang-involvement`. */
export type SitePath = `entity/${string}` | `concept/${string}`;

export const entityPath = (id: string): SitePath => `entity/${id}`;
export const conceptPath = (key: string): SitePath => `concept/${key}`;

/** The site path of an IRI under the base that has a page of its own, or undefined. */
export function sitePathOf(iri: string, base: string): SitePath | undefined {
  if (!iri.startsWith(base)) return undefined;
  const match = /^(entity|concept)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(iri.slice(base.length));
  return match ? (`${match[1]}/${match[2]}` as SitePath) : undefined;
}

/** The page of a Wikidata item on wikidata.org: a link for the reader, never a request of the site. */
export function wikidataPage(iri: string): string | undefined {
  if (iri.startsWith(NAMESPACES.wd)) return `https://www.wikidata.org/wiki/${iri.slice(NAMESPACES.wd.length)}`;
  return undefined;
}

/** A link from a page `depth` folders below the root to a file given from the root. */
export const relative = (depth: number, file: string): string => '../'.repeat(depth) + file;
