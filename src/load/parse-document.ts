// **parse-document** — YAML (and JSON, a subset of it) text → a plain value, keeping line numbers
// so that schema problems can point at the line that holds them.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { InputIssue } from '../errors.js';

export interface ParsedDocument {
  value: unknown;
  /** The 1-based line of a field path in the document, when it can be found. */
  lineOf(path: (string | number | symbol)[]): number | undefined;
}

export function parseYaml(text: string, file: string): ParsedDocument | InputIssue {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { code: 'syntax', file, path: [], message: `not valid YAML/JSON: ${error.message.split('\n')[0]}`, ...(line && { line }) };
  }
  return {
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
        if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}
