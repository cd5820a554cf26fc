// **relations-graph** — a person's relations as SVG: the person in the middle, family and
// organisations in the left column, other people in the right, one group per relation (father,
// friend, member of …). An edge runs from the person to each group and ends at its name, the
// relation; the group's members are links to their pages. Laid out in data order: the same data
// always gives the same picture.
import type { Relations, RelationGroup, RelationMember, Side } from './relations.js';
import { clip, esc, frame, langAttr, line, link, num, rect, text, textWidth, type Href } from './svg.js';

export interface RelationsOptions {
  href: Href;
  /** The svg element's id, unique on the page. Defaults to `relations-<person id>`. */
  id?: string;
  /** The language of the figure's own words. Defaults to `en`. */
  lang?: string;
}

const W = 1200;
const COLUMN = 430;
const FONT = 11;
const HEADER = 18;
const ROW = 24;
const PILL = 18;
const GAP = 12;
const MAX_CHARS = 30;

interface Block {
  group: RelationGroup;
  left: boolean;
  y: number;
  rows: { member: RelationMember; x: number; width: number; row: number }[][];
  height: number;
}

const pillWidth = (m: RelationMember) => textWidth(clip(m.label.text, MAX_CHARS), FONT) + 14;

/** Members in rows that fit the column; on the left, rows end at the column's inner edge. */
function layoutBlock(group: RelationGroup, left: boolean, y: number): Block {
  const rows: Block['rows'] = [[]];
  let used = 0;
  const room = COLUMN - 24;
  for (const member of group.members) {
    const width = pillWidth(member);
    if (used > 0 && used + width > room) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push({ member, x: used, width, row: rows.length - 1 });
    used += width + 6;
  }
  for (const row of rows) {
    const end = row.length ? row[row.length - 1]!.x + row[row.length - 1]!.width : 0;
    for (const cell of row) cell.x = left ? COLUMN - 12 - end + cell.x : W - COLUMN + 12 + cell.x;
  }
  return { group, left, y, rows, height: HEADER + rows.length * ROW };
}

function layoutSide(groups: RelationGroup[], left: boolean, top: number): Block[] {
  let y = top;
  return groups.map((g) => {
    const block = layoutBlock(g, left, y);
    y += block.height + GAP;
    return block;
  });
}

const sideHeight = (blocks: Block[]) => blocks.reduce((h, b) => h + b.height + GAP, 0);

/** The relations graph, or undefined when there is no relation to draw. */
export function relationsSvg(relations: Relations, options: RelationsOptions): string | undefined {
  if (!relations.groups.some((g) => g.members.length)) return undefined;
  const lang = options.lang ?? 'en';
  const onLeft = (side: Side) => side !== 'people';
  const left = layoutSide(relations.groups.filter((g) => onLeft(g.side) && g.members.length), true, 20);
  const right = layoutSide(relations.groups.filter((g) => !onLeft(g.side) && g.members.length), false, 20);
  const height = Math.max(sideHeight(left), sideHeight(right), 80) + 28;
  const cy = height / 2;
  const body = [...left, ...right].map((b) => edge(b, cy)).join('')
    + personNode(relations, cy, options.href, lang)
    + [...left, ...right].map((b) => blockMarks(b, options.href, lang)).join('');
  return frame({
    id: options.id ?? `relations-${relations.person.id}`, className: 'll-relations', width: W, height, lang,
    title: `Relations of ${relations.person.label.text}`, desc: describe(relations), body,
  });
}

function personNode(relations: Relations, cy: number, href: Href, lang: string): string {
  const name = relations.person.label;
  const width = Math.max(textWidth(name.text, 14) + 28, 160);
  const node = rect(W / 2 - width / 2, cy - 20, width, 40, 'rel-person', 6)
    + `<text x="${num(W / 2)}" y="${num(cy + 5)}" text-anchor="middle" class="rel-person-name"${langAttr(name, lang)}>${esc(name.text)}</text>`;
  return link(href(relations.person.id), name.text, node);
}

/** A curve from the person to the group's name, which says the relation. */
function edge(b: Block, cy: number): string {
  const { left } = b;
  const fromX = left ? W / 2 - 80 : W / 2 + 80;
  const toX = left ? COLUMN : W - COLUMN;
  const toY = b.y + HEADER / 2;
  const mid = (fromX + toX) / 2;
  return `<path d="M${num(fromX)} ${num(cy)}C${num(mid)} ${num(cy)} ${num(mid)} ${num(toY)} ${num(toX)} ${num(toY)}" class="rel-edge"/>`;
}

function blockMarks(b: Block, href: Href, lang: string): string {
  const { left } = b;
  const n = b.group.members.length;
  const title = text(left ? COLUMN - 6 : W - COLUMN + 6, b.y + 13, `${b.group.relation}${n > 1 ? ` (${n})` : ''}`, { className: 'rel-relation', anchor: left ? 'end' : 'start' });
  const bracketX = left ? COLUMN - 4 : W - COLUMN + 4;
  const bracket = line(bracketX, b.y + HEADER, bracketX, b.y + HEADER + b.rows.length * ROW - 6, 'rel-bracket');
  const pills = b.rows.flat().map((cell) => pill(b, cell, href, lang)).join('');
  return `<g class="rel-group rel-${b.group.side}">${title}${bracket}${pills}</g>`;
}

function pill(b: Block, cell: Block['rows'][number][number], href: Href, lang: string): string {
  const { member, x, width, row } = cell;
  const y = b.y + HEADER + row * ROW;
  const cls = `rel-member${member.rank === 'deprecated' ? ' rel-deprecated' : ''}${member.linked ? '' : ' rel-unlinked'}`;
  const label = clip(member.label.text, MAX_CHARS);
  const mark = rect(x, y, width, PILL, 'rel-pill', 9)
    + `<text x="${num(x + 7)}" y="${num(y + 13)}" class="rel-name"${langAttr(member.label, lang)}>${esc(label)}</text>`
    + (member.rank === 'deprecated' ? line(x + 5, y + PILL / 2, x + width - 5, y + PILL / 2, 'rel-strike') : '');
  const says = `${b.group.relation}: ${member.label.text}${member.rank === 'deprecated' ? ' (deprecated)' : ''}`;
  return member.linked ? link(href(member.ref), says, mark, cls) : `<g class="${cls}"><title>${esc(says)}</title>${mark}</g>`;
}

const SIDE_WORDS: Record<Side, string> = { family: 'Family', people: 'Other people', organisations: 'Work and organisations' };

function describe(relations: Relations): string {
  const sides = (Object.keys(SIDE_WORDS) as Side[]).flatMap((side) => {
    const groups = relations.groups.filter((g) => g.side === side && g.members.length);
    if (!groups.length) return [];
    return [`${SIDE_WORDS[side]}: ${groups.map((g) => `${g.relation}: ${g.members.map((m) => m.label.text).join(', ')}`).join('; ')}.`];
  });
  return `${relations.person.label.text} in the middle, linked to each group of relations. ${sides.join(' ')}`;
}
