// Group strategy MustRunAs: defaults to the first range's min and requires every group inside a range.
// Mirrors pkg/security/podsecuritypolicy/group/mustrunas.go.

import type { IDRange } from '../../api/policy.js';
import { goInt64s, invalid } from '../field.js';
import type { FieldErrorList } from '../field.js';
import { validateGroupsInRanges } from './helpers.js';
import type { GroupStrategy } from './types.js';

/** Builds MustRunAs; returns upstream's reason string when no range is given. */
export function newMustRunAs(ranges: readonly IDRange[] | undefined): GroupStrategy | string {
  // A private copy, so later edits of the policy object cannot leak into the strategy.
  const own = (ranges ?? []).map(({ min, max }) => ({ min, max }));
  const first = own[0];
  if (first === undefined) return 'ranges must be supplied for MustRunAs';
  const strategy: GroupStrategy = {
    generate: () => [first.min],
    generateSingle: () => first.min,
    validate(path, _pod, groups): FieldErrorList {
      const errors: FieldErrorList = [];
      if (groups === undefined || groups.length === 0) {
        // nil renders []int64(nil), an explicit `[]` renders []int64{}.
        errors.push(invalid(path, goInt64s(groups === undefined ? undefined : []), 'unable to validate empty groups against required ranges'));
      }
      return errors.concat(validateGroupsInRanges(path, own, groups));
    },
  };
  return strategy;
}
