// Test helper: a small JSON Schema (draft 7) validator for the keywords our generated schemas use,
// written for the tests because no JSON Schema validator is installed (no ajv, no python jsonschema).
// It knows nothing of zod: it reads the schema as an editor would. A keyword it does not know throws,
// so a schema that starts using one cannot pass unchecked.
type Schema = Record<string, any> | boolean; // eslint-disable-line @typescript-eslint/no-explicit-any

const ANNOTATIONS = new Set(['$schema', '$id', 'definitions', 'title', 'description', 'default', 'format', 'examples']);
const ASSERTIONS = new Set(['type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'enum', 'const',
  'pattern', 'minLength', 'minItems', 'minimum', 'maximum', 'exclusiveMinimum', 'anyOf', '$ref']);

/** The problems of `value` against `root`, as "path: what" lines; empty when it is valid. */
export function jsonSchemaErrors(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, value, '', root, errors);
  return errors;
}

function check(schema: Schema, value: unknown, at: string, root: Schema, errors: string[]): void {
  if (schema === true) return;
  if (schema === false) return void errors.push(`${at}: no value allowed here`);
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !ASSERTIONS.has(key)) throw new Error(`the checker does not know the keyword "${key}" (at ${at})`);
  }
  if (schema.$ref !== undefined) {
    const match = /^#\/definitions\/(.+)$/.exec(schema.$ref);
    if (!match || typeof root !== 'object') throw new Error(`the checker follows #/definitions/ references only: ${schema.$ref}`);
    check(root.definitions[match[1]!], value, at, root, errors);
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) return void errors.push(`${at}: expected ${schema.type}, got ${JSON.stringify(value)}`);
  if (schema.const !== undefined && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.includes(value)) errors.push(`${at}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: "${value}" does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && [...value].length < schema.minLength) errors.push(`${at}: shorter than ${schema.minLength}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) errors.push(`${at}: not above ${schema.exclusiveMinimum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.items !== undefined) value.forEach((item, i) => check(schema.items, item, `${at}[${i}]`, root, errors));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!Object.hasOwn(record, key)) errors.push(`${at}: "${key}" is required`);
    for (const [key, item] of Object.entries(record)) {
      if (schema.propertyNames !== undefined) check(schema.propertyNames, key, `${at}.${key} (name)`, root, errors);
      if (schema.properties && Object.hasOwn(schema.properties, key)) check(schema.properties[key], item, `${at}.${key}`, root, errors);
      else if (schema.additionalProperties !== undefined) check(schema.additionalProperties, item, `${at}.${key}`, root, errors);
    }
  }
  if (schema.anyOf !== undefined) {
    const branches = schema.anyOf.map((branch: Schema) => jsonSchemaErrors(branch === true || branch === false ? branch : { ...branch, definitions: (root as Record<string, unknown>).definitions }, value));
    if (!branches.some((e: string[]) => !e.length)) errors.push(`${at}: matches none of ${schema.anyOf.length} choices (${branches.map((e: string[]) => e[0]).join('; ')})`);
  }
}

function hasType(value: unknown, type: string | string[]): boolean {
  return [type].flat().some((t) => {
    switch (t) {
      case 'string': return typeof value === 'string';
      case 'integer': return Number.isInteger(value);
      case 'number': return typeof value === 'number';
      case 'boolean': return typeof value === 'boolean';
      case 'null': return value === null;
      case 'array': return Array.isArray(value);
      case 'object': return !!value && typeof value === 'object' && !Array.isArray(value);
      default: throw new Error(`unknown type ${t}`);
    }
  });
}
