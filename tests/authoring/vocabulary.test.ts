// The vocabulary reference (src/authoring/vocabulary.ts) covers the model whole, and says of event
// types what docs/data-format.md says of them.
import { describe, expect, it } from 'vitest';
import { lookUp, vocabulary } from '../../src/authoring/vocabulary.js';
import { FIELDS } from '../../src/model/entity.js';
import { CONCEPTS } from '../../src/vocab/concepts.js';

const sections = vocabulary();
const section = (title: string) => sections.find((s) => s.title === title)!;
const entry = (title: string, name: string) => section(title).entries.find((e) => e.name === name)?.text;

describe('vocabulary reference', () => {
  it('has every field of every kind, and every built-in concept key once', () => {
    for (const kind of ['person', 'work', 'event', 'place', 'organization'] as const) {
      const names = section(`${kind} fields`).entries.map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(['id', 'labels', 'claims', ...Object.keys(FIELDS[kind])]));
    }
    const conceptEntries = sections.filter((s) => s.title.endsWith(' concepts')).flatMap((s) => s.entries.map((e) => e.name));
    expect(conceptEntries.sort()).toEqual(Object.keys(CONCEPTS).sort());
  });

  it('gives each field its property, and each concept its Wikidata class', () => {
    expect(entry('person fields', 'father')).toBe('P22 (father): a person');
    expect(entry('event fields', 'locations')).toMatch(/^P276 \(location\)/);
    expect(entry('occupation concepts', 'writer')).toBe('"writer" — wd:Q36180');
    expect(entry('occupation concepts', 'novelist')).toBe('"novelist" — subclass of writer (wd:Q36180)');
  });

  it('gives each reference field the property it is written as', () => {
    // README: "pr:P248 stated in, pr:P1683 quotation, llpr:locator"; render-claims.ts for the others.
    expect(section('reference fields').entries.map((e) => `${e.name}: ${e.text}`)).toEqual([
      'source: P248 (stated in)', 'quote: P1683 (quotation)', 'quoteLang: the language of the P1683 (quotation), when not the source\'s',
      'at: llx:locator (locator)', 'namedAs: P1932 (object named as)', 'note: llx:referenceNote (reference note)', 'url: P854 (reference URL)',
    ]);
  });

  it('says what each event type gives its subject, as docs/data-format.md does', () => {
    // "the birth above gives Victor Serge his date and place of birth (P569, P19)"
    expect(entry('event types', 'birth')).toBe('P569 (date of birth) ← date; P19 (place of birth) ← locations');
    // "imprisonment gives place of detention (P2632) with start and end"
    expect(entry('event types', 'imprisonment')).toMatch(/^P2632 \(place of detention\) ← locations \[qualifiers: .*P580 start time ← start, P582 end time ← end\]$/);
    // A wedding's date is when the marriage starts (graph/derive.ts).
    expect(entry('event types', 'marriage')).toMatch(/^P26 \(spouse\) ← participants: another person \[qualifiers: P580 start time ← date/);
    expect(entry('event types', 'arrest')).toMatch(/^P793 \(significant event\) ← the event itself/);
    // A death gives cause and manner of death; a founding gives the organisation its inception and founders.
    expect(entry('event types', 'death')).toContain('P509 (cause of death) ← causeOfDeath; P1196 (manner of death) ← mannerOfDeath');
    expect(entry('event types', 'founding')).toContain('on the organisation: P571 (inception) ← date; on the organisation: P112 (founded by) ← participants with the role founder');
    expect(entry('event types', 'dissolution')).toContain('on the organisation: P576 (dissolved, abolished or demolished date) ← date');
  });

  it('looks up a word in names, properties and labels', () => {
    expect(lookUp(sections, 'P1399').flatMap((s) => s.entries.map((e) => e.name))).toEqual(['charges', 'conviction']);
    expect(lookUp(sections, 'no such word')).toEqual([]);
  });
});
