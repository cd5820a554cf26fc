// The content negotiation every server of a site must do, as one table: `serve` is tested against
// it over HTTP (serve.test.ts), the Apache / nginx rules' Accept patterns against it in
// server-rules.test.ts. Paths are under the site root; `location` is the Location header, relative
// to the request as `serve` sends it. Where the rules, which match Accept with regular expressions
// and ignore q-values, pick another variant than `serve`, `rules` says which, and why.

export const CHROMIUM_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
export const FIREFOX_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const GUID = '0123abcd-4567-89ab-cdef-0123456789ab';

export interface ConnegCase {
  path: string;
  accept?: string;
  status: 303 | 404 | 406;
  location?: string;
  /** Content-Type of the document the Location leads to. */
  type?: string;
  /** The variant Apache and nginx pick instead (extension, or 406), and why. */
  rules?: { variant: string | undefined; why: string };
}

export const CONNEG_TABLE: ConnegCase[] = [
  { path: 'entity/victor-serge', status: 303, location: 'victor-serge.html', type: 'text/html; charset=utf-8' },
  { path: 'entity/victor-serge', accept: CHROMIUM_ACCEPT, status: 303, location: 'victor-serge.html', type: 'text/html; charset=utf-8' },
  { path: 'entity/victor-serge', accept: FIREFOX_ACCEPT, status: 303, location: 'victor-serge.html', type: 'text/html; charset=utf-8' },
  { path: 'entity/victor-serge', accept: '*/*', status: 303, location: 'victor-serge.html', type: 'text/html; charset=utf-8' },
  { path: 'entity/victor-serge', accept: 'text/*', status: 303, location: 'victor-serge.html', type: 'text/html; charset=utf-8' },
  { path: 'entity/victor-serge', accept: 'text/turtle', status: 303, location: 'victor-serge.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'entity/victor-serge', accept: 'TEXT/Turtle', status: 303, location: 'victor-serge.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'entity/victor-serge', accept: 'application/ld+json', status: 303, location: 'victor-serge.jsonld', type: 'application/ld+json' },
  { path: 'entity/victor-serge', accept: 'application/n-triples', status: 303, location: 'victor-serge.nt', type: 'application/n-triples' },
  { path: 'entity/victor-serge', accept: 'application/n-triples, */*;q=0.1', status: 303, location: 'victor-serge.nt', type: 'application/n-triples' },
  { path: 'entity/victor-serge', accept: 'text/html;q=0.1, text/turtle', status: 303, location: 'victor-serge.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'entity/victor-serge', accept: 'text/turtle, */*', status: 303, location: 'victor-serge.ttl', type: 'text/turtle; charset=utf-8' },
  {
    path: 'entity/victor-serge', accept: 'text/turtle;q=0.5, application/ld+json', status: 303, location: 'victor-serge.jsonld', type: 'application/ld+json',
    rules: { variant: 'ttl', why: 'the rules take the first RDF syntax named in their order (Turtle, JSON-LD, N-Triples), whatever its q' },
  },
  {
    path: 'entity/victor-serge', accept: 'text/turtle;q=0, */*', status: 303, location: 'victor-serge.html', type: 'text/html; charset=utf-8',
    rules: { variant: 'ttl', why: 'q=0 ("not acceptable") is not read by a pattern' },
  },
  { path: 'entity/victor-serge', accept: 'application/rdf+xml', status: 406 },
  { path: 'entity/victor-serge', accept: 'application/json', status: 406 },
  { path: 'entity/nobody-at-all', status: 404 },
  { path: 'entity/nobody-at-all', accept: 'text/turtle', status: 404 },
  { path: 'concept/writer', accept: 'text/turtle', status: 303, location: 'writer.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'concept/writer', accept: CHROMIUM_ACCEPT, status: 303, location: 'writer.html', type: 'text/html; charset=utf-8' },
  { path: 'data/victor-serge', accept: 'application/ld+json', status: 303, location: '../entity/victor-serge.jsonld', type: 'application/ld+json' },
  { path: `statement/victor-serge-${GUID}`, accept: CHROMIUM_ACCEPT, status: 303, location: `../entity/victor-serge.html#victor-serge-${GUID}`, type: 'text/html; charset=utf-8' },
  { path: `statement/victor-serge-${GUID}`, accept: 'text/turtle', status: 303, location: '../entity/victor-serge.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'dataset', accept: CHROMIUM_ACCEPT, status: 303, location: 'index.html', type: 'text/html; charset=utf-8' },
  { path: 'dataset', accept: 'text/turtle', status: 303, location: 'dataset.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'dataset', accept: 'application/ld+json', status: 303, location: 'dataset.jsonld', type: 'application/ld+json' },
  { path: 'dataset', accept: 'application/rdf+xml', status: 406 },
  { path: 'reference/0020b7e1c04e2a1d91e02b334a0f22ca00c34245', accept: 'text/turtle', status: 303, location: '../dataset.ttl', type: 'text/turtle; charset=utf-8' },
  { path: 'value/0020b7e1c04e2a1d91e02b334a0f22ca00c34245', status: 303, location: '../index.html', type: 'text/html; charset=utf-8' },
];

/** The variant extension a case leads to (from its Location), or undefined for 406. */
export function variantOf(row: ConnegCase): string | undefined {
  if (row.status === 406) return undefined;
  return /\.(\w+)(?:#.*)?$/.exec(row.location ?? '')?.[1];
}
