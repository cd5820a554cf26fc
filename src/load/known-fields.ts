// **known-fields** — the field names a zod schema takes at a path of a document: what an unknown field
// is compared with for "did you mean". Walks the schema alongside the document's own value, so that a
// union (the kinds of entity) is read as the member the document is.
import type { z } from 'zod';

type Def = {
  type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType;
  innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The names of the fields an object at `path` may have, or [] when the schema there is no object. */
export function knownFields(schema: z.ZodType, root: unknown, path: readonly (string | number)[]): string[] {
  let here: z.ZodType | undefined = schema;
  let value = root;
  for (let i = 0; i <= path.length && here; i++) {
    here = unwrap(here, value);
    if (!here) return [];
    if (i === path.length) break;
    const def = defOf(here);
    const key = path[i]!;
    if (def.type === 'object') here = def.shape?.[key];
    else if (def.type === 'array') here = def.element;
    else if (def.type === 'record') here = def.valueType;
    else return [];
    value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  }
  return here && defOf(here).type === 'object' ? Object.keys(defOf(here).shape ?? {}) : [];
}

/** Past optional, default, pipe and lazy wrappers; a union as the member whose literal fields the
 *  value has (kind: person), else its first object member. */
function unwrap(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(schema);
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in) schema = def.in;
    else if (def.type === 'lazy' && def.getter) schema = def.getter();
    else if (def.type === 'union' && def.options) {
      const objects = def.options.map((o) => unwrap(o, value)).filter((o): o is z.ZodType => !!o && defOf(o).type === 'object');
      return objects.find((o) => matchesLiterals(o, value)) ?? objects[0];
    } else return schema;
  }
  return undefined;
}

function matchesLiterals(object: z.ZodType, value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  return Object.entries(defOf(object).shape ?? {}).every(([key, field]) => {
    const def = defOf(field) as Def & { values?: unknown[] };
    return def.type !== 'literal' || (def.values ?? []).includes((value as Record<string, unknown>)[key]);
  });
}
