// **locate-issues** — lines for the problems found after parsing (a reference to nothing, a duplicate
// id, a death before a birth): the checks see parsed entities, which keep no positions, so the files
// that have such problems are read again and each field path is looked up in the YAML. Only files
// with problems are read twice; a dataset that loads keeps no syntax trees in memory.
import { readFile } from 'node:fs/promises';
import type { InputIssue } from '../errors.js';
import { decodeUtf8, parseJson, parseYaml, type ParsedDocument } from './parse-document.js';

export interface IssueFiles {
  /** The manifest as issues name it. */
  manifest: string;
  /** The sources of the manifest, in order: their fields are under sources[i] there. */
  sources: readonly string[];
  /** Concepts declared in files of their own, by key, with that file. */
  conceptFiles: ReadonlyMap<string, string>;
}

/** The issues, each with a line where one can be found. */
export async function locateIssues(issues: InputIssue[], files: IssueFiles): Promise<InputIssue[]> {
  const docs = new Map<string, Promise<ParsedDocument | undefined>>();
  const open = (file: string) => {
    if (!docs.has(file)) docs.set(file, reparse(file));
    return docs.get(file)!;
  };
  return Promise.all(issues.map(async (issue) => {
    if (issue.line) return issue;
    const { file, path, shown } = whereInFile(issue, files);
    const line = (await open(file))?.lineOf(path);
    return { ...issue, file, ...(shown && { path: shown }), ...(line && { line }) };
  }));
}

/** The file and the path in it: checks say "dataset manifest" for the manifest and name a source's
 *  fields from the source, a concept's from the manifest's concepts: table. */
function whereInFile(issue: InputIssue, files: IssueFiles): { file: string; path: (string | number)[]; shown?: (string | number)[] } {
  const inManifest = issue.file === files.manifest || issue.file === 'dataset manifest' || issue.file === 'manifest';
  if (!inManifest) return { file: issue.file, path: issue.path };
  if (issue.path[0] === 'concepts' && typeof issue.path[1] === 'string') {
    const own = files.conceptFiles.get(issue.path[1]);
    if (own) return { file: own, path: issue.path.slice(2), shown: issue.path.slice(2) };
  }
  const source = issue.entity === undefined ? -1 : files.sources.indexOf(issue.entity);
  return { file: files.manifest, path: source >= 0 ? ['sources', source, ...issue.path] : issue.path };
}

async function reparse(file: string): Promise<ParsedDocument | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined; // gone since it was read: the issue keeps its file, without a line
  const text = decodeUtf8(bytes, file);
  if (typeof text !== 'string') return undefined;
  const doc = file.toLowerCase().endsWith('.json') ? parseJson(text, file) : parseYaml(text, file);
  return 'code' in doc ? undefined : doc;
}
