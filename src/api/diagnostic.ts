// What podgate reports: a finding or a problem with the input, located in a file. Findings are data,
// never exceptions (design.md §1.4).

export type Severity = 'error' | 'warning' | 'note';

/** Most severe first: the order reports list and keep findings in. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/** A region of a repository file; lines and columns are 1-based, columns in UTF-16 code units. */
export interface Location {
  /** Repository-relative POSIX path (or `<stdin>`). */
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** The Kubernetes object a diagnostic is about. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** A secondary location: a policy that was tried, the binding and role that made it usable. */
export interface RelatedLocation {
  message: string;
  location?: Location;
  object?: ObjectRef;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  object?: ObjectRef;
  /** The API field path the finding is about, e.g. `spec.containers[0].securityContext.privileged`. */
  fieldPath?: string;
  related: RelatedLocation[];
  /**
   * Set when the object carries a `podgate.dev/ignore` annotation naming this rule: the finding is still
   * reported (SARIF `suppressions`), but no longer fails the run.
   */
  suppression?: { kind: 'inSource'; justification: string };
}
