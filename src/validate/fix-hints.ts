// **fix-hints** — for each SHACL finding, one sentence on how to fix it in the data files, in a
// historian's words: which statements compete and how ranks settle it, which kind of entity a field
// wants, how a text with a language is written. Chosen by the shape's constraint (sh:maxCount,
// sh:node …) and its parameters, so that every shape in shapes/ and every generated property shape
// gets one; tests/validate/fix-hints.test.ts keeps the table complete.
import { DERIVED_PROPERTIES } from '../graph/derive.js';
import { FIELD_MAPPINGS } from '../graph/mappings.js';
import { P, PROPERTY_LABELS, type PropertyName } from '../vocab/properties.js';
import type { ReportResult } from './report.js';

/** A shape's parameters by the local name of the sh: predicate (node, datatype, maxCount …), values compacted. */
export type ShapeParams = Record<string, string[]>;

export interface HintInput {
  result: ReportResult;
  shape: ShapeParams;
  /** For a count that is exceeded: the values the focus node has on the path, named. */
  values?: string[];
  /** The offending value, by its entity id when it is an entity of the dataset. */
  valueName?: string;
}

const GLOSSARY = 'docs/glossary.md';
const BUG = 'linked-lives writes this part of the graph itself from your data; if the data loads and this still fails, it is a bug in linked-lives: please report it with this line';

/** What a sh:node reference shape asks for, in words. */
const NODE_KINDS: Record<string, string> = {
  PersonRef: 'a person', PlaceRef: 'a place', OrganizationRef: 'an organisation', WorkRef: 'a work',
  EventRef: 'an event', AgentRef: 'a person or an organisation', ParticipantRef: 'a person, an organisation or a work',
  SubjectRef: 'a person, a work, a place or an organisation', SourceRef: 'a source of the manifest',
  TimeOrUnknown: 'a date, such as 1890-12-30, 1890-12 or 1890', WikidataItem: 'a Wikidata item',
};

/** Every constraint component our shapes use, by local name, with its hint. */
export const HINTS = {
  MaxCountConstraintComponent: (h: HintInput) => tooMany(h),
  MinCountConstraintComponent: (h: HintInput) => `add ${fieldOf(h)}${h.result.path === 'rdfs:label' ? ', e.g. labels: { en: Victor Serge }' : ''}; if this part is written by linked-lives (a statement's rank, a time's precision), ${BUG}`,
  NodeConstraintComponent: (h: HintInput) => wrongKind(h),
  NodeKindConstraintComponent: (h: HintInput) => h.shape.nodeKind?.includes('sh:IRI')
    ? `${subject(h)} takes a concept or an entity, not a text: write a concept key (linked-lives vocab lists them; declare your own under concepts: in dataset.yaml) or a Wikidata id such as Q5`
    : `${subject(h)} takes a text or a number here, not a reference to an entity`,
  DatatypeConstraintComponent: (h: HintInput) => datatypeHint(h),
  HasValueConstraintComponent: (h: HintInput) => `the kind of the file says what the entity is (kind: person is written as instance of human, wd:Q5): remove a P31 given under claims that says otherwise, or change the kind`,
  ClassConstraintComponent: (h: HintInput) => h.result.path === 'pr:P248' ? 'name in source: a source declared in dataset.yaml' : BUG,
  InConstraintComponent: (h: HintInput) => h.result.path === 'wikibase:rank' ? 'write rank: preferred, normal or deprecated' : `write the calendar as Gregorian or Julian after the date (1879-10-26 Julian); ${BUG}`,
  OrConstraintComponent: (h: HintInput) => orHint(h),
  NotConstraintComponent: (h: HintInput) => `${h.result.message}: ${BUG}`,
  PatternConstraintComponent: (h: HintInput) => `${h.result.value ?? 'the value'} is not written in the format the property asks for: copy the identifier exactly as the authority shows it (without spaces or a prefix), or declare the property's format in dataset.yaml correctly`,
  MinLengthConstraintComponent: () => 'write the text: an empty one says nothing (leave the field out instead)',
  MinInclusiveConstraintComponent: (h: HintInput) => rangeHint(h),
  MaxInclusiveConstraintComponent: (h: HintInput) => rangeHint(h),
  MinExclusiveConstraintComponent: (h: HintInput) => rangeHint(h),
  QualifiedMinCountConstraintComponent: () => `quote the source: give the reference a quote: of the words it supports the claim with`,
} satisfies Record<string, (h: HintInput) => string>;

export function fixHint(input: HintInput): string {
  const component = input.result.constraint.replace(/^.*#/, '');
  const hint = (HINTS as Record<string, (h: HintInput) => string>)[component];
  return hint ? hint(input) : `see the message; the words are explained in ${GLOSSARY}`;
}

/** "father (P22)": the data field a predicate comes from, for the entity's kind; else the property. */
function fieldOf(h: HintInput): string {
  const pid = propertyId(h.result.path);
  if (!pid) return h.result.path === 'rdfs:label' ? 'a label' : (h.result.path ?? 'the missing value');
  const field = fieldFor(pid);
  return field ? `${field} (${pid})` : `${labelOf(pid) ?? pid} (${pid})`;
}

const subject = (h: HintInput) => fieldOf(h);

function tooMany(h: HintInput): string {
  const pid = propertyId(h.result.path);
  const direct = /^(wdt|llt):/.test(h.result.path ?? '');
  if (!pid || !direct) {
    if (h.result.path === 'pr:P248') return 'a reference names one source: give each source a reference of its own';
    if (h.result.path === 'pr:P1683') return 'one quote per reference: give each quote a reference of its own';
    if (h.result.path === 'pr:P1932') return 'one namedAs per reference: give each spelling a reference of its own';
    return BUG;
  }
  const who = h.result.entity?.id ?? 'this entity';
  const values = h.values?.length ? ` (${h.values.join(', ')})` : '';
  const settle = `say which to believe: give the better-supported statement rank: preferred with a rankReason, or the weaker one rank: deprecated, or remove a statement that is wrong (ranks: ${GLOSSARY}#rank)`;
  const field = fieldFor(pid);
  const where = field ? `they are the ${field} statements of ${who}${h.result.entity?.file ? ` in ${h.result.entity.file}` : ''}`
    : isDerived(pid) ? `they come from ${who}'s events (a birth event gives the date and place of birth, a death event those of death): rank the statements in those events`
      : `they are under claims: ${pid}`;
  return `${who} has ${h.values?.length ?? 'several'} best-ranked values for ${labelOf(pid) ?? pid}${values}, and takes one: ${where}; ${settle}`;
}

function wrongKind(h: HintInput): string {
  const target = (h.shape.node ?? []).map((n) => NODE_KINDS[/(\w+)>?$/.exec(n)?.[1] ?? '']).find(Boolean);
  if (!target) return BUG;
  const shown = h.valueName ?? h.result.value;
  const value = shown ? `${shown} is not ${target}` : `this is not ${target}`;
  if (target.startsWith('a date')) return `${value}: write ${target}, or unknownValue: true`;
  const kinds = target.replace(/\ban? /g, '').replace('organisation', 'organization').split(/, | or /).map((k) => `kind: ${k}`).join(' or ');
  return `${value}: point ${fieldOf(h)} at ${target} (a file with ${kinds}) or at the Wikidata id of one; if the value is right, the statement belongs in another field`;
}

function datatypeHint(h: HintInput): string {
  const type = h.shape.datatype?.[0] ?? '';
  if (type === 'rdf:langString') return `write ${fieldOf(h)} as a text with its language: { text: …, lang: en }`;
  if (type === 'xsd:string') return `write ${fieldOf(h)} as plain text, without a language`;
  if (type === 'xsd:dateTime') return `write a date such as 1890-12-30, 1890-12 or 1890`;
  return BUG;
}

function orHint(h: HintInput): string {
  const path = h.result.path ?? '';
  if (path.endsWith('P18')) return 'give the file name of the picture on Wikimedia Commons, such as "Victor Serge 1910.jpg"';
  if (path.endsWith('P625')) return 'give coordinates as { latitude: 50.8503, longitude: 4.3517 }';
  if (/quotes it verbatim/.test(h.result.message)) return 'add quote: with the words of the source that support the claim, copied exactly';
  if (/file name or a URL/.test(h.result.message)) return 'give the source text: (a file holding its words, such as sources/letters.txt), file: (the name of the document\'s file) or url:';
  return `write the value as the message says (${h.result.message}); unknownValue: true is always allowed`;
}

function rangeHint(h: HintInput): string {
  if (/latitude|longitude/.test(h.result.message)) return 'latitude goes from -90 to 90 and longitude from -180 to 180: check that they are not swapped';
  return BUG;
}

function propertyId(path: string | undefined): string | undefined {
  return /^(?:wdt|p|ps|pq|pr|wdtn):(P\d+)$/.exec(path ?? '')?.[1] ?? /^llt:(\w+)$/.exec(path ?? '')?.[1];
}

/** The field of any kind that writes the property (fields of one name mean one property across kinds). */
function fieldFor(pid: string): string | undefined {
  for (const mapping of Object.values(FIELD_MAPPINGS)) {
    for (const [field, ref] of Object.entries(mapping as Record<string, { ns: string; name?: string }>)) {
      if ((ref.ns === 'wd' && P[ref.name as PropertyName] === pid) || (ref.ns === 'll' && ref.name === pid)) return field;
    }
  }
  return undefined;
}

const NAME_OF = new Map(Object.entries(P).map(([name, id]) => [id as string, name as PropertyName]));
const labelOf = (pid: string) => (NAME_OF.has(pid) ? (PROPERTY_LABELS as Record<string, string>)[NAME_OF.get(pid)!] : undefined);
const isDerived = (pid: string) => (DERIVED_PROPERTIES as readonly string[]).includes(NAME_OF.get(pid) ?? '');
