// **conneg** — the answer to a thing's IRI path (`entity/victor-serge`): 303 See Other to the
// document the Accept header prefers among those the site has (variants.ts), 406 with the list of
// them when none is acceptable, 404 when the site has no page for the id. The Location is relative
// to the request, so the site works under any path.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { documentsOf, VARIANTS } from '../site/variants.js';
import { negotiate } from './accept.js';

export type ThingAnswer =
  | { status: 303; location: string; mediaType: string }
  | { status: 406; alternatives: { href: string; mediaType: string }[] }
  | { status: 404 };

const exists = (file: string) => access(file).then(() => true, () => false);

/** The answer for `relative` (a decoded path under the site root, no leading slash), or undefined
 *  when the path names no thing (then it is a plain file). */
export async function answerThing(root: string, relative: string, accept: string | undefined): Promise<ThingAnswer | undefined> {
  const documents = documentsOf(relative);
  if (!documents) return undefined;
  const offered = [];
  for (const variant of VARIANTS) {
    const document = documents[variant.extension];
    if (document && await exists(path.join(root, document.replace(/#.*/, '')))) offered.push({ ...variant, document });
  }
  // An entity without its page is not in the site, whatever RDF files lie about.
  if (documents.html && !offered.some((v) => v.extension === 'html')) return { status: 404 };
  if (!offered.length) return { status: 404 };
  const from = path.posix.dirname(`/${relative}`);
  const href = (document: string) => path.posix.relative(from, `/${document}`);
  const chosen = negotiate(accept, offered.map((v) => v.mediaType));
  const variant = offered.find((v) => v.mediaType === chosen);
  if (!variant) return { status: 406, alternatives: offered.map((v) => ({ href: href(v.document), mediaType: v.mediaType })) };
  return { status: 303, location: href(variant.document), mediaType: variant.mediaType };
}
