// Group strategy MayRunAs: never defaults; any groups that are set must lie inside a range.
// Mirrors pkg/security/podsecuritypolicy/group/mayrunas.go.

import type { IDRange } from '../../api/policy.js';
import { validateGroupsInRanges } from './helpers.js';
import type { GroupStrategy } from './types.js';

/** Builds MayRunAs; returns upstream's reason string when no range is given. */
export function newMayRunAs(ranges: readonly IDRange[] | undefined): GroupStrategy | string {
  // A private copy, so later edits of the policy object cannot leak into the strategy.
  const own = (ranges ?? []).map(({ min, max }) => ({ min, max }));
  if (own.length === 0) return 'ranges must be supplied for MayRunAs';
  const strategy: GroupStrategy = {
    generate: () => undefined,
    generateSingle: () => undefined,
    validate: (path, _pod, groups) => validateGroupsInRanges(path, own, groups),
  };
  return strategy;
}
