// **source-claims** — a source document's metadata (title, authors, date, url, file) as claims.
import type { Source } from '../model/source.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { Claim, Value } from './claim.js';
import { refIri, type GraphContext } from './context.js';
import { ll, wd, type PropertyRef } from './property.js';
import { triple, node } from './terms.js';
import type { Quad } from '@rdfjs/types';

export function sourceClaims(ctx: GraphContext, source: Source): Claim[] {
  const claim = (property: PropertyRef, value: Value, origin: string): Claim =>
    ({ property, snak: { type: 'value', value }, rank: 'normal', qualifiers: [], references: [], origin });
  return [
    claim(wd('title'), { type: 'monolingualtext', ...source.title }, 'title'),
    ...source.authors.map((a) => claim(wd('author'), { type: 'item', iri: refIri(ctx, a), ref: a }, 'authors')),
    ...source.authorNames.map((a) => claim(wd('authorNameString'), { type: 'string', text: a }, 'authorNames')),
    ...(source.date ? [claim(wd('publicationDate'), { type: 'time', time: source.date }, 'date')] : []),
    ...(fileName(source) ? [claim(ll('sourceFile'), { type: 'string', text: fileName(source)! }, 'file')] : []),
  ];
}

/** The document's file name: its own `file`, else the name of the text file that holds its words. */
const fileName = (source: Source) => source.file ?? source.text?.split('/').pop();

/** schema:url for a source's web address: a plain link, not a claim. */
export function* sourceLinks(subject: string, source: Source): Generator<Quad> {
  if (source.url) yield triple(subject, NAMESPACES.schema + 'url', node(source.url));
}
