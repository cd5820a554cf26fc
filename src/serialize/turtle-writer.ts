// **turtle-writer** — Turtle text for blocks of quads, written directly: subjects nested with ";",
// objects with ",", IRIs compacted to prefixed names where the local part allows it. Faster than a
// general writer because it keeps no state between blocks but the prefix table.
import { assertWritableIri, assertWritableText } from '../model/iri.js';
import type { Quad, Term } from '@rdfjs/types';
import { NAMESPACES, RDF_TYPE } from '../vocab/namespaces.js';

const XSD = NAMESPACES.xsd;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' };
// Turtle PN_LOCAL, restricted to ASCII: what our local names use; anything else is written as <IRI>.
const PN_LOCAL = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

export class TurtleWriter {
  private readonly byNamespace = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  constructor(private readonly prefixes: Record<string, string>) {
    for (const [prefix, namespace] of Object.entries(prefixes)) this.byNamespace.set(namespace, prefix);
  }

  header(): string {
    return Object.entries(this.prefixes).map(([p, ns]) => `@prefix ${p}: <${ns}> .\n`).join('') + '\n';
  }

  /** Turtle statements for quads; consecutive quads with one subject (and predicate) are nested. */
  block(quads: readonly Quad[]): string {
    let out = '';
    for (let i = 0; i < quads.length; ) {
      const subject = quads[i]!.subject;
      out += this.term(subject);
      let first = true;
      while (i < quads.length && quads[i]!.subject.equals(subject)) {
        const predicate = quads[i]!.predicate;
        out += `${first ? ' ' : ' ;\n    '}${predicate.value === RDF_TYPE ? 'a' : this.iri(predicate.value)} `;
        first = false;
        let firstObject = true;
        while (i < quads.length && quads[i]!.subject.equals(subject) && quads[i]!.predicate.equals(predicate)) {
          out += (firstObject ? '' : ', ') + this.term(quads[i]!.object);
          firstObject = false;
          i++;
        }
      }
      out += ' .\n';
    }
    return out;
  }

  private term(t: Term): string {
    switch (t.termType) {
      case 'NamedNode': return this.iri(t.value);
      case 'BlankNode': return `_:${t.value}`;
      case 'Literal': return this.literal(t.value, t.language, t.datatype.value);
      default: throw new Error(`cannot write a ${t.termType} in Turtle`);
    }
  }

  private literal(value: string, language: string, datatype: string): string {
    assertWritableText(value);
    if (datatype === XSD + 'integer' && /^[+-]?\d+$/.test(value)) return value;
    const text = `"${value.replace(/[\\"\n\r]/g, (c) => ESCAPES[c]!)}"`;
    if (language) return `${text}@${language}`;
    return datatype === XSD + 'string' ? text : `${text}^^${this.iri(datatype)}`;
  }

  private iri(iri: string): string {
    let written = this.cache.get(iri);
    if (written === undefined) {
      written = this.compact(iri);
      if (this.cache.size < 50_000) this.cache.set(iri, written);
    }
    return written;
  }

  private compact(iri: string): string {
    assertWritableIri(iri); // once per IRI: the result is cached
    const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    const prefix = this.byNamespace.get(iri.slice(0, cut));
    const local = iri.slice(cut);
    return prefix !== undefined && PN_LOCAL.test(local) ? `${prefix}:${local}` : `<${iri}>`;
  }
}
