// A dataset concept that names its Wikidata item (`qid:`) is that item (wd:Q…) wherever the data uses it,
// with its label kept for readers, from a concept file or the manifest.
import { describe, expect, it } from 'vitest';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { formatIssue } from '../../src/errors.js';
import { tempData } from '../helpers/temp-data.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { expectValid, miniGraphs, MINI_BASE, MINI_ENTITY, ref, statementValues, values } from '../helpers/statements.js';

// Q35760 "essay": shared/wikidata-rdf.md §4 (VERIFIED-3P).
const ESSAY = 'kind: concept\nid: essay-form\ngroup: workForm\nlabel: essay\nqid: Q35760\n';
const WORK = `kind: work\nid: notes\ntype: written-work\nlabels: { en: Notes }
forms:\n  - value: essay-form\n    ${ref('an essay')}\n`;

describe('a dataset concept that is a Wikidata item', () => {
  it('is written as that item wherever it is used, with its label, and never under the dataset\'s concept IRIs', async () => {
    const { dataset, truthy, full } = await miniGraphs({ 'essay.yaml': ESSAY, 'notes.yaml': WORK });
    const essay = `${N.wd}Q35760`;
    expect(values(truthy, `${MINI_ENTITY}notes`, N.wdt + 'P7937')).toEqual([essay]);
    expect(statementValues(full, `${MINI_ENTITY}notes`, 'P7937')).toEqual([essay]);
    for (const store of [truthy, full]) {
      expect(values(store, essay, N.rdfs + 'label')).toEqual(['essay']);
      expect(store.getQuads(`${MINI_BASE}concept/essay-form`, null, null, null)).toEqual([]);
      expect(store.getQuads(null, null, `${MINI_BASE}concept/essay-form`, null)).toEqual([]);
    }
    await expectValid(dataset);
  });

  it('works from the manifest too', async () => {
    const manifest = (await import('node:fs/promises')).readFile('tests/fixtures/mini/dataset.yaml', 'utf8');
    const withConcept = (await manifest) + '  essay-form: { group: workForm, label: essay, qid: Q35760 }\n';
    const { truthy } = await miniGraphs({ 'dataset.yaml': withConcept, 'notes.yaml': WORK });
    expect(values(truthy, `${MINI_ENTITY}notes`, N.wdt + 'P7937')).toEqual([`${N.wd}Q35760`]);
  });

  it('cannot have a broader concept as well: its classes are Wikidata\'s', async () => {
    const result = await safeLoadDataset(await tempData({ 'essay.yaml': ESSAY + 'broader: written-work\n', 'notes.yaml': WORK }));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toMatch(/essay\.yaml.*broader: a concept that is a Wikidata item \(qid\) has its classes on Wikidata: give qid or broader, not both/);
  });
});
