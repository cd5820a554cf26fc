// **yaml-append** — adds statements to a data file as text, so that the historian's own lines stay
// byte for byte as they wrote them (comments, flow or block style, quoting): the YAML library would
// re-print the whole file in its own style. A list in flow style (`[…]`) is the one case re-printed.
import type { Node } from 'yaml';
import { yaml } from '../load/lazy-yaml.js';

/** The text with `statements` appended to the list at `path` (`father`, or `claims` and a key). */
export function appendStatements(text: string, path: string[], statements: unknown[]): string {
  const doc = yaml().parseDocument(text);
  const list = doc.getIn(path, true) as Node | undefined;
  if (yaml().isSeq(list) && !list.flow && list.range) return insertAt(text, list.range[1], columnOf(text, list.range[0]), items(statements));
  if (list === undefined && path.length === 2) {
    const parent = doc.getIn([path[0]!], true) as Node | undefined;
    if (yaml().isMap(parent) && !parent.flow && parent.range) {
      const column = columnOf(text, parent.range[0]);
      return insertAt(text, parent.range[1], column, `${key(path[1]!)}:\n${indent(items(statements), 2)}`);
    }
    if (parent === undefined) return appendTop(text, `${path[0]}:\n${indent(`${key(path[1]!)}:\n${indent(items(statements), 2)}`, 2)}`);
  }
  if (list === undefined && path.length === 1) return appendTop(text, `${key(path[0]!)}:\n${indent(items(statements), 2)}`);
  // A flow-style list or map: re-printed with the statements added.
  for (const statement of statements) {
    const node = doc.getIn(path, true);
    if (yaml().isSeq(node)) node.add(doc.createNode(statement));
    else doc.setIn(path, doc.createNode([statement]));
  }
  return doc.toString({ lineWidth: 0 });
}

/** The statements as block list items at column 0. */
const items = (statements: unknown[]) => yaml().stringify(statements, { lineWidth: 0 }).replace(/\n$/, '');

const key = (name: string) => yaml().stringify(name).replace(/\n$/, '');

const indent = (block: string, by: number) => block.split('\n').map((line) => (line ? ' '.repeat(by) + line : line)).join('\n');

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** `block` (at column 0) on a new line after the node that ends at `offset` (its range takes in the
 *  line breaks and blank lines after it), indented to `column`. */
function insertAt(text: string, offset: number, column: number, block: string): string {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return `${text.slice(0, end)}\n${indent(block, column)}${text.slice(end)}`;
}

function appendTop(text: string, block: string): string {
  return `${text}${text.endsWith('\n') || !text ? '' : '\n'}${block}\n`;
}

/** The text with `name: value` added to the top-level map `section` (created at the end if absent). */
export function appendEntry(text: string, section: string, name: string, value: unknown): string {
  const doc = yaml().parseDocument(text);
  const map = doc.get(section, true) as Node | undefined;
  const entry = yaml().stringify({ [name]: value }, { lineWidth: 0 }).replace(/\n$/, '');
  if (map === undefined) return appendTop(text, `${key(section)}:\n${indent(entry, 2)}`);
  if (yaml().isMap(map) && !map.flow && map.range) return insertAt(text, map.range[1], columnOf(text, map.range[0]), entry);
  doc.setIn([section, name], doc.createNode(value));
  return doc.toString({ lineWidth: 0 });
}
