// **open-values** — the values a schema cannot type alone: statements under `claims:` and qualifiers or
// reference fields given by property key. Once the manifest is known, each is checked against its
// property's datatype and replaced by its parsed form (a date → a time point, "5" → "+5" …).
import { formatPath } from '../errors.js';
import { FIELD_MAPPINGS } from '../graph/mappings.js';
import { propertyIris, type PropertyRef } from '../graph/property.js';
import { AUTHORITIES, type Authority } from '../vocab/identifiers.js';
import { withArticle } from '../vocab/datatypes.js';
import { P } from '../vocab/properties.js';
import { EXPECTED_VALUE, VALUE_SCHEMAS } from './datatype-schemas.js';
import { statementFields, type Entity } from './entity.js';
import type { PropertyTable } from './property-table.js';
import { closest } from '../did-you-mean.js';
import { isQualifierName, QUALIFIER_NAMES } from './qualifiers.js';
import { isReferenceField, REFERENCE_FIELDS } from './reference.js';
import { specialSnak, type Statement } from './statement.js';

export interface OpenValueIssue {
  path: (string | number)[];
  message: string;
}

type Stmt = Statement<unknown>;

/** Types the open values of one entity in place; returns what is wrong with them. */
export function typeOpenValues(entity: Entity, table: PropertyTable): OpenValueIssue[] {
  const issues: OpenValueIssue[] = [];
  const named = namedProperties(entity);
  for (const [key, statements] of Object.entries(entity.claims)) {
    const at = ['claims', key];
    const info = table.get(key);
    if (!info) {
      issues.push({ path: at, message: unknownProperty(key, table) });
      continue;
    }
    const field = named.get(key);
    if (field && statements.length) {
      issues.push({ path: at, message: `${table.describe(key)} is given twice: under claims and as the field ${field}; keep one of them, so that no fact is typed twice` });
    }
    statements.forEach((statement, i) => {
      if (statement.snak.type !== 'value') return;
      const typed = typeValue(info.datatype, statement.snak.value, table.describe(key), [...at, i, 'value'], issues);
      if (typed.ok) statement.snak = { type: 'value', value: typed.value };
    });
  }
  for (const [path, statement] of allStatements(entity)) {
    typeQualifiers(statement, path, table, issues);
    statement.references.forEach((reference, r) => typeReference(reference as Record<string, unknown>, [...path, 'references', r], table, issues));
  }
  return issues;
}

/** The properties this entity gives through named fields (with at least one statement), by id → field. */
function namedProperties(entity: Entity): Map<string, string> {
  const mapping = FIELD_MAPPINGS[entity.kind] as Record<string, PropertyRef>;
  const out = new Map<string, string>();
  for (const [field, statements] of statementFields(entity)) if (statements.length) out.set(propertyIris(mapping[field]!).id, field);
  if ('identifiers' in entity) {
    for (const [authority, statements] of Object.entries(entity.identifiers)) {
      if (statements?.length) out.set(P[AUTHORITIES[authority as Authority]], `identifiers.${authority}`);
    }
  }
  return out;
}

/** Every statement of the entity with its path: named fields, identifiers, claims. */
export function* allStatements(entity: Entity): Generator<[(string | number)[], Stmt]> {
  for (const [field, statements] of statementFields(entity)) for (const [i, s] of (statements as Stmt[]).entries()) yield [[field, i], s];
  if ('identifiers' in entity) for (const [authority, statements] of Object.entries(entity.identifiers)) for (const [i, s] of (statements ?? []).entries()) yield [['identifiers', authority, i], s];
  for (const [key, statements] of Object.entries(entity.claims)) for (const [i, s] of statements.entries()) yield [['claims', key, i], s];
}

function typeQualifiers(statement: Stmt, path: (string | number)[], table: PropertyTable, issues: OpenValueIssue[]): void {
  const qualifiers = statement.qualifiers as Record<string, unknown>;
  for (const key of Object.keys(qualifiers)) {
    if (isQualifierName(key)) continue;
    const typed = typeValues(key, qualifiers[key], [...path, 'qualifiers', key], table, issues, QUALIFIER_NAMES);
    if (typed) qualifiers[key] = typed;
  }
}

function typeReference(reference: Record<string, unknown>, path: (string | number)[], table: PropertyTable, issues: OpenValueIssue[]): void {
  for (const key of Object.keys(reference)) {
    if (isReferenceField(key)) continue;
    const typed = typeValues(key, reference[key], [...path, key], table, issues, REFERENCE_FIELDS);
    if (typed) reference[key] = typed;
  }
}

/** A qualifier or reference property's value, or list of values, typed; undefined if any is wrong. */
function typeValues(key: string, raw: unknown, path: (string | number)[], table: PropertyTable, issues: OpenValueIssue[], fields: readonly string[]): unknown[] | undefined {
  const info = table.get(key);
  if (!info) {
    issues.push({ path, message: unknownProperty(key, table, fields) });
    return undefined;
  }
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.length) {
    issues.push({ path, message: `no value for ${table.describe(key)}: give one value, or a list of them` });
    return undefined;
  }
  const typed = list.map((value, i) => typeValue(info.datatype, value, table.describe(key), Array.isArray(raw) ? [...path, i] : path, issues));
  return typed.every((t) => t.ok) ? typed.map((t) => (t as { value: unknown }).value) : undefined;
}

function typeValue(datatype: keyof typeof VALUE_SCHEMAS, raw: unknown, property: string, path: (string | number)[], issues: OpenValueIssue[]): { ok: true; value: unknown } | { ok: false } {
  if (specialSnak(raw)) return { ok: true, value: raw };
  const parsed = VALUE_SCHEMAS[datatype].safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const detail = parsed.error.issues[0];
  const where = detail?.path.length ? ` (at ${formatPath(detail.path)})` : '';
  issues.push({ path, message: `${property} is ${withArticle(datatype)} property: expected ${EXPECTED_VALUE[datatype]}, but ${describeValue(raw)}${detail ? `: ${detail.message}${where}` : ''}` });
  return { ok: false };
}

function describeValue(raw: unknown): string {
  if (raw === null || raw === undefined) return 'the value is empty';
  const text = JSON.stringify(raw);
  return `got ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

/** For a key beside named fields (`fields`), a near field name is the likelier meaning. */
function unknownProperty(key: string, table: PropertyTable, fields: readonly string[] = []): string {
  const field = closest(key, fields)[0];
  const guess = field ? `the field ${field}` : table.suggest(key) && table.describe(table.suggest(key)!);
  const what = fields.length ? `"${key}" is neither a field here (${fields.join(', ')}) nor a known property` : `"${key}" is not a known property`;
  return `${what}: use a Wikidata property id linked-lives knows (P214 …) or declare it in the manifest's properties: table with its datatype and labels${guess ? `. Did you mean ${guess}?` : ''}`;
}
