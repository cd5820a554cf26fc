// **dump-format** — which RDF syntax a dump file is in, by its name (`full.nt`, `truthy.ttl.gz` …).

export const DUMP_FORMATS = {
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  nq: 'application/n-quads',
  trig: 'application/trig',
  jsonld: 'application/ld+json',
  rdf: 'application/rdf+xml',
} as const;
export type DumpFormat = keyof typeof DUMP_FORMATS;

const EXTENSIONS: Record<string, DumpFormat> = {
  ttl: 'ttl', turtle: 'ttl', nt: 'nt', ntriples: 'nt', nq: 'nq', nquads: 'nq', trig: 'trig',
  jsonld: 'jsonld', json: 'jsonld', rdf: 'rdf', owl: 'rdf', xml: 'rdf',
};

/** The format of a dump file and whether it is gzipped; undefined for an unknown extension. */
export function dumpFormatOf(file: string): { format: DumpFormat; gzip: boolean } | undefined {
  const name = file.toLowerCase();
  const gzip = name.endsWith('.gz');
  const extension = (gzip ? name.slice(0, -3) : name).split('.').pop() ?? '';
  const format = EXTENSIONS[extension];
  return format && { format, gzip };
}
