// **property-table** — every property a dataset may name by key under `claims:`, in qualifiers and in
// references: the built-in Wikidata properties (vocab/properties.ts) by id, and those the manifest's
// `properties:` table declares, by id or by name. It gives each its datatype, which types its values.
import { WIKIBASE_DATATYPES, WIKIDATA_DATATYPES, type Datatype } from '../vocab/datatypes.js';
import { FORMATS, FORMATTER_URIS } from '../vocab/identifiers.js';
import { EXTENSION_PROPERTIES } from '../vocab/extension.js';
import { P, PROPERTY_LABELS, type PropertyName } from '../vocab/properties.js';
import type { Manifest } from './manifest.js';
import { editDistance } from '../did-you-mean.js';
import { isQualifierName } from './qualifiers.js';
import { isReferenceField } from './reference.js';

export interface PropertyInfo {
  /** As the data writes it: "P214", "printRun". */
  key: string;
  /** A Wikidata property (its IRIs are Wikidata's), or one of the dataset's own (minted under the base IRI). */
  wikidata: boolean;
  /** The readable name of a built-in property. */
  name?: PropertyName;
  datatype: Datatype;
  labels: Record<string, string>;
  descriptions: Record<string, string>;
  formatterUri?: string;
  format?: string;
}

export class PropertyTable {
  private readonly byKey = new Map<string, PropertyInfo>();
  /** The manifest's own, in its order. */
  readonly declared: PropertyInfo[] = [];

  constructor(manifest: Pick<Manifest, 'properties'>) {
    for (const name of Object.keys(P) as PropertyName[]) {
      this.byKey.set(P[name], {
        key: P[name], wikidata: true, name, datatype: WIKIDATA_DATATYPES[name], labels: { en: PROPERTY_LABELS[name] }, descriptions: {},
        ...(FORMATTER_URIS[name] && { formatterUri: FORMATTER_URIS[name] }), ...(FORMATS[name] && { format: FORMATS[name] }),
      });
    }
    for (const [key, declared] of Object.entries(manifest.properties ?? {})) {
      if (this.byKey.has(key)) continue; // reported by checkDeclarations
      const info: PropertyInfo = {
        key, wikidata: /^P\d+$/.test(key), datatype: WIKIBASE_DATATYPES[declared.datatype], labels: declared.labels, descriptions: declared.descriptions,
        ...(declared.formatterUri !== undefined && { formatterUri: declared.formatterUri }), ...(declared.format !== undefined && { format: declared.format }),
      };
      this.byKey.set(key, info);
      this.declared.push(info);
    }
  }

  /** Built in first, then the declared ones. */
  all(): IterableIterator<PropertyInfo> {
    return this.byKey.values();
  }

  get(key: string): PropertyInfo | undefined {
    return this.byKey.get(key);
  }

  /** "P214 (VIAF ID)". */
  describe(key: string): string {
    const info = this.byKey.get(key);
    const label = info?.labels.en ?? Object.values(info?.labels ?? {})[0];
    return label ? `${key} (${label})` : key;
  }

  /** The key a mistyped one probably meant: same letters but for one or two, or a property whose label it is. */
  suggest(key: string): string | undefined {
    const lower = key.toLowerCase();
    let best: { key: string; distance: number } | undefined;
    for (const info of this.byKey.values()) {
      if (Object.values(info.labels).some((l) => l.toLowerCase() === lower || l.toLowerCase().replace(/\W+/g, '') === lower.replace(/\W+/g, ''))) return info.key;
      const distance = editDistance(lower, info.key.toLowerCase());
      if (distance <= 2 && (!best || distance < best.distance)) best = { key: info.key, distance };
    }
    return best?.key;
  }
}

const tables = new WeakMap<object, PropertyTable>();

/** The property table of a manifest, made once per manifest object. */
export function propertyTable(manifest: Pick<Manifest, 'properties'>): PropertyTable {
  let table = tables.get(manifest);
  if (!table) tables.set(manifest, (table = new PropertyTable(manifest)));
  return table;
}

/** What is wrong with the keys of a manifest's properties: table, by key. A built-in Wikidata property
 *  declared again would have two datatypes; a name that is also a named qualifier or reference field
 *  (`note`, `role` …) could never be used in those places, where the named field wins. */
export function propertyKeyProblems(manifest: Pick<Manifest, 'properties'>): { key: string; problem: string }[] {
  const table = propertyTable(manifest);
  return Object.keys(manifest.properties ?? {}).flatMap((key) => {
    if (Object.values(P).includes(key as never)) return [{ key, problem: `${table.describe(key)} is built in, with its datatype: remove it from properties:` }];
    if (Object.hasOwn(EXTENSION_PROPERTIES, key)) return [{ key, problem: `"${key}" is the name of one of linked-lives' own properties already: choose another name` }];
    if (isQualifierName(key) || isReferenceField(key)) {
      return [{ key, problem: `"${key}" is the name of a ${isQualifierName(key) ? 'qualifier' : 'reference field'} already: choose another name for the property` }];
    }
    return [];
  });
}
