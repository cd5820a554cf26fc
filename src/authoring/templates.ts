// **templates** — what `linked-lives new` writes: a data file with the fields its kind takes, each
// commented out with the Wikidata property it becomes and what its value is. The fields come from the
// model's field tables (field-info.ts), so a field added to the model appears in the template.
// Lines starting "##" explain; uncommenting a field (removing one "# ", as an editor's toggle does)
// leaves them comments.
import { SourceSchema } from '../model/source.js';
import { AUTHORITIES } from '../vocab/identifiers.js';
import { P } from '../vocab/properties.js';
import { article, conceptGroupsOf, describeTargets, fieldsOf, TYPE_GROUPS, VALUE_WORDS, type FieldInfo, type FileKind, type ValueKind } from './field-info.js';

export interface TemplateOptions {
  /** The JSON Schema, as a path relative to the file (or a URL), for the editor. */
  schema: string;
  /** A source id of the manifest to cite; a placeholder if the dataset has none yet. */
  source?: string;
  lang?: string;
}

/** A placeholder: the one thing the historian replaces. Never valid where an id is expected. */
export const placeholder = (what: string) => `<${what}>`;

const PLACEHOLDER_VALUES: Record<ValueKind, (field: FieldInfo) => string> = {
  item: (field) => {
    const group = conceptGroupsOf(field.targets)[0];
    const entity = field.targets.find((t) => !t.startsWith('concept:'));
    return placeholder(group && !entity ? `${group} key` : `${entity ?? 'entity'} id`);
  },
  time: () => placeholder('date'),
  text: () => `{ text: "${placeholder('text')}", lang: en }`,
  string: () => `"${placeholder('text')}"`,
  url: () => placeholder('https://…'),
  quantity: () => placeholder('number'),
  coordinates: () => `{ latitude: ${placeholder('latitude')}, longitude: ${placeholder('longitude')}, precision: 0.0001 }`,
  commonsFile: () => `"${placeholder('File name.jpg')}"`,
};

export function entityTemplate(kind: FileKind, id: string, options: TemplateOptions): string {
  const source = options.source ?? placeholder('source id');
  const lang = options.lang ?? 'en';
  const group = TYPE_GROUPS[kind];
  const lines = [
    `# yaml-language-server: $schema=${options.schema}`,
    `# ${article(kind) === 'an' ? 'An' : 'A'} ${kind} for linked-lives. Replace each <…> with what your source says; uncomment the fields you`,
    '# have a source for (remove the "# " in front of their lines). Every statement cites a source of',
    '# dataset.yaml by its id and quotes the words of the source that say it. `linked-lives vocab WORD`',
    '# explains any field, property or concept key.',
    `kind: ${kind}`,
    `id: ${id}`,
    ...(group ? [`## P31 (instance of): ${describeTargets([`concept:${group}`], 8)}, or a Wikidata id (all: linked-lives vocab ${group})`, `type: ${placeholder(`${group} key`)}`] : []),
    `labels: { ${lang}: "${placeholder('name')}" }`,
    `descriptions: { ${lang}: "${placeholder('a few words on who or what this is')}" }`,
    '',
  ];
  for (const field of fieldsOf(kind)) {
    const what = field.valueKind === 'item' ? describeTargets(field.targets, 6) : VALUE_WORDS[field.valueKind];
    lines.push(
      `## ${field.name} → ${field.property} (${field.propertyLabel}): ${what}`,
      `# ${field.name}:`,
      `#   - value: ${PLACEHOLDER_VALUES[field.valueKind](field)}`,
      '#     references:',
      `#       - { source: ${source}, quote: "${placeholder('the words of the source')}" }`,
      '',
    );
  }
  if (kind !== 'event') {
    const authorities = Object.entries(AUTHORITIES).map(([key, name]) => `${key} (${P[name]})`).join(', ');
    lines.push(`## identifiers in authority files: ${authorities}, e.g.`, `# identifiers:`, `#   viaf:`, `#     - value: "${placeholder('VIAF id')}"`,
      '#       references:', `#         - { source: ${source}, quote: "${placeholder('the words of the source')}" }`, '');
  }
  lines.push('## Any other Wikidata property goes under claims: by its id, e.g. P856 (official website):', '# claims:', '#   P856:',
    `#     - value: ${placeholder('https://…')}`, '#       references:', `#         - { source: ${source}, quote: "${placeholder('the words of the source')}" }`);
  return `${lines.join('\n')}\n`;
}

type SourceField = keyof typeof SourceSchema.shape;

/** The line of each field of a source (model/source.ts) and what it is for; a field missing here is a
 *  compile error. Commented out: optional fields. */
const SOURCE_LINES = {
  kind: () => undefined,
  id: (id) => [`id: ${id}`],
  qid: () => [`# qid: ${placeholder('Q…')}`, 'the Wikidata item of this very document, if it has one'],
  labels: () => [`labels: { en: "${placeholder('short name of the source')}" }`],
  descriptions: () => [`# descriptions: { en: "${placeholder('what the source is')}" }`],
  aliases: () => undefined,
  title: () => [`title: { text: "${placeholder('title as printed')}", lang: en }`],
  authors: () => [`# authors: [${placeholder('person id')}]`, 'authors that are persons of the dataset'],
  authorNames: () => [`authorNames: ["${placeholder('author')}"]`],
  date: () => [`# date: ${placeholder('date')}`, 'when it was written or published'],
  url: () => [`# url: ${placeholder('https://…')}`, 'where it can be read; give url, file or text'],
  file: () => [`# file: ${placeholder('file name')}`, 'the document\'s file name as an archive holds it (written to the dumps)'],
  text: (id) => [`text: sources/${id}.txt`, 'its words as a text file: validate finds every quote in it'],
  language: () => ['language: en', 'the language of its text and quotes'],
} satisfies Record<SourceField, (id: string) => [string, string?] | undefined>;

/** A source entry for the manifest's `sources:` list, as YAML lines at column 0 (a list item). */
export function sourceTemplate(id: string): string {
  const lines = Object.values(SOURCE_LINES).map((line) => line(id)).filter((l) => l !== undefined)
    .map(([code, why]) => (why ? `${code.padEnd(40)} # ${why}` : code));
  return lines.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)).join('\n');
}

