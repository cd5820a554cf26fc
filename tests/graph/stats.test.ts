// Coverage statistics of a dataset, and the stats command's exit code when a claim cites nothing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { datasetStats } from '../../src/graph/stats.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { MINI, tempData } from '../helpers/temp-data.js';

describe('datasetStats', () => {
  it('counts the mini fixture', async () => {
    const s = datasetStats(await loadDataset(MINI));
    expect(s.entities).toEqual({ source: 1, person: 1, event: 2, place: 1 });
    // ivan: 4 typed + 4 derived (2 birth dates, birth place, the arrest); birth event 4; arrest 3; town 1
    expect(s).toMatchObject({ statements: 16, derivedStatements: 4, referencedStatements: 16, referencedShare: 1 });
    expect(s.contested.map((c) => `${c.entity} ${c.property}`).sort()).toEqual(['ivan P569', 'ivan-birth P585']);
    expect(s.eventsPerDecade).toEqual({ '1870s': 1, '1930s': 1 });
    expect(s.personsWithoutDates).toEqual([]);
  });

  it('finds statements without a reference, and the CLI exits 1 for them', async () => {
    const anna = 'kind: person\nid: anna\nlabels: { en: Anna }\npseudonyms:\n  - value: Nyusha\n';
    const dir = await tempData({ 'anna.yaml': anna });
    const s = datasetStats(await loadDataset(dir));
    expect(s.referencedStatements).toBe(s.statements - 1);
    expect(s.personsWithoutDates).toEqual(['anna']);
    expect(s.unsourced).toEqual([{ file: expect.stringMatching(/anna\.yaml$/), entity: 'anna', field: 'pseudonyms[0]' }]);
    const run = promisify(execFile)(process.execPath, ['dist/cli/main.js', 'stats', '--data', dir]);
    await expect(run).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/Statements with a reference: 16 of 17[\s\S]*Statements that cite no source: 1\n  .*anna\.yaml:5: anna: pseudonyms\[0\]: this statement cites no source \(value: Nyusha\)/) });
  });

  it('validate and export name each statement that cites no source, as a warning', async () => {
    const dir = await tempData({ 'anna.yaml': 'kind: person\nid: anna\nlabels: { en: Anna }\npseudonyms:\n  - value: Nyusha\n' });
    for (const command of [['validate'], ['export', '--out', `${dir}/out`]]) {
      const { stderr } = await promisify(execFile)(process.execPath, ['dist/cli/main.js', ...command, '--data', dir]);
      expect(stderr).toMatch(/Warning: 1 statement cites no source:\n  .*anna\.yaml:5: anna: pseudonyms\[0\]: this statement cites no source \(value: Nyusha\)/);
    }
  });
});

describe('claims per property', () => {
  it('counts every property, declared and built in, with its datatype and how many claims cite a source', async () => {
    const { loadDataset } = await import('../../src/load/load-dataset.js');
    const stats = datasetStats(await loadDataset('tests/fixtures/open-values'));
    const byId = Object.fromEntries(stats.properties.map((p) => [p.property, p]));
    expect(byId.P625).toEqual({ property: 'P625', label: 'coordinate location', datatype: 'globe-coordinate', claims: 2, referenced: 2 });
    expect(byId.printRun).toEqual({ property: 'printRun', label: 'print run', datatype: 'quantity', claims: 1, referenced: 1 });
    expect(byId.P214?.datatype).toBe('external-id');
    expect(stats.properties.reduce((n, p) => n + p.claims, 0)).toBe(stats.statements);
  });
});
