// Messages a historian understands: our words with an example instead of zod's, "did you mean" for
// fields, concept keys, ids and sources, and every loader problem in one round with its line.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/did-you-mean.js';
import { formatIssue, type InputIssue } from '../../src/errors.js';
import { safeLoadDataset } from '../../src/load/load-dataset.js';
import { tempData } from '../helpers/temp-data.js';

async function issuesFor(files: Record<string, string | null>): Promise<InputIssue[]> {
  const result = await safeLoadDataset(await tempData(files));
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

const MANIFEST = `title: { en: Mini fixture }
description: { built from one short biography. }
baseIri: https://example.org/mini/
license: https://creativecommons.org/publicdomain/zero/1.0/
sources:
  - id: doc-a
    labels: { en: Document A }
    title: { text: Document A, lang: en }
    file: a.txt
    language: en
`;
const ref = 'references: [{ source: doc-a, quote: "q" }]';
const person = (lines: string) => `kind: person\nid: anna\nlabels: { en: Anna }\n${lines}`;

describe('the issue\'s own examples', () => {
  it('a description written as a bare text in braces: a language code is missing, said with an example', async () => {
    // { built from one short biography. } is YAML for a map whose one key is the text: zod said "Invalid key in record".
    const [issue] = await issuesFor({ 'dataset.yaml': MANIFEST });
    expect(issue).toMatchObject({ file: expect.stringMatching(/dataset\.yaml$/), line: 2, path: ['description', 'built from one short biography.'] });
    expect(issue!.message).toBe('"built from one short biography." is not a BCP 47 language tag such as en, fr, ru or ru-Latn; '
      + 'description is a map of language codes to text, such as "en: built from one short biography."');
    expect(issue!.message).not.toMatch(/Invalid key|record/);
  });

  it('a text where a map of languages belongs: what was given, what is expected, an example', async () => {
    // zod said "expected record, received string".
    const [issue] = await issuesFor({ 'anna.yaml': person('descriptions: built from one short biography.\n') });
    expect(formatIssue(issue!)).toMatch(/anna\.yaml:4: anna: descriptions: this is a text \("built from one short biography\."\); expected a map of language codes to text, such as "en: built from one short biography\."$/);
  });

  it('a date field gets a date example, a rank field its three choices', async () => {
    const issues = await issuesFor({ 'e.yaml': `kind: event\nid: e\ntype: arrest\nlabels: { en: E }\ndate:\n  - value: true\n    rank: best\n    ${ref}\n` });
    expect(issues.map(formatIssue)).toEqual([
      // A date is a text or a number in one of several forms: zod tried them all ("invalid_union").
      expect.stringMatching(/e\.yaml:6: e: date\[0\]\.value: true is none of the forms this field takes; expected a date such as 1890-12-30, 1890-12 or 1890/),
      expect.stringMatching(/e\.yaml:7: e: date\[0\]\.rank: "best" is not one of the choices: write one of preferred, normal, deprecated \(docs\/glossary\.md#rank\)$/),
    ]);
  });

  it('a value where a list of statements belongs: the statement to write around it', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person('sexOrGender: female\n') });
    expect(issue).toMatchObject({ line: 4, entity: 'anna', path: ['sexOrGender'] });
    expect(issue!.message).toMatch(/^this is a text \("female"\), but sexOrGender takes a list of statements, each with its references: write sexOrGender: \[\{ value: female, references: /);
  });

  it('an empty quote, an unknownValue that is not true, a statement that is not a map', async () => {
    const issues = await issuesFor({ 'anna.yaml': person(`father:\n  - unknownValue: yes\n    references: [{ source: doc-a, quote: "" }]\npseudonyms: [X]\n`) });
    expect(issues.map((i) => `${i.line} ${i.message}`)).toEqual([
      '5 write true here, not "yes"',
      '6 this text is empty; expected the words of the source, verbatim, such as "born in Brussels"',
      expect.stringMatching(/^7 this is a text \("X"\); expected a statement such as \{ value: …, references: \[ … \] \}, the value a text, such as Le Rétif$/),
    ]);
  });
});

describe('did you mean', () => {
  it('a misspelled field, against the fields that kind takes', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`occupation:\n  - value: writer\n    ${ref}\n`) });
    expect(issue).toMatchObject({ line: 4, message: 'unknown field "occupation" (did you mean "occupations"?) at the top level' });
  });

  it('a misspelled field inside a reference, against the reference fields', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`pseudonyms:\n  - value: X\n    references: [{ source: doc-a, quote: q, nte: Old Style }]\n`) });
    // A reference takes property keys too (P248 …): an unknown key there is an unknown property, with the near field named.
    expect(issue).toMatchObject({ line: 6, path: ['pseudonyms', 0, 'references', 0, 'nte'] });
    expect(issue!.message).toMatch(/"nte" is neither a field here .* Did you mean the field note\?/);
  });

  it('a misspelled concept key, entity id and source id', async () => {
    const issues = await issuesFor({ 'anna.yaml': person(`occupations:\n  - value: writter\n    ${ref}\nfather:\n  - value: ivann\n    references: [{ source: doc-b, quote: q }]\n`) });
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/anna\.yaml:5: anna: occupations\[0\]\.value: "writter" is not an entity, a concept or a Wikidata id\. Did you mean "writer"\?$/),
      expect.stringMatching(/anna\.yaml:8: anna: father\[0\]\.value: "ivann" is not an entity, a concept or a Wikidata id\. Did you mean "ivan"\?$/),
      expect.stringMatching(/anna\.yaml:9: anna: father\[0\]\.references\[0\]\.source: "doc-b" is not a source in the manifest \(sources: doc-a\)\. Did you mean "doc-a"\?$/),
    ]);
  });

  it('an event type of another group is still named when nothing of the right group is near', async () => {
    const [issue] = await issuesFor({ 'e.yaml': 'kind: event\nid: e\ntype: arest\nlabels: { en: E }\n' });
    expect(issue!.message).toMatch(/"arest" is not an entity, a concept or a Wikidata id\. Did you mean "arrest"\?/);
  });

  it('says nothing when nothing is near', async () => {
    const [issue] = await issuesFor({ 'anna.yaml': person(`father:\n  - value: zebediah\n    ${ref}\n`) });
    expect(issue!.message).toBe('"zebediah" is not an entity, a concept or a Wikidata id');
  });

  it('counts a swap of two letters as one slip, and keeps short words strict', () => {
    expect(editDistance('ocucpations', 'occupations')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4); // stops once past the limit
    expect(closest('ivann', ['ivan', 'ivana', 'boris'])).toEqual(['ivan', 'ivana']);
    expect(closest('box', ['fox', 'bob', 'cat'])).toEqual(['bob', 'fox']);
    expect(closest('cat', ['dog'])).toEqual([]);
    expect(didYouMean('Birth-Name', ['birthName'])).toBe(' Did you mean "birthName"?');
  });
});

describe('every loader problem in one round, each with its line', () => {
  it('a schema problem in one file and a reference to nothing in another', async () => {
    const issues = await issuesFor({
      'anna.yaml': person(`father:\n  - value: borys\n    ${ref}\n`),
      'boris.yaml': 'kind: person\nid: boris\nlabels: { en: Boris }\nbirthday: 1890\n',
    });
    expect(issues.map((i) => [i.code, i.file.replace(/^.*\//, ''), i.line, i.entity])).toEqual([
      ['unknown_reference', 'anna.yaml', 5, 'anna'],
      ['schema', 'boris.yaml', 4, 'boris'],
    ]);
    // boris failed its own schema but exists: borys → boris is suggested, and no one's reference to boris is reported.
    expect(issues[0]!.message).toMatch(/Did you mean "boris"\?/);
  });

  it('a reference to an entity whose own file has problems is not reported as a reference to nothing', async () => {
    const issues = await issuesFor({
      'anna.yaml': person(`father:\n  - value: boris\n    ${ref}\n`),
      'boris.yaml': 'kind: person\nid: boris\nlabels: { en: Boris }\nbirthday: 1890\n',
    });
    expect(issues).toEqual([expect.objectContaining({ file: expect.stringMatching(/boris\.yaml$/), line: 4 })]);
  });

  it('a problem of the manifest\'s concepts and of a concept file get their lines', async () => {
    const issues = await issuesFor({
      'dataset.yaml': MANIFEST.replace('description: { built from one short biography. }\n', '') + 'concepts:\n  shoemaker: { group: occupation, label: shoemaker, broader: craftsmn }\n',
      'tailor.yaml': 'kind: concept\nid: tailor\ngroup: occupation\nlabel: tailor\nbroader: craftsmn\n',
    });
    expect(issues.map((i) => [i.file.replace(/^.*\//, ''), i.line, i.path.join('.')])).toEqual([
      ['dataset.yaml', 11, 'concepts.shoemaker.broader'],
      ['tailor.yaml', 5, 'broader'],
    ]);
  });
});
