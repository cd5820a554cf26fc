// **stats** — coverage of a dataset: entities per kind, statements, how many cite a source,
// contested properties, events per decade, persons with no dates. Counts the claims the export
// writes (typed in the data or derived from events), not the structural P31 typing.
import type { Dataset } from '../model/dataset.js';
import { firstDay, firstYear, gregorianFromJulianDay, type TimePoint } from '../model/time.js';
import type { Claim } from './claim.js';
import { canonicalJson } from './hash.js';
import { unsourcedStatements } from '../model/check.js';
import { formatPath } from '../errors.js';
import { createContext } from './context.js';
import { best, deriveClaims } from './derive.js';
import { propertyIris, type PropertyRef } from './property.js';
import { EXTENSION_TERMS } from '../vocab/extension.js';
import { PROPERTY_LABELS } from '../vocab/properties.js';
import { statementClaims } from './to-claims.js';

export interface Stats {
  entities: Record<string, number>;
  statements: number;
  derivedStatements: number;
  referencedStatements: number;
  /** referencedStatements / statements, 0–1. */
  referencedShare: number;
  references: number;
  /** (entity, property) pairs with two or more different values. */
  contested: { entity: string; property: string; values: number; ranks: string[] }[];
  /** Claims per property (typed and derived), most used first: how many, and how many cite a source. */
  properties: { property: string; label: string; datatype: string; claims: number; referenced: number }[];
  eventsPerDecade: Record<string, number>;
  undatedEvents: string[];
  personsWithoutDates: string[];
  /** The statements typed in the data that cite no source, where they are. */
  unsourced: { file: string; entity: string; field: string }[];
}

export function datasetStats(dataset: Dataset): Stats {
  const ctx = createContext(dataset);
  const derived = deriveClaims(ctx, dataset.entities);
  const stats: Stats = { entities: {}, statements: 0, derivedStatements: 0, referencedStatements: 0, referencedShare: 1, references: 0,
    contested: [], properties: [], eventsPerDecade: {}, undatedEvents: [], personsWithoutDates: [],
    unsourced: unsourcedStatements(dataset).map((i) => ({ file: i.file, entity: i.entity!, field: formatPath(i.path) })) };
  const perProperty = new Map<string, Stats['properties'][number]>();
  for (const e of [...dataset.manifest.sources, ...dataset.entities]) stats.entities[e.kind] = (stats.entities[e.kind] ?? 0) + 1;
  for (const entity of dataset.entities) {
    const own = statementClaims(ctx, entity);
    const extra = derived.get(entity.id) ?? [];
    const all = [...own, ...extra];
    stats.statements += all.length;
    stats.derivedStatements += extra.length;
    for (const claim of all) {
      if (claim.references.length) stats.referencedStatements++;
      stats.references += claim.references.length;
      const { id, datatype } = propertyIris(claim.property);
      const entry = perProperty.get(id) ?? { property: id, label: labelOf(ctx, claim.property), datatype, claims: 0, referenced: 0 };
      entry.claims++;
      if (claim.references.length) entry.referenced++;
      perProperty.set(id, entry);
    }
    stats.contested.push(...contested(entity.id, all));
    if (entity.kind === 'person' && !all.some((c) => ['P569', 'P570'].includes(propertyIris(c.property).id))) stats.personsWithoutDates.push(entity.id);
    if (entity.kind === 'event') {
      const when = best([...entity.date, ...entity.start]).find((s) => s.snak.type === 'value');
      if (when?.snak.type === 'value') {
        const decade = `${Math.floor(gregorianYear(when.snak.value) / 10) * 10}s`;
        stats.eventsPerDecade[decade] = (stats.eventsPerDecade[decade] ?? 0) + 1;
      } else stats.undatedEvents.push(entity.id);
    }
  }
  stats.referencedShare = stats.statements ? stats.referencedStatements / stats.statements : 1;
  stats.properties = [...perProperty.values()].sort((a, b) => b.claims - a.claims || a.property.localeCompare(b.property));
  stats.eventsPerDecade = Object.fromEntries(Object.entries(stats.eventsPerDecade).sort(([a], [b]) => parseInt(a) - parseInt(b)));
  return stats;
}

function contested(entityId: string, claims: Claim[]): Stats['contested'] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const id = propertyIris(c.property).id;
    groups.set(id, [...(groups.get(id) ?? []), c]);
  }
  return [...groups].flatMap(([property, group]) => {
    const values = new Set(group.map((c) => canonicalJson(c.snak)));
    const ranked = group.some((c) => c.rank !== 'normal');
    // Several values are only a contest when sources disagree: ranked alternatives, or one-valued properties.
    if (values.size < 2 || !(ranked || SINGLE_VALUED.has(property))) return [];
    return [{ entity: entityId, property, values: values.size, ranks: group.map((c) => c.rank) }];
  });
}

const SINGLE_VALUED = new Set(['P569', 'P570', 'P19', 'P20', 'P22', 'P25', 'P585', 'P580', 'P582', 'P577']);

function labelOf(ctx: ReturnType<typeof createContext>, property: PropertyRef): string {
  if (property.ns === 'wd') return PROPERTY_LABELS[property.name];
  if (property.ns === 'll') return EXTENSION_TERMS[property.name].label;
  return property.info.labels.en ?? Object.values(property.info.labels)[0] ?? property.info.key;
}

function gregorianYear(t: TimePoint): number {
  return t.precision >= 11 ? gregorianFromJulianDay(firstDay(t)).year : firstYear(t);
}
