// Builds the seLinux strategy of a policy.
// Mirrors createSELinuxStrategy in pkg/security/podsecuritypolicy/factory.go.

import type { SELinuxStrategyOptions } from '../../api/policy.js';
import { newMustRunAs } from './must-run-as.js';
import { newRunAsAny } from './run-as-any.js';
import type { SELinuxStrategy } from './types.js';

/** The SELinux strategy, or the reason the API server could not build it (the policy is then ignored). */
export function createSELinuxStrategy(opts: SELinuxStrategyOptions): SELinuxStrategy | string {
  switch (opts.rule) {
    case 'MustRunAs':
      return newMustRunAs(opts);
    case 'RunAsAny':
      return newRunAsAny();
    default:
      return `Unrecognized SELinuxContext strategy type ${opts.rule}`;
  }
}
