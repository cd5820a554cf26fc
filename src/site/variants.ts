// **variants** — which IRIs under the base a site answers, and with which files. The site's root
// stands for the base IRI; the thing an IRI names is not a document, so its path (`entity/<id>`)
// is answered with a 303 See Other to a document about it (Cool URIs for the Semantic Web, §4.3),
// chosen by the Accept header among the variants below. Shared by `serve` and the Apache / nginx
// rules (server-rules.ts), so that all three send the same request to the same file.

/** The document variants of a thing, in the order a server prefers them when the client does not
 *  mind (`*\/*`, no Accept): HTML first, for people; then the RDF syntaxes. */
export const VARIANTS = [
  { extension: 'html', mediaType: 'text/html' },
  { extension: 'ttl', mediaType: 'text/turtle' },
  { extension: 'jsonld', mediaType: 'application/ld+json' },
  { extension: 'nt', mediaType: 'application/n-triples' },
] as const;
export type VariantExtension = (typeof VARIANTS)[number]['extension'];

// An entity id or concept key (model/values.ts EntityIdSchema); a GUID as statement ids end with.
export const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * IRI paths (relative to the base) that name things, and the path of their documents without the
 * extension, relative to the site root. The document node `data/<id>` and a statement
 * `statement/<entity>-<guid>` are described in the entity's files, so they go there; a statement
 * whose id was given in the data (no GUID) cannot be told from its entity by its path, and is
 * left to the SPARQL endpoint. `dataset`, and the reference and value nodes (shared by many
 * statements, so no one page holds them) go to the dataset's documents: the index for people, and
 * dataset.ttl / .jsonld / .nt (the dataset's own triples: its description, the properties).
 */
export const THING_PATHS = [
  { pattern: `^(entity|concept)/(${ID})$`, document: '$1/$2' },
  { pattern: `^data/(${ID})$`, document: 'entity/$1' },
  // The page holds the statement as the claim whose id is the statement's local name.
  { pattern: `^statement/((${ID})-${GUID})$`, document: 'entity/$2', fragment: '$1' },
] as const;

/** Paths answered by the dataset's documents. */
export const DATASET_PATHS = `^(?:dataset|(?:reference|value)/[0-9a-f]+)$`;
export const DATASET_DOCUMENTS: Record<VariantExtension, string> = { html: 'index.html', ttl: 'dataset.ttl', jsonld: 'dataset.jsonld', nt: 'dataset.nt' };

/** The documents about the thing at `path` (relative to the site root, no leading slash), by
 *  extension, the page with a fragment where it holds the thing; undefined when the path names no thing. */
export function documentsOf(path: string): Partial<Record<VariantExtension, string>> | undefined {
  if (new RegExp(DATASET_PATHS).test(path)) return DATASET_DOCUMENTS;
  for (const thing of THING_PATHS) {
    const match = new RegExp(thing.pattern).exec(path);
    if (!match) continue;
    const expand = (template: string) => template.replace(/\$(\d)/g, (_, n: string) => match[Number(n)]!);
    const stem = expand(thing.document);
    const fragment = 'fragment' in thing ? `#${expand(thing.fragment)}` : '';
    return Object.fromEntries(VARIANTS.map(({ extension }) => [extension, `${stem}.${extension}${extension === 'html' ? fragment : ''}`]));
  }
  return undefined;
}
