// **vocab** — the public `linked-lives/vocab` entry: namespaces, properties, items, concepts.
export { NAMESPACES, WIKIDATA, STANDARD, LINKED_LIVES, iri, SKOLEM_PATH } from './namespaces.js';
export type { Prefix } from './namespaces.js';
export { P } from './properties.js';
export type { PropertyName } from './properties.js';
export { Q } from './items.js';
export type { ItemName } from './items.js';
export { CONCEPTS, conceptIri, isConceptKey } from './concepts.js';
export type { ConceptKey, Concept } from './concepts.js';
export { EXTENSION_PROPERTIES } from './extension.js';
export type { ExtensionPropertyName } from './extension.js';
