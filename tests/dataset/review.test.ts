// The checks of the dataset review (issue 14) as tests, so the faults it found cannot come back:
// causal links that only mean "came after", persons nothing is said about, places and organisations
// nothing refers to, and OCR slips kept as a person's names.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/load-dataset.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Entity } from '../../src/model/entity.js';
import { statementFields } from '../../src/model/entity.js';
import type { Statement } from '../../src/model/statement.js';

/** Words with which a quote states causation rather than sequence ("after", "following" are not here). */
export const CAUSAL = /\b(because|as a result|result(?:ed|s)? in|led to|lead to|caus(?:e|ed|es|ing)|due to|so|thus|therefore|in response|in order to|drove|forced|for violating|based on)\b/i;
/** A reference note that says why a link is causal: it quotes or names the causal wording. */
const EXPLAINS = /caus|because|reason|result|died of|states|penalty|purpose/i;
/** Reference notes that record a spelling as a misprint. */
const SLIP = /misprint|\bslip\b|\bOCR\b|typo/i;

type Ref = Statement<unknown>['references'][number];
const statements = (e: Entity) => statementFields(e).flatMap(([field, list]) => (list as Statement<unknown>[]).map((s) => ({ field, s })));
const itemValue = (s: Statement<unknown>) => (s.snak.type === 'value' && typeof s.snak.value === 'string' ? s.snak.value : undefined);

export function causalProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  for (const e of dataset.entities) {
    for (const { field, s } of statements(e)) {
      if (field !== 'causes' && field !== 'effects') continue;
      const ok = s.references.some((r: Ref) => CAUSAL.test(r.quote ?? '') || (r.note !== undefined && EXPLAINS.test(r.note)));
      if (!ok) problems.push(`${e.id}.${field} → ${itemValue(s)}`);
    }
  }
  return problems;
}

/** Persons with no statement of their own and no statement of another entity naming them. */
export function unsourcedPersons(dataset: Dataset): string[] {
  const named = new Set<string>();
  for (const e of dataset.entities) for (const { s } of statements(e)) {
    if (s.references.length === 0) continue;
    const v = itemValue(s);
    if (v !== undefined && v !== e.id) named.add(v);
  }
  return dataset.entities
    .filter((e) => e.kind === 'person')
    .filter((p) => !statements(p).some(({ s }) => s.references.length > 0) && !named.has(p.id))
    .map((p) => p.id);
}

/** Places and organisations that no other entity names, as a value or as a qualifier. */
export function unreferencedPlacesAndOrganizations(dataset: Dataset): string[] {
  const named = new Set<string>();
  for (const e of dataset.entities) for (const { s } of statements(e)) {
    for (const v of [itemValue(s), ...Object.values(s.qualifiers ?? {})]) {
      if (typeof v === 'string' && v !== e.id) named.add(v);
    }
  }
  return dataset.entities.filter((e) => (e.kind === 'place' || e.kind === 'organization') && !named.has(e.id)).map((e) => e.id);
}

/** Aliases (or labels) equal to a spelling a reference records as a misprint. */
export function slipAliases(dataset: Dataset): string[] {
  const slips = new Set<string>();
  for (const e of dataset.entities) for (const { s } of statements(e)) {
    for (const r of s.references) if (r.namedAs && r.note && SLIP.test(r.note)) slips.add(r.namedAs);
    const q = s.qualifiers as { namedAs?: string };
    // A qualifier namedAs counts when a reference note calls that quoted spelling a misprint ("Viady" is a misprint for Vlady).
    if (q?.namedAs && s.references.some((r: Ref) => r.note && SLIP.test(r.note) && r.note.includes(`"${q.namedAs}"`))) slips.add(q.namedAs);
  }
  const found: string[] = [];
  for (const e of dataset.entities) {
    const names = [...Object.values(e.aliases ?? {}).flat(), ...Object.values(e.labels ?? {})] as string[];
    for (const n of names) if (slips.has(n)) found.push(`${e.id}: "${n}"`);
  }
  return found;
}

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset('data');
});

describe('the dataset review (issue 14)', () => {
  it('gives every cause/effect link a quote with a causal word, or a note saying why it is causal', () => {
    expect(causalProblems(dataset)).toEqual([]);
  });

  it('has at least one sourced statement about or naming every person', () => {
    expect(unsourcedPersons(dataset)).toEqual([]);
  });

  it('has every place and organisation referred to by some other entity', () => {
    expect(unreferencedPlacesAndOrganizations(dataset)).toEqual([]);
  });

  it('keeps OCR slips out of names: a misprint recorded as namedAs is never an alias or label', () => {
    expect(slipAliases(dataset)).toEqual([]);
    // The three slips the review found are still recorded where they belong.
    const slips = dataset.entities.flatMap((e) => statements(e).flatMap(({ s }) => s.references.map((r: Ref) => r.namedAs))).filter(Boolean);
    expect(slips).toEqual(expect.arrayContaining(['Viady', 'YeItsin', 'Shinelyov']));
  });

  it('records the conflicts the review listed with ranks and reasons', () => {
    const get = (id: string) => dataset.entities.find((e) => e.id === id)! as unknown as Record<string, Statement<unknown>[]>;
    const departure = get('departure-from-the-soviet-union-1936');
    const france = departure.locations!.find((s) => itemValue(s) === 'france')!;
    expect(france.rank).toBe('deprecated');
    expect(france.rankReason).toMatch(/Brussels/);
    expect(departure.partOf![0]!.rankReason).toMatch(/escape/);
    const heir = get('lenins-heir').publicationDate!;
    expect(heir.map((s) => s.rank ?? 'normal').sort()).toEqual(['normal', 'preferred']);
    const joined = get('membership-bolshevik-party').start!;
    expect(joined).toHaveLength(3);
    expect(joined.every((s) => s.rankReason)).toBe(true);
    const anarchist = get('victor-serge-becomes-an-anarchist').locations!;
    expect(anarchist.map((s) => `${itemValue(s)}:${s.rank ?? 'normal'}`).sort()).toEqual(['brussels:preferred', 'paris:normal']);
    const separation = get('separation-of-serges-parents-1905').date!;
    expect(separation).toHaveLength(2);
  });
});
