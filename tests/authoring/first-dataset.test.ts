// Issue 15's "done when": a small dataset built from the `init` and `new` templates alone, filled in as
// a historian fills them (uncommenting fields, replacing each <…>), validates and exports.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { fillTemplate } from './template-fill.js';

const TEXT = `Anna Karlsson, a printer, was born in 1880 in Malmö. She joined the Social Democratic Party in
1905 and left it in 1917. Her pamphlet On Type appeared in 1910.
`;

describe('a first dataset from the templates', () => {
  it('init, new and the placeholders filled in: validate and export pass, and the events give Anna her facts', async () => {
    const dir = path.join(await tempDir(), 'data');
    const cli = async (...args: string[]) => {
      const run = await runCli(...args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      return run;
    };
    await cli('init', dir);
    await cli('new', 'source', 'anna-notes', '--data', dir);
    await writeFile(path.join(dir, 'sources/anna-notes.txt'), TEXT);
    const fill = async (file: string, uncomment: string[], values: Record<string, string | string[]>, twice: string[] = []) => {
      const full = path.join(dir, file);
      // A template cites the dataset's first source (init's example); Anna's facts come from her notes.
      const filled = fillTemplate(await readFile(full, 'utf8'), uncomment, values, twice);
      await writeFile(full, file === 'dataset.yaml' ? filled : filled.replaceAll('source: example-source', 'source: anna-notes'));
    };
    await fill('dataset.yaml', [], { 'short name of the source': 'Notes on Anna Karlsson', 'title as printed': 'Anna Karlsson', author: 'A. Historian' });

    const quote = (...quotes: string[]) => ({ 'the words of the source': quotes, 'source id': 'anna-notes' });
    await cli('new', 'place', 'malmo', '--data', dir);
    await fill('places/malmo.yaml', [], { 'placeType key': 'city', name: 'Malmö', 'a few words on who or what this is': 'city in Sweden' });
    await cli('new', 'organization', 'sdp', '--data', dir);
    await fill('organizations/sdp.yaml', [], { 'organizationType key': 'political-party', name: 'Social Democratic Party', 'a few words on who or what this is': 'a party' });
    await cli('new', 'person', 'anna-karlsson', '--data', dir);
    await fill('persons/anna-karlsson.yaml', ['sexOrGender'], { name: 'Anna Karlsson', 'a few words on who or what this is': 'printer', 'gender key': 'female', ...quote('She joined') });
    await cli('new', 'event', 'birth-of-anna', '--data', dir);
    await fill('events/birth-of-anna.yaml', ['date', 'locations', 'participants'], {
      'eventType key': 'birth', name: 'Birth of Anna Karlsson', 'a few words on who or what this is': 'her birth', date: '1880',
      'place id': 'malmo', 'person id': 'anna-karlsson', ...quote('was born in 1880', 'born in 1880 in Malmö', 'Anna Karlsson, a printer, was born'),
    });
    await cli('new', 'event', 'anna-in-the-party', '--data', dir);
    await fill('events/anna-in-the-party.yaml', ['start', 'end', 'participants'], {
      'eventType key': 'membership', name: 'Anna Karlsson in the party', 'a few words on who or what this is': 'membership', date: ['1905', '1917'],
      'person id': ['anna-karlsson', 'sdp'], ...quote('joined the Social Democratic Party in 1905', 'left it in 1917', 'She joined', 'the Social Democratic Party'),
    }, ['participants']);
    await cli('new', 'work', 'on-type', '--data', dir);
    await fill('works/on-type.yaml', ['authors', 'forms', 'publicationDate'], {
      'workType key': 'written-work', name: 'On Type', 'a few words on who or what this is': 'a pamphlet', 'person id': 'anna-karlsson',
      'workForm key': 'pamphlet', date: '1910', ...quote('Her pamphlet On Type', 'Her pamphlet', 'appeared in 1910'),
    });

    const validate = await cli('validate', '--data', dir);
    expect(validate.stdout).toContain('full profile');
    const out = path.join(await tempDir(), 'dumps');
    await cli('export', '--data', dir, '--out', out);
    const nt = await readFile(path.join(out, 'truthy.nt'), 'utf8');
    const anna = '<https://example.org/my-dataset/entity/anna-karlsson>';
    expect(nt).toContain(`${anna} <http://www.wikidata.org/prop/direct/P569> "1880-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`);
    expect(nt).toContain(`${anna} <http://www.wikidata.org/prop/direct/P19> <https://example.org/my-dataset/entity/malmo> .`);
    expect(nt).toContain(`${anna} <http://www.wikidata.org/prop/direct/P102> <https://example.org/my-dataset/entity/sdp> .`);
    expect(nt).toContain(`<https://example.org/my-dataset/entity/on-type> <http://www.wikidata.org/prop/direct/P50> ${anna} .`);
  }, 180_000); // sixteen runs of the CLI
});
