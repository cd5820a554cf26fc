// **duplicates** — entities that are likely one: same kind, same name once case, accents, punctuation
// and word order are set aside ("Serge, Victor" = "Victor Serge"), and dates that could be the same
// (a person's birth and death years, an event's or a work's dates; missing dates never disagree).
// Entities are grouped by that key, so the cost grows with the dataset, not with its square.
import type { InputIssue } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import type { Entity } from '../model/entity.js';
import type { Statement } from '../model/statement.js';
import { firstDay, lastDay, type TimePoint } from '../model/time.js';

/** A group of one name this large is a common name, not a duplicate: only its first pairs are named. */
const MAX_PAIRS_PER_NAME = 10;

export function likelyDuplicates(dataset: Dataset): InputIssue[] {
  const groups = new Map<string, Entity[]>();
  for (const entity of dataset.entities) {
    for (const key of new Set(Object.values(entity.labels).map(nameKey))) {
      if (!key) continue;
      const group = groups.get(`${entity.kind}\u0000${key}`);
      if (group) group.push(entity);
      else groups.set(`${entity.kind}\u0000${key}`, [entity]);
    }
  }
  const dates = lifeDates(dataset);
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const group of groups.values()) {
    let pairs = 0;
    for (let j = 1; j < group.length && pairs < MAX_PAIRS_PER_NAME; j++) {
      for (let i = 0; i < j && pairs < MAX_PAIRS_PER_NAME; i++) {
        const [a, b] = [group[i]!, group[j]!];
        const pair = `${a.id}\u0000${b.id}`;
        if (seen.has(pair) || !datesAgree(dates(a), dates(b))) continue;
        seen.add(pair);
        pairs++;
        issues.push({ code: 'likely_duplicate', file: dataset.files.get(b.id) ?? '?', entity: b.id, path: ['labels'],
          message: `${b.id} and ${a.id} (${dataset.files.get(a.id) ?? '?'}) look like the same ${b.kind}: the same name ("${label(b)}", "${label(a)}") and no dates that disagree; merge them, or tell them apart by a date` });
      }
    }
  }
  return issues;
}

/** "Serge, Victor" and "Victor SERGE" → "serge victor". */
export function nameKey(name: string): string {
  return (name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).sort().join(' ');
}

const label = (e: Entity) => e.labels.en ?? Object.values(e.labels)[0] ?? e.id;

type Span = [number, number];
/** Dates that identify an entity, by what they are (birth, death, date …): a list of day spans each. */
type Dates = Map<string, Span[]>;

function datesAgree(a: Dates, b: Dates): boolean {
  for (const [what, spans] of a) {
    const others = b.get(what);
    if (!others?.length || !spans.length) continue;
    if (!spans.some(([from, to]) => others.some(([f, t]) => from <= t && f <= to))) return false;
  }
  return true;
}

/** A person's birth and death (from the events where the person takes part without a role), an
 *  event's date, start and end, a work's publication date; deprecated values left out. */
function lifeDates(dataset: Dataset): (e: Entity) => Dates {
  const persons = new Map<string, Dates>();
  for (const event of dataset.entities) {
    if (event.kind !== 'event' || (event.type !== 'birth' && event.type !== 'death')) continue;
    for (const p of event.participants) {
      if (p.snak.type !== 'value' || p.qualifiers.role || p.rank === 'deprecated') continue;
      const dates = persons.get(p.snak.value) ?? new Map<string, Span[]>();
      dates.set(event.type, [...(dates.get(event.type) ?? []), ...spans(event.date)]);
      persons.set(p.snak.value, dates);
    }
  }
  return (e) => {
    if (e.kind === 'person') return persons.get(e.id) ?? new Map();
    if (e.kind === 'event') return new Map([['date', spans(e.date)], ['start', spans(e.start)], ['end', spans(e.end)]]);
    if (e.kind === 'work') return new Map([['published', spans(e.publicationDate)]]);
    return new Map();
  };
}

const spans = (statements: Statement<TimePoint>[]): Span[] => statements
  .filter((s) => s.rank !== 'deprecated' && s.snak.type === 'value')
  .map((s) => { const t = (s.snak as { value: TimePoint }).value; return [firstDay(t), lastDay(t)]; });
