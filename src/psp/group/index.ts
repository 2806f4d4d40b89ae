// Builds the fsGroup / supplementalGroups / runAsGroup strategy of a policy.
// Mirrors createFSGroupStrategy, createSupplementalGroupStrategy and createRunAsGroupStrategy in
// pkg/security/podsecuritypolicy/factory.go.

import type { GroupStrategyOptions } from '../../api/policy.js';
import { newMayRunAs } from './may-run-as.js';
import { newMustRunAs } from './must-run-as.js';
import { newRunAsAny } from './run-as-any.js';
import type { GroupStrategy } from './types.js';

export type GroupField = 'fsGroup' | 'supplementalGroups' | 'runAsGroup';

/** The name each factory function puts into its "Unrecognized … strategy type" error. */
const FIELD_NAMES: Record<GroupField, string> = {
  fsGroup: 'FSGroup',
  supplementalGroups: 'SupplementalGroups',
  runAsGroup: 'RunAsGroup',
};

/**
 * The group strategy for `field`, or the reason the API server could not build it (the policy is then
 * ignored). An absent `runAsGroup` stanza means RunAsAny; `fsGroup` and `supplementalGroups` are value
 * structs upstream, so an absent stanza behaves like an empty rule.
 */
export function createGroupStrategy(opts: GroupStrategyOptions | undefined, field: GroupField): GroupStrategy | string {
  if (opts === undefined && field === 'runAsGroup') return newRunAsAny();
  const rule = opts?.rule ?? '';
  switch (rule) {
    case 'MustRunAs':
      return newMustRunAs(opts?.ranges);
    case 'MayRunAs':
      return newMayRunAs(opts?.ranges);
    case 'RunAsAny':
      return newRunAsAny();
    default:
      return `Unrecognized ${FIELD_NAMES[field]} strategy type ${rule}`;
  }
}
