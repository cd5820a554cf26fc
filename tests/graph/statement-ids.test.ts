// Statement IRIs survive edits, as Wikibase GUIDs do: changing a statement's references, qualifiers,
// rank or rank reason keeps its IRI; an `id:` in the data keeps it even when the value changes.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const IVAN = 'https://example.org/mini/entity/ivan';

async function statementsOf(files: Record<string, string | null>, pid: string): Promise<string[]> {
  const quads = buildGraph(await loadDataset(await tempData(files)), { profile: 'full' });
  return quads.filter((q) => q.subject.value === IVAN && q.predicate.value === N.p + pid).map((q) => q.object.value).sort();
}

const pseudonym = (statement: string) => `kind: person\nid: ivan\nlabels: { en: Ivan Petrov }\npseudonyms:\n${statement}`;
const birth = (dateStatement: string) => `kind: event\nid: ivan-birth\ntype: birth\nlabels: { en: birth of Ivan }
date:\n${dateStatement}participants:\n  - value: ivan\n    references: [{ source: doc-a, quote: "Ivan was born" }]\n`;

describe('statement IRIs', () => {
  it('stay the same when references, qualifiers, rank and rank reason change', async () => {
    const before = await statementsOf({ 'person.yaml': pseudonym('  - value: Le Rétif\n    references: [{ source: doc-a, quote: "pen name Le Rétif", at: "para 1" }]\n') }, 'P742');
    const after = await statementsOf({ 'person.yaml': pseudonym('  - value: Le Rétif\n    rank: preferred\n    rankReason: the author says so\n    qualifiers: { startTime: 1909 }\n    references: [{ source: doc-a, quote: "pen name Le Rétif", at: "para 2" }, { source: doc-a, quote: "Le Rétif" }]\n') }, 'P742');
    expect(before).toHaveLength(1);
    expect(after).toEqual(before);
  });

  it('stay the same for a derived statement when the event statement\'s references change', async () => {
    const before = await statementsOf({ 'birth.yaml': birth('  - value: 1880\n    references: [{ source: doc-a, quote: "born in 1880" }]\n') }, 'P569');
    const after = await statementsOf({ 'birth.yaml': birth('  - value: 1880\n    rank: preferred\n    references: [{ source: doc-a, quote: "born in 1880", at: "p. 3" }]\n') }, 'P569');
    expect(before).toHaveLength(1);
    expect(after).toEqual(before);
  });

  it('change with the value, unless the statement has an id', async () => {
    const a = await statementsOf({ 'person.yaml': pseudonym('  - value: Le Rétif\n    references: [{ source: doc-a, quote: "q" }]\n') }, 'P742');
    const b = await statementsOf({ 'person.yaml': pseudonym('  - value: Le Retif\n    references: [{ source: doc-a, quote: "q" }]\n') }, 'P742');
    expect(b).not.toEqual(a);
    const c = await statementsOf({ 'person.yaml': pseudonym('  - id: pen-name-1\n    value: Le Rétif\n    references: [{ source: doc-a, quote: "q" }]\n') }, 'P742');
    const d = await statementsOf({ 'person.yaml': pseudonym('  - id: pen-name-1\n    value: Le Retif\n    references: [{ source: doc-a, quote: "q" }]\n') }, 'P742');
    expect(c).toEqual([`https://example.org/mini/statement/ivan-pen-name-1`]);
    expect(d).toEqual(c);
  });

  it('keep a derived statement\'s IRI through a change of value when the event statement has an id', async () => {
    const a = await statementsOf({ 'birth.yaml': birth('  - id: B1\n    value: 1880\n    references: [{ source: doc-a, quote: "born in 1880" }]\n') }, 'P569');
    const b = await statementsOf({ 'birth.yaml': birth('  - id: B1\n    value: 1881\n    references: [{ source: doc-a, quote: "born in 1881" }]\n') }, 'P569');
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
  });

  it('do not depend on the base IRI or on minting Wikidata IRIs (a QID added to one entity keeps the others\' links)', async () => {
    const town = `kind: place\nid: town\nqid: Q1489\ntype: city\nlabels: { en: Town }\n`;
    const dataset = await loadDataset(await tempData({ 'town.yaml': town }));
    const tails = (quads: ReturnType<typeof buildGraph>) => quads.filter((q) => q.predicate.value.startsWith(N.p) && /\/statement\//.test(q.object.value))
      .map((q) => q.object.value.replace(/^.*\/statement\//, '')).sort();
    const plain = tails(buildGraph(dataset, { profile: 'full' }));
    expect(plain.length).toBeGreaterThan(10);
    expect(tails(buildGraph(dataset, { profile: 'full', baseIri: 'https://example.com/other/' }))).toEqual(plain);
    expect(tails(buildGraph(dataset, { profile: 'full', mintWikidataIris: true }))).toEqual(plain);
  });

  it('differ for one value given twice (two sources kept apart)', async () => {
    const two = await statementsOf({ 'person.yaml': pseudonym('  - value: X\n    references: [{ source: doc-a, quote: "a" }]\n  - value: X\n    references: [{ source: doc-a, quote: "b" }]\n') }, 'P742');
    expect(new Set(two).size).toBe(2);
  });

  it('refuses statement ids of two entities that would give one IRI', async () => {
    const a = `kind: person\nid: ivan-p\nlabels: { en: A }\npseudonyms:\n  - id: x-1\n    value: X\n    references: [{ source: doc-a, quote: "a" }]\n`;
    const b = `kind: person\nid: ivan-p-x\nlabels: { en: B }\npseudonyms:\n  - id: '1'\n    value: Y\n    references: [{ source: doc-a, quote: "b" }]\n`;
    const result = await safeLoadDataset(await tempData({ 'a.yaml': a, 'b.yaml': b }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'duplicate_id', entity: 'ivan-p-x', path: ['pseudonyms', 0, 'id'], message: expect.stringMatching(/statement\/ivan-p-x-1, which ivan-p pseudonyms\[0\] has too/) });
  });

  it('refuses a statement id used twice in one entity, or one that is not a name', async () => {
    const dup = await safeLoadDataset(await tempData({ 'person.yaml': pseudonym('  - id: s1\n    value: X\n    references: [{ source: doc-a, quote: "a" }]\n  - id: s1\n    value: Y\n    references: [{ source: doc-a, quote: "b" }]\n') }));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.issues[0]).toMatchObject({ code: 'duplicate_id', entity: 'ivan', path: ['pseudonyms', 1, 'id'], message: expect.stringMatching(/statement id "s1" is already used by pseudonyms\[0\]/) });
    const bad = await safeLoadDataset(await tempData({ 'person.yaml': pseudonym('  - id: "a b/c"\n    value: X\n    references: [{ source: doc-a, quote: "a" }]\n') }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ entity: 'ivan', path: ['pseudonyms', 0, 'id'], message: expect.stringMatching(/letters, digits and dashes/) });
  });
});
