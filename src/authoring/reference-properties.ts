// **reference-properties** — which property each field of a reference becomes, found as derived-facts.ts
// finds what events give: one statement whose reference fills every field with a value of its own goes
// through buildGraph (full profile), and the reference node's predicates are traced back to the fields.
import { buildGraph } from '../graph/build.js';
import { EntitySchema } from '../model/entity.js';
import { ManifestSchema } from '../model/manifest.js';
import { REFERENCE_FIELDS } from '../model/reference.js';
import { EXTENSION_TERMS, type ExtensionPropertyName } from '../vocab/extension.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P, PROPERTY_LABELS, type PropertyName } from '../vocab/properties.js';

const BASE = 'https://example.org/vocabulary/';

/** The field each probe value is the value of. */
const PROBE: Record<string, string> = {
  source: 'doc', quote: 'probe quote', quoteLang: 'fr', at: 'probe locator', namedAs: 'probe spelling', note: 'probe note', url: 'https://example.org/probe-passage',
};

/** By reference field: the property it is written as ("P248 (stated in)"), or how it is written. */
export function referenceProperties(): Map<string, string> {
  const manifest = ManifestSchema.parse({
    title: { en: 'probe' }, baseIri: BASE, license: 'https://example.org/licence',
    sources: [{ id: 'doc', labels: { en: 'doc' }, title: { text: 'doc', lang: 'en' }, file: 'doc.txt', language: 'en' }],
  });
  const person = EntitySchema.parse({ kind: 'person', id: 'probe', labels: { en: 'probe' }, pseudonyms: [{ value: 'x', references: [{ ...PROBE }] }] });
  const quads = buildGraph({ manifest, entities: [person], files: new Map([['probe', 'probe.yaml']]) }, { profile: 'full' });
  const out = new Map<string, string>();
  for (const q of quads) {
    const field = Object.keys(PROBE).find((key) => q.object.value === PROBE[key] || q.object.value === `${BASE}entity/${PROBE[key]}`);
    const property = describe(q.predicate.value);
    if (!field || !property) continue;
    out.set(field, property);
    // The quote's language is no property: it tags the quotation (the source's language when not given).
    if (q.object.termType === 'Literal' && q.object.language === PROBE.quoteLang) out.set('quoteLang', `the language of the ${property}, when not the source's`);
  }
  return new Map(REFERENCE_FIELDS.map((field) => [field, out.get(field) ?? 'not written']));
}

function describe(predicate: string): string | undefined {
  for (const [namespace, names, label] of [
    [NAMESPACES.pr, Object.keys(P) as PropertyName[], (n: string) => `${P[n as PropertyName]} (${PROPERTY_LABELS[n as PropertyName]})`],
    [NAMESPACES.llpr, Object.keys(EXTENSION_TERMS) as ExtensionPropertyName[], (n: string) => `llx:${n} (${EXTENSION_TERMS[n as ExtensionPropertyName].label})`],
  ] as const) {
    if (!predicate.startsWith(namespace)) continue;
    const local = predicate.slice(namespace.length);
    const name = (names as readonly string[]).find((n) => (namespace === NAMESPACES.pr ? P[n as PropertyName] === local : n === local));
    if (name) return label(name);
  }
  return undefined;
}
