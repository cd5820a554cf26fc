// **void** — a VoID / DCAT description of a dump: what it is, its license and sources, how many
// triples and entities of each kind, and every file with its media type, size and SHA-256 checksum.
import type { Quad } from '@rdfjs/types';
import type { Manifest } from '../model/manifest.js';
import { groupBySubject } from '../graph/group-by-subject.js';
import { KIND_CLASSES } from '../graph/mappings.js';
import { langString, literal, node, RDF_TYPE, triple, typed, xsd } from '../graph/terms.js';
import { NAMESPACES as N } from '../vocab/namespaces.js';
import { usedPrefixes } from '../serialize/prefixes.js';
import { TurtleWriter } from '../serialize/turtle-writer.js';
import type { ShardInfo } from './shard.js';

export interface VoidInput {
  datasetIri: string;
  manifest: Manifest;
  /** IRIs of the sources, as the dump mints them. */
  sourceIris: string[];
  entitiesPerKind: Record<string, number>;
  triplesPerProfile: Record<string, number>;
  files: ShardInfo[];
  /** ISO date of creation (YYYY-MM-DD). */
  created: string;
}

export function voidQuads(input: VoidInput): Quad[] {
  const d = input.datasetIri;
  const int = (n: number) => typed(String(n), xsd('integer'));
  const quads: Quad[] = [
    triple(d, RDF_TYPE, node(N.void + 'Dataset')), triple(d, RDF_TYPE, node(N.dcat + 'Dataset')),
    ...Object.entries(input.manifest.title).map(([lang, t]) => triple(d, N.dct + 'title', langString(t, lang))),
    triple(d, N.dct + 'license', node(input.manifest.license)),
    triple(d, N.dct + 'created', typed(input.created, xsd('date'))),
    ...input.sourceIris.map((s) => triple(d, N.dct + 'source', node(s))),
    triple(d, N.void + 'entities', int(Object.values(input.entitiesPerKind).reduce((a, b) => a + b, 0))),
  ];
  for (const [kind, count] of Object.entries(input.entitiesPerKind).sort()) {
    const part = `${d}#class-${kind}`;
    quads.push(triple(d, N.void + 'classPartition', node(part)), triple(part, N.void + 'class', node(N.ll + KIND_CLASSES[kind as keyof typeof KIND_CLASSES])), triple(part, N.void + 'entities', int(count)));
  }
  for (const [profile, count] of Object.entries(input.triplesPerProfile)) {
    const subset = `${d}#${profile}`;
    quads.push(triple(d, N.void + 'subset', node(subset)), triple(subset, RDF_TYPE, node(N.void + 'Dataset')),
      triple(subset, N.dct + 'title', literal(`${profile} profile`)), triple(subset, N.void + 'triples', int(count)));
    for (const file of input.files.filter((f) => f.name.startsWith(`${profile}.`) || f.name.startsWith(`${profile}-`))) {
      const dist = `${d}#file-${file.name}`;
      quads.push(triple(subset, N.dcat + 'distribution', node(dist)), triple(d, N.void + 'dataDump', node(dist)),
        triple(dist, RDF_TYPE, node(N.dcat + 'Distribution')), triple(dist, N.dct + 'title', literal(file.name)),
        triple(dist, N.dcat + 'mediaType', literal(file.mediaType)), triple(dist, N.dcat + 'byteSize', int(file.bytes)),
        triple(dist, N.void + 'triples', int(file.triples)), triple(dist, N.spdx + 'checksum', node(`${dist}-sha256`)),
        triple(`${dist}-sha256`, N.spdx + 'algorithm', node(N.spdx + 'checksumAlgorithm_sha256')),
        triple(`${dist}-sha256`, N.spdx + 'checksumValue', literal(file.sha256)));
    }
  }
  return quads;
}

export function voidTurtle(input: VoidInput): string {
  const quads = groupBySubject(voidQuads(input));
  const writer = new TurtleWriter(usedPrefixes(quads));
  return writer.header() + writer.block(quads);
}
