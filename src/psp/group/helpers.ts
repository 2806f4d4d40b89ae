// Range check shared by the MustRunAs and MayRunAs group strategies.
// Mirrors pkg/security/podsecuritypolicy/group/helpers.go (and util.GroupFallsInRange).

import type { IDRange } from '../../api/policy.js';
import { goInt64s, invalid } from '../field.js';
import type { FieldErrorList } from '../field.js';

/**
 * One error per group outside every range, each carrying the whole list as its value (as upstream does), e.g.
 * `<path>: Invalid value: []int64{5, 999}: group 999 must be in the ranges: [{1 10}]`.
 */
export function validateGroupsInRanges(
  path: string,
  ranges: readonly IDRange[],
  groups: readonly number[] | undefined,
): FieldErrorList {
  const errors: FieldErrorList = [];
  for (const group of groups ?? []) {
    if (!ranges.some((range) => group >= range.min && group <= range.max)) {
      errors.push(invalid(path, goInt64s(groups && [...groups]), `group ${group} must be in the ranges: ${formatRanges(ranges)}`));
    }
  }
  return errors;
}

/** Go's `%v` of a `[]policy.IDRange`: `[{1 3} {4 4}]`. */
function formatRanges(ranges: readonly IDRange[]): string {
  return '[' + ranges.map((range) => `{${range.min} ${range.max}}`).join(' ') + ']';
}
