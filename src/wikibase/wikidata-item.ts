// **wikidata-item** — an item of a Wikibase's JSON (Wikidata's) into our data: a person, work, place,
// organisation or event by its P31 and properties, its statements into named fields, person facts into
// events (inverse-derive.ts), the rest under `claims:`, keeping ranks, qualifiers, references and GUIDs.
import { CONCEPTS, PARTY_CONCEPTS, type Concept } from '../vocab/concepts.js';
import { Q } from '../vocab/items.js';
import { P } from '../vocab/properties.js';
import { groupOf, push, termsOf, type Converted, type DataKind, type ImportedDocument } from './documents.js';
import { defaultField } from './fields.js';
import type { EntityConverter } from './from-json.js';
import { eventLabel, INVERSE, spanOf, type EventType } from './inverse-derive.js';
import type { JsonEntity, JsonStatement } from './json-model.js';
import { inputStatement, Problem, type SnakContext } from './snaks.js';
import { timeInput } from './values.js';

const KIND_OF_GROUP: Record<string, DataKind> = { workType: 'work', placeType: 'place', organizationType: 'organization', eventType: 'event' };

/** Built-in concepts by the QID they are, per group. */
const CONCEPT_BY_QID = new Map<string, Map<string, string>>();
for (const [key, concept] of Object.entries(CONCEPTS) as [string, Concept][]) {
  if (!concept.item) continue;
  const qid = Q[concept.item];
  let byGroup = CONCEPT_BY_QID.get(qid);
  if (!byGroup) CONCEPT_BY_QID.set(qid, (byGroup = new Map()));
  if (!byGroup.has(concept.group)) byGroup.set(concept.group, key);
}
export const conceptOfQid = (qid: string, group?: string) => (group ? CONCEPT_BY_QID.get(qid)?.get(group) : undefined);

/** Kind and type of a Wikibase item, from P31 and, failing that, the properties it has. */
export function kindOf(entity: JsonEntity): { kind: DataKind; type?: string } | undefined {
  const classes = (entity.claims?.[P.instanceOf] ?? []).filter((s) => s.rank !== 'deprecated').flatMap((s) =>
    s.mainsnak.snaktype === 'value' && s.mainsnak.datavalue.type === 'wikibase-entityid' ? [s.mainsnak.datavalue.value.id] : []);
  if (classes.includes(Q.human)) return { kind: 'person' };
  for (const qid of classes) {
    for (const [group, key] of CONCEPT_BY_QID.get(qid) ?? []) if (KIND_OF_GROUP[group]) return { kind: KIND_OF_GROUP[group]!, type: key };
  }
  const has = (...properties: string[]) => properties.some((p) => entity.claims?.[p]?.length);
  const kind: DataKind | undefined = has('P625') ? 'place' : has(P.author, P.publicationDate, P.title, P.publisher) ? 'work'
    : has(P.pointInTime, P.participant) ? 'event' : undefined;
  return kind && classes[0] ? { kind, type: classes[0] } : undefined;
}


export function wikidataItem(c: EntityConverter, entity: JsonEntity): Converted | string {
  const qid = entity.id;
  if (!qid || !/^Q[1-9]\d*$/.test(qid)) return `an item without a Wikidata-style id (${qid ?? 'none'})`;
  const entry = c.index.get(qid);
  if (!entry) return `could not tell what kind of entity ${qid} is: it is not an instance of a human (Q5) or of a class linked-lives knows, and has no coordinates, author, publication date or point in time`;
  const { kind, id } = entry;
  const ctx = c.snakContext(qid);
  const labels = c.terms(entity.labels, qid) ?? c.fallbackLabel(entity, qid);
  const body: Record<string, unknown> = { kind, id, qid, ...(kind !== 'person' && { type: entry.type }) };
  const fields: Record<string, unknown> = {};
  const events = new Map<string, { type: EventType; body: Record<string, unknown> }>();
  let counter = 0;
  const eventFor = (type: EventType, shared: boolean) => {
    const key = shared ? type : `${type}-${++counter}`;
    let event = events.get(key);
    if (!event) {
      const eventId = c.freeId(shared ? `${id}-${type}` : `${id}-${type}-${counter}`);
      const label = labels.en ?? Object.values(labels)[0]!;
      event = { type, body: { kind: 'event', id: eventId, type, labels: { en: eventLabel(type, label) }, participants: [{ value: id }] } };
      events.set(key, event);
    }
    return event;
  };
  if (entity.sitelinks) c.report.sitelinks += Object.keys(entity.sitelinks).length;
  for (const [property, statements] of Object.entries(entity.claims ?? {})) {
    if (c.options.onlyProperties && !c.options.onlyProperties.has(property)) {
      c.report.statement(property, 'not imported', statements.length);
      continue;
    }
    for (const statement of statements) {
      const inverse = kind === 'person' ? INVERSE[property] : undefined;
      if (inverse && toEvent(c, ctx, qid, property, statement, inverse, eventFor)) continue;
      const field = defaultField(kind, property);
      const converted = inputStatement(ctx, statement, true, groupOf(kind, field));
      if (converted instanceof Problem) {
        c.report.note(qid, converted.message, property);
        c.report.statement(property, 'not imported');
        continue;
      }
      push(fields, field, c.marked(converted, qid));
      c.report.statement(property, field.startsWith('claims.') ? 'claims' : 'field');
    }
  }
  c.report.entity(kind);
  const documents: ImportedDocument[] = [{ kind, id, body: { ...body, ...termsOf(labels, c.terms(entity.descriptions, qid), c.aliases(entity.aliases, qid)), ...fields } }];
  for (const event of events.values()) {
    c.report.entity('event');
    documents.push({ kind: 'event', id: event.body.id as string, body: event.body });
  }
  return { documents, manifest: [] };
}

/** Event fields whose values are concepts of the group of the same name. */
const CONCEPT_FIELDS: ReadonlySet<string> = new Set(['causeOfDeath', 'mannerOfDeath']);

/** Puts a derived-property statement into its event; false where the event would not give it back. */
function toEvent(c: EntityConverter, ctx: SnakContext, qid: string, property: string, statement: JsonStatement, inverse: (typeof INVERSE)[string], eventFor: (type: EventType, shared: boolean) => { body: Record<string, unknown> }): boolean {
  const span = spanOf(statement, inverse.shared);
  const refuse = (why: string) => {
    c.report.note(qid, `kept under claims, not as an event: ${why}`, property);
    return false;
  };
  if (typeof span === 'string') return refuse(span);
  if (inverse.type === 'membership') {
    if (statement.mainsnak.snaktype !== 'value' || statement.mainsnak.datavalue.type !== 'wikibase-entityid') return refuse('a membership event needs a known organisation');
    const org = c.index.get(statement.mainsnak.datavalue.value.id);
    const party = org?.kind === 'organization' && PARTY_CONCEPTS.has(org.type ?? '');
    if (org?.kind !== 'organization') return refuse('the organisation is not among the imported entities, so a membership event would not give the statement back');
    if (party !== (property === P.memberOfPoliticalParty)) return refuse(`the organisation's type (${org.type}) would give ${party ? 'P102' : 'P463'} back`);
    if (span.rest.includes(P.objectHasRole)) return refuse('a member with a role is no plain member');
  }
  const stripped: JsonStatement = { ...statement, qualifiers: Object.fromEntries(Object.entries(statement.qualifiers ?? {}).filter(([p]) => span.rest.includes(p))) };
  const converted = inputStatement(ctx, stripped, true, CONCEPT_FIELDS.has(inverse.field) ? inverse.field : undefined);
  if (converted instanceof Problem) {
    c.report.note(qid, converted.message, property);
    c.report.statement(property, 'not imported');
    return true;
  }
  const event = eventFor(inverse.type, inverse.shared);
  push(event.body, inverse.field, c.marked(converted, qid));
  for (const [field, snak] of Object.entries(span.span)) {
    if (snak.snaktype !== 'value' || snak.datavalue.type !== 'time') continue;
    const time = timeInput(snak.datavalue.value);
    if ('problem' in time) return refuse(time.problem);
    push(event.body, field, { value: time.value });
  }
  c.report.statement(property, 'event');
  return true;
}
