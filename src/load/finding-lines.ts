// **finding-lines** — the line of each finding's field in its file. The loader does not keep the
// parsed documents, so the few files that have findings are parsed again (a miss is rare; reading
// every file twice is not).
import { readFile } from 'node:fs/promises';
import type { InputIssue } from '../errors.js';
import { decodeUtf8, parseJson, parseYaml } from './parse-document.js';

export async function withLines<I extends InputIssue>(issues: I[]): Promise<I[]> {
  const files = [...new Set(issues.filter((i) => i.line === undefined).map((i) => i.file))];
  const finders = new Map(await Promise.all(files.map(async (file) => [file, await lineFinder(file)] as const)));
  return issues.map((issue) => {
    const line = issue.line ?? finders.get(issue.file)?.(issue.path);
    return line ? { ...issue, line } : issue;
  });
}

async function lineFinder(file: string): Promise<((path: (string | number)[]) => number | undefined) | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  const text = bytes && decodeUtf8(bytes, file);
  if (typeof text !== 'string') return undefined;
  const doc = file.toLowerCase().endsWith('.json') ? parseJson(text, file) : parseYaml(text, file);
  return 'code' in doc ? undefined : doc.lineOf;
}
