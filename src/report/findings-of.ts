// A pod's findings without a scan of every diagnostic per pod (which made reports of tens of thousands of
// forbidden pods quadratic): the diagnostics grouped once by the object they are about.

import type { Diagnostic, ObjectRef } from '../api/diagnostic.js';
import { groupBy } from '../api/group.js';

/** For `ref` (by identity) in `file`: `diagnostics.filter((d) => d.object === ref && d.location.file === file)`. */
export function findingsIndex(diagnostics: readonly Diagnostic[]): (ref: ObjectRef, file: string) => Diagnostic[] {
  const byObject = groupBy(diagnostics, (d) => d.object);
  return (ref, file) => (byObject.get(ref) ?? []).filter((d) => d.location.file === file);
}
