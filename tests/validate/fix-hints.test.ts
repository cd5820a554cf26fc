// Each SHACL finding comes with a sentence on how to fix it in the data files.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/load-dataset.js';
import { loadDatasetShapes, loadShapes } from '../../src/load/load-shapes.js';
import { validateDataset } from '../../src/pipeline.js';
import { HINTS } from '../../src/validate/fix-hints.js';
import { formatReport } from '../../src/validate/report.js';
import { NAMESPACES } from '../../src/vocab/namespaces.js';
import { tempData } from '../helpers/temp-data.js';

const ref = (quote: string) => `references: [{ source: doc-a, quote: "${quote}" }]`;
const boris = 'kind: person\nid: boris\nlabels: { en: Boris }\n';
const anna = `kind: person\nid: anna\nlabels: { en: Anna }\nfather:\n  - value: ivan\n    ${ref('Ivan was her father')}\n  - value: boris\n    ${ref('Boris was her father')}\n`;

describe('fix hints', () => {
  it('two best-ranked fathers: which statements compete, in which file, and how ranks settle it', async () => {
    const dataset = await loadDataset(await tempData({ 'anna.yaml': anna, 'boris.yaml': boris }));
    const report = await validateDataset(dataset, { profile: 'truthy' });
    const [father] = report.results.filter((r) => r.path === 'wdt:P22');
    expect(father).toMatchObject({ entity: { id: 'anna' }, message: 'one best-ranked father, a person' });
    expect(father!.hint).toMatch(/^anna has 2 best-ranked values for father \(boris, ivan\), and takes one: they are the father statements of anna in \S*anna\.yaml; /);
    expect(father!.hint).toMatch(/rank: preferred with a rankReason, or the weaker one rank: deprecated, or remove a statement that is wrong \(ranks: docs\/glossary\.md#rank\)$/);
    expect(formatReport(report)).toMatch(/wdt:P22: one best-ranked father, a person\n  how to fix: anna has 2 best-ranked values/);
  });

  it('a fact that events give points to the events', async () => {
    // A second birth event with a date of normal rank: Ivan gets two best-ranked birth dates.
    const birth2 = `kind: event\nid: ivan-birth-2\ntype: birth\nlabels: { en: another birth of Ivan }\ndate:\n  - value: 1881\n    ${ref('born in 1881')}\nparticipants:\n  - value: ivan\n    ${ref('Ivan was born')}\n`;
    const birth = `kind: event\nid: ivan-birth\ntype: birth\nlabels: { en: birth of Ivan }\ndate:\n  - value: 1880\n    ${ref('born in 1880')}\nparticipants:\n  - value: ivan\n    ${ref('Ivan was born')}\n`;
    const dataset = await loadDataset(await tempData({ 'birth.yaml': birth, 'birth-2.yaml': birth2 }));
    const report = await validateDataset(dataset, { profile: 'truthy' });
    const [born] = report.results.filter((r) => r.path === 'wdt:P569');
    expect(born!.hint).toMatch(/^ivan has 2 best-ranked values for date of birth \("1880-01-01T00:00:00Z", "1881-01-01T00:00:00Z"\), and takes one: they come from ivan's events/);
  });

  it('a field given an entity of the wrong kind names the value by id and the kind wanted', async () => {
    const wrong = `kind: person\nid: anna\nlabels: { en: Anna }\nclaims:\n  P737: [{ value: town, ${ref('Town inspired her')} }]\n`;
    const report = await validateDataset(await loadDataset(await tempData({ 'anna.yaml': wrong })), { profile: 'truthy' });
    const [influence] = report.results.filter((r) => r.path === 'wdt:P737');
    expect(influence!.hint).toBe('town is not a person: point influencedBy (P737) at a person (a file with kind: person) or at the Wikidata id of one; if the value is right, the statement belongs in another field');
  });

  it('has a hint for every constraint our shapes and the generated property shapes use', async () => {
    // The parameters that make a constraint component (SHACL §4); sh:path, sh:message, targets … do not.
    const PARAMETERS: Record<string, string> = {
      class: 'Class', datatype: 'Datatype', nodeKind: 'NodeKind', minCount: 'MinCount', maxCount: 'MaxCount',
      minExclusive: 'MinExclusive', minInclusive: 'MinInclusive', maxExclusive: 'MaxExclusive', maxInclusive: 'MaxInclusive',
      minLength: 'MinLength', maxLength: 'MaxLength', pattern: 'Pattern', languageIn: 'LanguageIn', uniqueLang: 'UniqueLang',
      equals: 'Equals', disjoint: 'Disjoint', lessThan: 'LessThan', lessThanOrEquals: 'LessThanOrEquals', not: 'Not',
      and: 'And', or: 'Or', xone: 'Xone', node: 'Node', qualifiedMinCount: 'QualifiedMinCount',
      qualifiedMaxCount: 'QualifiedMaxCount', closed: 'Closed', hasValue: 'HasValue', in: 'In',
    };
    const dataset = await loadDataset('tests/fixtures/open-values');
    const quads = [...await loadShapes(), ...await loadDatasetShapes(dataset.manifest)];
    const used = new Set(quads.map((q) => q.predicate.value).filter((p) => p.startsWith(NAMESPACES.sh))
      .map((p) => PARAMETERS[p.slice(NAMESPACES.sh.length)]).filter((c): c is string => !!c));
    expect(used.size).toBeGreaterThan(10);
    for (const component of used) expect(Object.keys(HINTS), component).toContain(`${component}ConstraintComponent`);
  });
});
