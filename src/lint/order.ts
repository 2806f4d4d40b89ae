// The total orders of a run's output, so that reports never depend on discovery order or on threads.

import { compareCodePoints } from '../api/compare.js';
import type { Diagnostic } from '../api/diagnostic.js';
import type { LintedPod } from './pss.js';

/** File, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.location;
  const lb = b.location;
  return (
    compareCodePoints(la.file, lb.file) ||
    la.startLine - lb.startLine ||
    la.startColumn - lb.startColumn ||
    compareCodePoints(a.ruleId, b.ruleId) ||
    compareCodePoints(a.message, b.message)
  );
}

/** File, then the object's place in it. */
export const comparePods = (a: LintedPod, b: LintedPod): number => compareCodePoints(a.subject.source.file, b.subject.source.file) || a.subject.source.index - b.subject.source.index;
