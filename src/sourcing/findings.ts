// **findings** — what the sourcing checks found, each with the severity the manifest's `checks:` gives it.
import type { InputIssue } from '../errors.js';
import type { Severity } from '../model/checks.js';
import type { Passage } from './closest-passage.js';

export interface SourcingFinding extends InputIssue {
  severity: Exclude<Severity, 'off'>;
  /** For a quote that is not in its source: where the source comes nearest. */
  passage?: Passage;
  /** For a text that is not there: the path it was looked for at. */
  text?: string;
}

/** The issues with the severity given, none when the check is off. */
export function withSeverity(issues: (InputIssue & Pick<SourcingFinding, 'passage' | 'text'>)[], severity: Severity): SourcingFinding[] {
  return severity === 'off' ? [] : issues.map((issue) => ({ ...issue, severity }));
}

export const sourcingErrors = (findings: SourcingFinding[]) => findings.filter((f) => f.severity === 'error');
