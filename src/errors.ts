// **errors** — input problems are data with a location; engine failures are exceptions.

export type IssueCode =
  | 'io' | 'syntax' | 'schema' | 'duplicate_id' | 'unknown_reference' | 'wrong_target'
  | 'impossible_dates' | 'manifest'
  /** A statement that cites no source (a warning unless the manifest's checks say otherwise). */
  | 'unsourced'
  /** Sourcing findings (src/sourcing): a quote not in its source's text, a text file that is not there,
   *  two entities that look like one. */
  | 'quote_not_found' | 'missing_text' | 'likely_duplicate';

/** One problem in the input, located by file, entity and field path. */
export interface InputIssue {
  code: IssueCode;
  file: string;
  entity?: string;
  /** Field path inside the entity, e.g. ["father", 0, "value"]. */
  path: (string | number)[];
  message: string;
  /** 1-based line in the file, when the parser knows it. */
  line?: number;
}

/** Base class of every error linked-lives throws, with a discriminating code. */
export class LinkedLivesError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'LinkedLivesError';
  }
}

/** Thrown by the throwing loaders when the input has problems; `issues` lists them all. */
export class InputError extends LinkedLivesError {
  constructor(readonly issues: InputIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the input:\n${issues.map(formatIssue).join('\n')}`, 'invalid_input', { issues });
    this.name = 'InputError';
  }
}

/** "data/persons/x.yaml:12: victor-serge: father[0].value: unknown entity …" */
export function formatIssue(issue: InputIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const entity = issue.entity ? ` ${issue.entity}:` : '';
  const path = issue.path.length ? ` ${formatPath(issue.path)}:` : '';
  return `${where}:${entity}${path} ${issue.message}`;
}

export function formatPath(path: (string | number | symbol)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
