// **json-schema** — JSON Schemas of the data files, generated from the zod schemas (zod 4's
// z.toJSONSchema), for editors: VS Code's YAML extension completes fields and concept keys and flags
// errors as you type. The zod schemas stay the judge: the JSON Schema cannot say everything they check
// (an id that exists, a date that exists), and it says nothing they do not.
import { z } from 'zod';
import { EventSchema } from '../model/event.js';
import { ConceptFileSchema, ManifestSchema } from '../model/manifest.js';
import { OrganizationSchema } from '../model/organization.js';
import { PersonSchema } from '../model/person.js';
import { PlaceSchema } from '../model/place.js';
import { QUALIFIER_MAPPING } from '../graph/mappings.js';
import { WorkSchema } from '../model/work.js';
import { CONCEPTS, type ConceptGroup } from '../vocab/concepts.js';
import { schemaFileName } from './package-files.js';
import { conceptGroupsOf, conceptKeys, describeTargets, fieldsOf, FILE_KINDS, propertyOf, TYPE_GROUPS, VALUE_WORDS, type FileKind } from './field-info.js';

/** The schema files, by name: one per kind of data file, and the manifest's. */
export const SCHEMA_NAMES = [...FILE_KINDS, 'concept', 'dataset'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];


const ZOD: Record<SchemaName, z.ZodType> = {
  person: PersonSchema, work: WorkSchema, event: EventSchema, place: PlaceSchema, organization: OrganizationSchema,
  concept: ConceptFileSchema, dataset: ManifestSchema,
};

/** Concept groups of the qualifiers that take a concept. */
const QUALIFIER_GROUPS: Partial<Record<keyof typeof QUALIFIER_MAPPING, ConceptGroup>> = { role: 'role', kinship: 'kinship', sourcing: 'sourcing' };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function jsonSchema(name: SchemaName): Json {
  // The input side: what a historian writes (defaults optional, statements before their transform).
  // Draft 7: what VS Code's YAML extension supports (redhat-developer/vscode-yaml#704 and
  // yaml-language-server#856 ask for later drafts, still open).
  const schema = z.toJSONSchema(ZOD[name], { io: 'input', unrepresentable: 'any', target: 'draft-07' }) as Json;
  schema.$id = `https://w3id.org/linked-lives/schema/${schemaFileName(name)}`;
  schema.title = name === 'dataset' ? 'linked-lives dataset manifest (dataset.yaml)' : `linked-lives ${name} data file`;
  if (name === 'dataset' || name === 'concept') return schema;
  const kind = name as FileKind;
  const defs: Json = {};
  const conceptChoice = (value: Json, groups: ConceptGroup[]) => withConcepts(value, groups, defs);
  const group = TYPE_GROUPS[kind];
  if (group) {
    schema.properties.type = conceptChoice(schema.properties.type, [group]);
    schema.properties.type.description = `P31 (instance of): ${describeTargets([`concept:${group}`])}, a concept of the dataset or a Wikidata id`;
  }
  for (const field of fieldsOf(kind)) {
    const statement = schema.properties[field.name].items;
    statement.properties.value = conceptChoice(statement.properties.value, conceptGroupsOf(field.targets));
    const what = field.valueKind === 'item' ? describeTargets(field.targets) : VALUE_WORDS[field.valueKind];
    schema.properties[field.name].description = `${field.property} (${field.propertyLabel}): a list of statements whose value is ${what}`;
    for (const [qualifier, qualifierGroup] of Object.entries(QUALIFIER_GROUPS)) {
      const qualifiers = statement.properties.qualifiers;
      qualifiers.properties[qualifier] = conceptChoice(qualifiers.properties[qualifier], [qualifierGroup]);
    }
    for (const [qualifier, ref] of Object.entries(QUALIFIER_MAPPING)) {
      const { property, propertyLabel } = propertyOf(ref);
      statement.properties.qualifiers.properties[qualifier].description = `${property} (${propertyLabel})`;
    }
  }
  schema.definitions = defs;
  return schema;
}

/** A value that may be a built-in concept key of the groups: the keys as an enum first (what editors
 *  offer to complete; one entry per group in `defs`, the schema's definitions), then the schema as zod
 *  wrote it (any other id, a Wikidata id). */
function withConcepts(value: Json, groups: ConceptGroup[], defs: Json): Json {
  const refs = groups.filter((group) => conceptKeys(group).length).map((group) => {
    const keys = conceptKeys(group);
    defs[group] ??= { type: 'string', enum: keys, description: `built-in ${group} concepts: ${keys.map((k) => `${k} (${CONCEPTS[k].label})`).join(', ')}` };
    return { $ref: `#/definitions/${group}` };
  });
  return refs.length ? { anyOf: [...refs, value] } : value;
}

/** The text of a schema file, as committed (with a final line break). */
export const schemaText = (name: SchemaName) => `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
