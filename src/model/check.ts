// **check** — what a schema alone cannot see: duplicate ids, references to nothing or to the wrong
// kind of thing, sources that are not declared, and impossible chronologies (death before birth).
import { formatPath, type InputIssue } from '../errors.js';
import type { Dataset } from './dataset.js';
import { FIELDS, statementFields, type Entity } from './entity.js';
import type { Target } from './fields.js';
import { specialSnak, type Statement } from './statement.js';
import { isConceptKey } from '../vocab/concepts.js';
import { locatedInProblems } from './administrative.js';
import { createResolver, factsOf, resolverOf, type EntityFacts, type Resolver } from './resolve.js';
import { allStatements } from './open-values.js';
import { propertyTable, type PropertyTable } from './property-table.js';
import { isQualifierName } from './qualifiers.js';
import { isReferenceField } from './reference.js';
import type { Quantity, GlobeCoordinate } from './wikibase-values.js';
import { firstDay, lastDay, type TimePoint } from './time.js';
import { describeSnak } from './describe-value.js';
import { didYouMean } from '../did-you-mean.js';
import { referenceSuggester } from './suggest-reference.js';

const QUALIFIER_TARGETS: Record<string, Target[]> = {
  role: ['concept:role'], kinship: ['concept:kinship'], location: ['place'], sourcing: ['concept:sourcing'],
};
const TYPE_TARGETS: Record<string, Target> = {
  work: 'concept:workType', event: 'concept:eventType', place: 'concept:placeType',
  organization: 'concept:organizationType',
};

/** `unchecked`: entities of the data that failed their own checks (reported already). They exist, so
 *  that a reference to one is not reported as a reference to nothing in the same round. */
export function checkDataset(dataset: Dataset, unchecked: readonly EntityFacts[] = []): InputIssue[] {
  const issues: InputIssue[] = [...duplicateIds(dataset)];
  const resolve = unchecked.length ? resolverOf(new Map([...unchecked, ...[...dataset.manifest.sources, ...dataset.entities].map(factsOf)].map((f) => [f.id, f])), dataset.manifest.concepts) : createResolver(dataset);
  const sourceIds = new Set(dataset.manifest.sources.map((s) => s.id));
  const properties = propertyTable(dataset.manifest);
  const suggest = referenceSuggester(dataset, unchecked);
  for (const entity of dataset.entities) issues.push(...checkEntity(entity, dataset.files.get(entity.id) ?? '?', resolve, sourceIds, properties, suggest));
  return [...issues, ...conceptProblems(dataset, resolve), ...sharedQids(dataset), ...containmentCycles(dataset), ...statementIriClashes(dataset), ...chronology(dataset)];
}

/** Statements typed in the data that cite no source: a finding (a warning), not an error, so that a
 *  draft can be exported; `validate`, `export` and `stats` name each one. (Facts events derive carry
 *  the event's references.) */
export function unsourcedStatements(dataset: Dataset): InputIssue[] {
  const out: InputIssue[] = [];
  for (const entity of dataset.entities) {
    for (const [at, statement] of allStatements(entity)) {
      if (statement.references.length) continue;
      out.push({ code: 'unsourced', file: dataset.files.get(entity.id) ?? '?', entity: entity.id, path: at,
        message: `this statement cites no source (value: ${describeSnak(statement.snak)}): add references: [{ source, quote }]` });
    }
  }
  return out;
}

/** A concept's broader concept must exist, and following broader concepts must never come back. */
function conceptProblems(dataset: Dataset, resolve: Resolver): InputIssue[] {
  const issues: InputIssue[] = [];
  const concepts = dataset.manifest.concepts;
  for (const [key, concept] of Object.entries(concepts)) {
    const at = { code: 'unknown_reference' as const, file: dataset.files.get(key) ?? 'dataset manifest', path: ['concepts', key, 'broader'] };
    if (concept.broader === undefined) continue;
    if (!resolve(concept.broader)) {
      issues.push({ ...at, message: `the broader concept "${concept.broader}" of "${key}" is not a concept or a Wikidata id` });
      continue;
    }
    const seen = [key];
    for (let next = concepts[concept.broader] ? concept.broader : undefined; next; next = concepts[next]?.broader) {
      if (next === key) {
        issues.push({ ...at, code: 'schema', message: `the broader concepts of "${key}" lead back to it (${[...seen, key].join(' → ')}): a concept cannot be narrower than itself` });
        break;
      }
      if (seen.includes(next)) break; // a loop further up, reported for its own concepts
      seen.push(next);
    }
  }
  return issues;
}

/** One Wikidata item is one entity: two entities with one QID would be merged by --mint-wikidata-iris. */
function sharedQids(dataset: Dataset): InputIssue[] {
  const first = new Map<string, string>();
  const issues: InputIssue[] = [];
  for (const entity of [...dataset.manifest.sources, ...dataset.entities]) {
    if (!entity.qid) continue;
    const other = first.get(entity.qid);
    if (other) {
      issues.push({ code: 'duplicate_id', file: dataset.files.get(entity.id) ?? '?', entity: entity.id, path: ['qid'],
        message: `${entity.qid} is also the Wikidata id of ${other} (${dataset.files.get(other) ?? '?'}): one item, one entity; merge them or correct one id` });
    } else first.set(entity.qid, entity.id);
  }
  return issues;
}

/** Fields that put an entity inside another: following them must never come back to where it began. */
const CONTAINMENT: Record<string, string[]> = { place: ['partOf', 'locatedIn', 'location'], organization: ['partOf'], event: ['partOf'] };

function containmentCycles(dataset: Dataset): InputIssue[] {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const issues: InputIssue[] = [];
  const fields = [...new Set(Object.values(CONTAINMENT).flat())];
  for (const field of fields) {
    for (const cycle of cyclesOf(dataset.entities, field, byId)) {
      // Each entity of the circle gets the finding, the circle told from it.
      cycle.forEach((id, at) => {
        const path = [...cycle.slice(at), ...cycle.slice(0, at), id];
        issues.push({ code: 'schema', file: dataset.files.get(id) ?? '?', entity: id, path: [field], message: `${field} goes round in a circle: ${path.join(' → ')}; one of these is wrong` });
      });
    }
  }
  return issues;
}

/** The circles that `field` values (non-deprecated) make, each once: one depth-first walk over all
 *  entities, without recursion, linear in their number. An entity in its own field is left to the
 *  self-reference check. */
function cyclesOf(entities: Entity[], field: string, byId: Map<string, Entity>): string[][] {
  const targets = (id: string) => {
    const entity = byId.get(id);
    if (!entity || !(CONTAINMENT[entity.kind] ?? []).includes(field)) return [];
    const record = entity as unknown as Record<string, Statement<unknown>[]>;
    return (record[field] ?? []).filter((s) => s.rank !== 'deprecated' && s.snak.type === 'value')
      .map((s) => (s.snak.type === 'value' ? s.snak.value as string : '')).filter((t) => t !== id && byId.has(t));
  };
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  for (const start of entities) {
    if (state.has(start.id)) continue;
    const stack: { id: string; next: string[] }[] = [{ id: start.id, next: targets(start.id) }];
    state.set(start.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = top.next.pop();
      if (next === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(next);
      if (seen === 'open') cycles.push(stack.slice(stack.findIndex((f) => f.id === next)).map((f) => f.id));
      else if (!seen) {
        state.set(next, 'open');
        stack.push({ id: next, next: targets(next) });
      }
    }
  }
  return cycles;
}

/** The references of one entity: they must point at something of the right kind, and cite declared sources. */
export function checkEntity(entity: Entity, file: string, resolveRef: Resolver, sourceIds: ReadonlySet<string>, properties: PropertyTable, suggest?: Suggest): InputIssue[] {
  const issues: InputIssue[] = [];
  const resolve: Lookup = { resolve: resolveRef, ...(suggest && { suggest }) };
  const report = (path: (string | number)[], code: InputIssue['code'], message: string) =>
    issues.push({ code, file, entity: entity.id, path, message });
  if ('type' in entity) checkRef(resolve, entity.type, [TYPE_TARGETS[entity.kind]!], ['type'], report);
  if (entity.kind === 'event' && entity.type !== 'death') {
    for (const field of ['causeOfDeath', 'mannerOfDeath'] as const) {
      if (entity[field].length) report([field], 'schema', `${field} is for death events, but this event's type is "${entity.type}": move it to the death event of the person`);
    }
  }
  for (const problem of locatedInProblems(entity, resolveRef)) report(problem.path, 'wrong_target', problem.message);
  const statementIds = new Map<string, string>();
  const fieldTargets = FIELDS[entity.kind] as Record<string, { targets?: Target[] }>;
  for (const [at, statement] of allStatements(entity)) {
    if (statement.id !== undefined) {
      const first = statementIds.get(statement.id);
      if (first) report([...at, 'id'], 'duplicate_id', `statement id "${statement.id}" is already used by ${first} of this entity; each statement needs its own`);
      else statementIds.set(statement.id, formatPath(at));
    }
    const itemValued = at[0] === 'claims' ? properties.get(String(at[1]))?.datatype === 'item' : !!fieldTargets[String(at[0])]?.targets;
    if (itemValued && statement.snak.type === 'value' && statement.snak.value === entity.id && statement.rank !== 'deprecated') {
      report([...at, 'value'], 'schema', `${entity.id} points to itself here (${fieldName(at)}): a ${entity.kind} cannot be its own ${fieldName(at)}`);
    }
    if (statement.snak.type === 'value') {
      if (at[0] === 'claims') checkKeyedRefs(resolve, properties, String(at[1]), [statement.snak.value], [...at, 'value'], report);
      else {
        const targets = fieldTargets[String(at[0])]?.targets;
        if (targets) checkRef(resolve, statement.snak.value as string, targets, [...at, 'value'], report);
        else checkValueRefs(resolve, statement.snak.value, [...at, 'value'], report);
      }
    }
    for (const [name, value] of Object.entries(statement.qualifiers)) {
      if (value === undefined) continue;
      const allowed = QUALIFIER_TARGETS[name];
      if (allowed) checkRef(resolve, value as string, allowed, [...at, 'qualifiers', name], report);
      else if (!isQualifierName(name)) checkKeyedRefs(resolve, properties, name, value as unknown[], [...at, 'qualifiers', name], report);
    }
    statement.references.forEach((reference, r) => {
      if (reference.source !== undefined && !sourceIds.has(reference.source)) {
        report([...at, 'references', r, 'source'], 'unknown_reference', `"${reference.source}" is not a source in the manifest (sources: ${[...sourceIds].join(', ')})${sentence(didYouMean(reference.source, sourceIds))}`);
      }
      for (const key of Object.keys(reference)) {
        if (!isReferenceField(key)) checkKeyedRefs(resolve, properties, key, reference[key] as unknown[], [...at, 'references', r, key], report);
      }
    });
  }
  return issues;
}

/** The items a value given by property key points to must exist (any kind of entity or concept will do). */
function checkKeyedRefs(resolve: Lookup, properties: PropertyTable, key: string, values: unknown[], path: (string | number)[], report: Report): void {
  const datatype = properties.get(key)?.datatype;
  values.forEach((value, i) => {
    if (specialSnak(value)) return; // unknown or no value: nothing to resolve
    const at = values.length > 1 ? [...path, i] : path;
    if (datatype === 'item') checkResolves(resolve, value as string, at, report);
    else checkValueRefs(resolve, value, at, report);
  });
}

/** A quantity's unit and a coordinate's globe are items too. */
function checkValueRefs(resolve: Lookup, value: unknown, path: (string | number)[], report: Report): void {
  if (typeof value !== 'object' || value === null) return;
  const { unit } = value as Partial<Quantity>;
  const { globe } = value as Partial<GlobeCoordinate>;
  if (typeof unit === 'string') checkResolves(resolve, unit, [...path, 'unit'], report);
  if (typeof globe === 'string') checkResolves(resolve, globe, [...path, 'globe'], report);
}

/** What `ref` stands for; reported when nothing. */
function checkResolves(lookup: Lookup, ref: string, path: (string | number)[], report: Report, targets?: readonly Target[]): ReturnType<Resolver> {
  const found = lookup.resolve(ref);
  if (!found) report(path, 'unknown_reference', `"${ref}" is not an entity, a concept or a Wikidata id${sentence(lookup.suggest?.(ref, targets))}`);
  return found;
}

/** " Did you mean …?" for a reference to nothing: the near ids and concept keys of the kinds the field takes. */
export type Suggest = (ref: string, targets?: readonly Target[]) => string;
type Lookup = { resolve: Resolver; suggest?: Suggest };
/** A suggestion (" Did you mean …?") as a sentence after the message, or nothing. */
const sentence = (suggestion: string | undefined) => (suggestion ? `.${suggestion}` : '');

/** "father", "identifiers.viaf", "claims.P22". */
const fieldName = (at: (string | number)[]) => at.filter((p) => typeof p === 'string').join('.');

type Report = (path: (string | number)[], code: InputIssue['code'], message: string) => void;

function checkRef(resolve: Lookup, ref: string, targets: readonly Target[], path: (string | number)[], report: Report): void {
  const found = checkResolves(resolve, ref, path, report, targets);
  if (!found || found.type === 'wikidata') return;
  const target: Target = found.type === 'entity' ? found.entity.kind : `concept:${found.group}`;
  if (!targets.includes(target)) {
    report(path, 'wrong_target', `"${ref}" is a ${target.replace('concept:', 'concept of group ')}, but this field takes ${targets.join(' or ')}`);
  }
}

/** Statement ids given in the data name IRIs `<entity>-<id>`: entity `victor` with `id: serge-birth`
 *  and entity `victor-serge` with `id: birth` would share one. (Unique within an entity: checkEntity.) */
function statementIriClashes(dataset: Dataset): InputIssue[] {
  const seen = new Map<string, string>();
  const issues: InputIssue[] = [];
  for (const entity of dataset.entities) {
    for (const [at, statement] of allStatements(entity)) {
      if (statement.id === undefined) continue;
      const name = `${entity.id}-${statement.id}`;
      const first = seen.get(name);
      if (first && !first.startsWith(`${entity.id} `)) {
        issues.push({ code: 'duplicate_id', file: dataset.files.get(entity.id) ?? '?', entity: entity.id, path: [...at, 'id'],
          message: `statement id "${statement.id}" gives the statement IRI …/statement/${name}, which ${first} has too; choose another id` });
      } else if (!first) seen.set(name, `${entity.id} ${formatPath(at)}`);
    }
  }
  return issues;
}

function duplicateIds(dataset: Dataset): InputIssue[] {
  const seen = new Map<string, string>();
  const issues: InputIssue[] = [];
  const add = (id: string, file: string) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ code: 'duplicate_id', file, entity: id, path: ['id'], message: `id "${id}" is already used in ${first}` });
    else seen.set(id, file);
  };
  for (const source of dataset.manifest.sources) add(source.id, dataset.files.get(source.id) ?? 'manifest');
  for (const entity of dataset.entities) add(entity.id, dataset.files.get(entity.id) ?? '?');
  for (const key of Object.keys(dataset.manifest.concepts)) {
    if (seen.has(key)) issues.push({ code: 'duplicate_id', file: 'dataset manifest', path: ['concepts', key], message: `concept "${key}" has the same name as an entity in ${seen.get(key)}` });
    if (isConceptKey(key)) issues.push({ code: 'duplicate_id', file: 'dataset manifest', path: ['concepts', key], message: `concept "${key}" is already built in` });
  }
  for (const [id, file] of seen) {
    if (isConceptKey(id)) issues.push({ code: 'duplicate_id', file, entity: id, path: ['id'], message: `id "${id}" is also a built-in concept key; choose another id` });
  }
  return issues;
}

type Dated = { time: TimePoint; event: Entity };

/** Non-deprecated dates of events of one type, per participant without a role. */
function eventDates(dataset: Dataset, type: string): Map<string, Dated[]> {
  const byPerson = new Map<string, Dated[]>();
  for (const event of dataset.entities) {
    if (event.kind !== 'event' || event.type !== type) continue;
    const times = event.date.filter((s) => s.rank !== 'deprecated' && s.snak.type === 'value');
    for (const participant of event.participants) {
      if (participant.snak.type !== 'value' || participant.qualifiers.role) continue;
      const list = byPerson.get(participant.snak.value) ?? [];
      for (const t of times) if (t.snak.type === 'value') list.push({ time: t.snak.value, event });
      byPerson.set(participant.snak.value, list);
    }
  }
  return byPerson;
}

function chronology(dataset: Dataset): InputIssue[] {
  const issues: InputIssue[] = [];
  const births = eventDates(dataset, 'birth');
  for (const [person, deaths] of eventDates(dataset, 'death')) {
    for (const death of deaths) {
      for (const birth of births.get(person) ?? []) {
        if (lastDay(death.time) < firstDay(birth.time)) {
          issues.push({ code: 'impossible_dates', file: dataset.files.get(death.event.id) ?? '?', entity: death.event.id, path: ['date'],
            message: `${person} dies before being born (birth recorded in ${birth.event.id}); deprecate the wrong date or fix it` });
        }
      }
    }
  }
  for (const event of dataset.entities) {
    if (event.kind !== 'event') continue;
    for (const start of event.start) for (const end of event.end) {
      if (start.snak.type !== 'value' || end.snak.type !== 'value' || start.rank === 'deprecated' || end.rank === 'deprecated') continue;
      if (lastDay(end.snak.value) < firstDay(start.snak.value)) {
        issues.push({ code: 'impossible_dates', file: dataset.files.get(event.id) ?? '?', entity: event.id, path: ['end'], message: 'the event ends before it starts' });
      }
    }
  }
  return issues;
}
