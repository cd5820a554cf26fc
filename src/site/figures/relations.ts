// **relations** — the input of a person's relations graph: groups of people and organisations by how
// they relate (father, friend, member of …), on three sides: family, other people, work and
// organisations. From the person's own statements and, as graph/derive.ts does, from events: a
// marriage gives spouses, a membership the organisations, an employment the employers.
import type { Event } from '../../model/event.js';
import type { Person } from '../../model/person.js';
import type { Rank, Statement } from '../../model/statement.js';
import { isEntity, labelOf, pickLabel, type FigureSource } from './source.js';
import type { Label } from './svg.js';

export type Side = 'family' | 'people' | 'organisations';

export interface RelationMember {
  /** The entity id, or the Wikidata id the data names (then it has no page here). */
  ref: string;
  label: Label;
  linked: boolean;
  rank: Rank;
}

export interface RelationGroup {
  side: Side;
  /** How the members relate to the person, in words: "father", "friend", "member of". */
  relation: string;
  members: RelationMember[];
}

export interface Relations {
  person: { id: string; label: Label };
  groups: RelationGroup[];
}

type Stmt = Statement<unknown>;

const SIDES: Side[] = ['family', 'organisations', 'people'];
const CLOSE_KIN = ['father', 'mother', 'spouse', 'partner', 'child', 'sibling'];
const familyRank = (relation: string) => (CLOSE_KIN.includes(relation) ? CLOSE_KIN.indexOf(relation) : CLOSE_KIN.length);
type Entry = { side: Side; relation: string; statement: Stmt; ref: string };

const FAMILY_FIELDS = [['father', 'father'], ['mother', 'mother'], ['spouses', 'spouse'], ['partners', 'partner'], ['children', 'child'], ['siblings', 'sibling']] as const;

/** The relations of a person, or undefined when the id is not a person or it has none. */
export function relationsOf(source: FigureSource, personId: string): Relations | undefined {
  const person = source.entity(personId);
  if (person?.kind !== 'person') return undefined;
  const entries = [...ownEntries(source, person), ...eventEntries(source, personId)];
  const groups: RelationGroup[] = [];
  for (const e of entries) {
    let group = groups.find((g) => g.side === e.side && g.relation === e.relation);
    if (!group) groups.push((group = { side: e.side, relation: e.relation, members: [] }));
    const existing = group.members.find((m) => m.ref === e.ref);
    // One member per group: the same person named twice (two sources) keeps the better rank.
    if (existing) existing.rank = existing.rank === 'deprecated' ? e.statement.rank : existing.rank;
    else group.members.push({ ref: e.ref, label: labelOf(source, e.ref), linked: isEntity(source, e.ref), rank: e.statement.rank });
  }
  if (!groups.length) return undefined;
  // Family first, closest kin first; then the other sides; otherwise in the order the data names them.
  const order = (g: RelationGroup) => SIDES.indexOf(g.side) * 100 + (g.side === 'family' ? familyRank(g.relation) : 0);
  groups.sort((a, b) => order(a) - order(b));
  return { person: { id: personId, label: pickLabel(person.labels, source.lang) ?? { text: personId } }, groups };
}

const valueOf = (s: Stmt): string | undefined => (s.snak.type === 'value' ? (s.snak.value as string) : undefined);

function ownEntries(source: FigureSource, person: Person): Entry[] {
  const out: Entry[] = [];
  const add = (side: Side, relation: (s: Stmt) => string, statements: Stmt[]) => {
    for (const s of statements) {
      const ref = valueOf(s);
      if (ref !== undefined) out.push({ side, relation: relation(s), statement: s, ref });
    }
  };
  for (const [field, relation] of FAMILY_FIELDS) add('family', () => relation, person[field] as Stmt[]);
  add('family', (s) => (s.qualifiers.kinship ? labelOf(source, s.qualifiers.kinship).text : 'relative'), person.relatives as Stmt[]);
  add('people', (s) => (s.qualifiers.role ? labelOf(source, s.qualifiers.role).text : 'related to'), person.relations as Stmt[]);
  add('people', () => 'influenced by', person.influencedBy as Stmt[]);
  add('organisations', () => 'employer', person.employers as Stmt[]);
  return out;
}

/** Spouses, memberships and employers the person's events give, as graph/derive.ts derives them. */
function eventEntries(source: FigureSource, personId: string): Entry[] {
  return source.eventsOf(personId).flatMap((event) => {
    if (!isSubject(event, personId)) return [];
    const others = event.participants.filter((p) => valueOf(p) !== undefined && valueOf(p) !== personId && p.rank !== 'deprecated');
    const kind = (p: Stmt) => source.entity(valueOf(p)!)?.kind;
    const entry = (side: Side, relation: string) => (p: Stmt): Entry => ({ side, relation, statement: p, ref: valueOf(p)! });
    switch (event.type) {
      case 'marriage': return others.filter((p) => !p.qualifiers.role && kind(p) === 'person').map(entry('family', 'spouse'));
      case 'membership': return others.filter((p) => !p.qualifiers.role && kind(p) === 'organization').map(entry('organisations', 'member of'));
      case 'employment': return others.filter((p) => p.qualifiers.role === 'employer-role' || (!p.qualifiers.role && kind(p) === 'organization')).map(entry('organisations', 'employer'));
      default: return [];
    }
  });
}

/** Whether the event happened to the person: named without a role and not deprecated (as derive.ts). */
function isSubject(event: Event, personId: string): boolean {
  return event.participants.some((p) => valueOf(p as Stmt) === personId && !p.qualifiers.role && p.rank !== 'deprecated');
}
