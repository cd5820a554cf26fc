// **vocabulary** — the reference a historian looks things up in, made from the code: every field of
// every kind with the Wikidata property it becomes, the identifiers, qualifiers and reference fields,
// what each event type gives the person it happened to, and every built-in concept key.
// `linked-lives vocab [WORD]` prints it; docs/vocabulary.md is it in Markdown (npm run generate).
import { QUALIFIER_MAPPING } from '../graph/mappings.js';
import { CONCEPTS, CONCEPT_GROUPS, type Concept, type ConceptKey } from '../vocab/concepts.js';
import { AUTHORITIES } from '../vocab/identifiers.js';
import { Q } from '../vocab/items.js';
import { P, PROPERTY_LABELS } from '../vocab/properties.js';
import { derivedFacts, type DerivedFact } from './derived-facts.js';
import { referenceProperties } from './reference-properties.js';
import { describeTargets, fieldsOf, FILE_KINDS, FOLDERS, propertyOf, TYPE_GROUPS, VALUE_WORDS } from './field-info.js';

export interface VocabEntry {
  /** What the entry is looked up by: a field, a concept key, an event type. */
  name: string;
  /** The rest of its line: property, what the value is, what it gives. */
  text: string;
}

export interface VocabSection {
  title: string;
  intro: string;
  entries: VocabEntry[];
}

const property = (name: keyof typeof P) => `${P[name]} (${PROPERTY_LABELS[name]})`;

/** The fields every data file has, besides its kind's statement fields. */
function commonFields(kind: (typeof FILE_KINDS)[number]): VocabEntry[] {
  const group = TYPE_GROUPS[kind];
  return [
    { name: 'id', text: 'the entity\'s id in the dataset (lower-case letters, digits, dashes): its IRI is <baseIri>entity/<id>' },
    { name: 'qid', text: 'a Wikidata item id verified to denote this very entity: written as skos:exactMatch wd:Q…' },
    ...(group ? [{ name: 'type', text: `${property('instanceOf')}: ${describeTargets([`concept:${group}`], 5)}` }] : []),
    { name: 'labels', text: 'names by language: rdfs:label, skos:prefLabel, schema:name' },
    { name: 'descriptions', text: 'a few words by language: schema:description' },
    { name: 'aliases', text: 'other names by language: skos:altLabel' },
  ];
}

export function vocabulary(): VocabSection[] {
  const sections: VocabSection[] = FILE_KINDS.map((kind) => ({
    title: `${kind} fields`,
    intro: `A ${kind} file (${FOLDERS[kind]}/ID.yaml, \`linked-lives new ${kind} ID\`). Each statement field is a list of statements: value (or unknownValue / noValue), qualifiers, references, rank.`,
    entries: [...commonFields(kind), ...fieldsOf(kind).map((field) => ({
      name: field.name,
      text: `${field.property} (${field.propertyLabel}): ${field.valueKind === 'item' ? describeTargets(field.targets, 5) : VALUE_WORDS[field.valueKind]}`,
    })), ...(kind === 'event' ? [] : [{ name: 'identifiers', text: 'identifiers in authority files, by authority (see Identifiers)' }]),
    { name: 'claims', text: 'any other property, by its Wikidata id (P856) or a name the manifest declares under properties:' }],
  }));
  sections.push({
    title: 'identifiers',
    intro: 'Under `identifiers:` of a person, work, place or organisation, by authority.',
    entries: Object.entries(AUTHORITIES).map(([key, name]) => ({ name: key, text: property(name) })),
  });
  sections.push({
    title: 'qualifiers',
    intro: 'Under `qualifiers:` of a statement; any other property goes there by its id.',
    entries: Object.entries(QUALIFIER_MAPPING).map(([name, ref]) => {
      const { property: id, propertyLabel } = propertyOf(ref);
      const group = ({ role: 'role', kinship: 'kinship', sourcing: 'sourcing' } as Record<string, string>)[name];
      return { name, text: `${id} (${propertyLabel})${group ? `: ${describeTargets([`concept:${group}` as `concept:role`], 5)}` : ''}` };
    }),
  });
  sections.push({
    title: 'reference fields',
    intro: 'Under `references:` of a statement: a source of dataset.yaml and its words. Any other property goes there by its id (P813 retrieved …).',
    entries: [...referenceProperties()].map(([name, text]) => ({ name, text })),
  });
  sections.push({
    title: 'event types',
    intro: 'The `type:` of an event, and the statements it gives each participant without a role that is a person (its subject), read from the graph the code builds for an event of each type. A subject that is not a person (an organisation, a work) gets significant event (P793) pointing at the event; what an organisation taking part gets beyond that is marked "on the organisation".',
    entries: [...derivedFacts()].map(([type, facts]) => ({ name: type, text: describeFacts(facts) })),
  });
  for (const group of CONCEPT_GROUPS) {
    const keys = (Object.keys(CONCEPTS) as ConceptKey[]).filter((key) => CONCEPTS[key].group === group);
    if (!keys.length) continue;
    sections.push({
      title: `${group} concepts`,
      intro: `Built-in concept keys of the group ${group}, with the Wikidata class each is written as (a QID: the concept is that item; else a linked-lives concept, subclass of the class named). A dataset adds its own under concepts: in dataset.yaml.`,
      entries: keys.map((key) => ({ name: key, text: describeConcept(CONCEPTS[key]) })),
    });
  }
  return sections;
}

/** Group, label and class of a concept: "writer — wd:Q36180", "novelist — subclass of writer". */
function describeConcept(concept: Concept): string {
  const item = concept.item ? `wd:${Q[concept.item]}` : undefined;
  const broader = concept.broader ? `subclass of ${concept.broader} (wd:${Q[concept.broader]})` : 'a linked-lives concept (llc:)';
  return `"${concept.label}" — ${item ?? broader}`;
}

/** "P569 (date of birth) ← date; P19 (place of birth) ← locations", facts of one property and the same
 *  qualifiers told once. */
function describeFacts(facts: DerivedFact[]): string {
  const merged: DerivedFact[] = [];
  for (const fact of facts) {
    const same = merged.find((f) => f.on === fact.on && f.property === fact.property && JSON.stringify(f.qualifiers) === JSON.stringify(fact.qualifiers));
    if (same) same.from = `${same.from} or ${fact.from.replace(/^participants: /, '')}`;
    else merged.push({ ...fact });
  }
  return merged.map((f) => {
    const qualifiers = f.qualifiers.map((q) => `${q.property} ${q.propertyLabel} ← ${q.from}`).join(', ');
    return `${f.on ? `on ${f.on}: ` : ''}${f.property} (${f.propertyLabel}) ← ${f.from}${qualifiers ? ` [qualifiers: ${qualifiers}]` : ''}`;
  }).join('; ');
}

/** The sections with only the entries matching `word` (in a name, a property id, a label, a group …). */
export function lookUp(sections: VocabSection[], word: string): VocabSection[] {
  const needle = word.toLowerCase();
  return sections.flatMap((section) => {
    const inTitle = section.title.toLowerCase().includes(needle);
    const entries = inTitle ? section.entries : section.entries.filter((e) => `${e.name} ${e.text}`.toLowerCase().includes(needle));
    return entries.length ? [{ ...section, entries }] : [];
  });
}

export function vocabularyText(sections: VocabSection[]): string {
  return sections.map((s) => `${s.title.toUpperCase()}\n${s.entries.map((e) => `  ${e.name.padEnd(20)} ${e.text}`).join('\n')}`).join('\n\n');
}

export function vocabularyMarkdown(sections: VocabSection[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');
  const body = sections.map((s) => `## ${s.title[0]!.toUpperCase()}${s.title.slice(1)}\n\n${cell(s.intro)}\n\n| key | meaning |\n|---|---|\n${s.entries.map((e) => `| \`${e.name}\` | ${cell(e.text)} |`).join('\n')}\n`);
  return `# Vocabulary reference

Generated from the code by \`npm run generate\` (a test fails when this file is stale); the same
reference, or the entries matching a word, is printed by \`linked-lives vocab [WORD]\`. The data
format itself is described in [data-format.md](data-format.md).

${body.join('\n')}`;
}

