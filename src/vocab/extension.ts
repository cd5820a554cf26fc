// **extension** — linked-lives' own properties, for facts Wikidata has no *verified* property for.
// They are written with the llt:/llp:/llps:/llpq:/llpr: namespaces, in Wikidata's statement shape.

export const EXTENSION_PROPERTIES = {
  /** A patronymic as the sources give it ("Lvovich"). Wikidata's candidate property is unverified here. */
  patronymic: 'patronymic',
  /** Why a statement has preferred or deprecated rank, in words (Wikidata's P2241/P7452 take items). */
  rankReason: 'rankReason',
  /** Where in a source a quote stands (section, paragraph, row); P304 would claim it is a page. */
  locator: 'locator',
  /** What a reader needs to interpret the source, e.g. that a date is Old Style. */
  referenceNote: 'referenceNote',
  /** What happened to a work: published posthumously, confiscated, banned, serialized … */
  publicationNote: 'publicationNote',
  /** How the source gives a value: approximately ("around 1887"), by inference, or as the less supported
   *  of contested readings. Wikidata's P1480 "sourcing circumstances" takes items whose ids are unverified here. */
  sourcing: 'sourcing',
  /** The file name of a source document. */
  sourceFile: 'sourceFile',
} as const;

export type ExtensionPropertyName = keyof typeof EXTENSION_PROPERTIES;

/** Labels and descriptions of the extension properties, written on their property entities (llx:…). */
export const EXTENSION_TERMS = {
  patronymic: { label: 'patronymic', description: 'a patronymic as the sources give it' },
  rankReason: { label: 'reason for rank', description: 'why a statement has preferred or deprecated rank, in words' },
  locator: { label: 'locator', description: 'where in a source a quote stands: section, paragraph, row' },
  referenceNote: { label: 'reference note', description: 'what a reader needs to interpret the source, e.g. that a date is Old Style' },
  publicationNote: { label: 'publication note', description: 'what happened to a work: published posthumously, confiscated, banned, serialized' },
  sourceFile: { label: 'source file', description: 'the file name of a source document' },
  sourcing: { label: 'sourcing circumstances', description: 'how the value stands in the sources: circa, inferred, or less supported than another' },
} as const satisfies Record<ExtensionPropertyName, { label: string; description: string }>;
